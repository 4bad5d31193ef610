@testable import MPPDashCLI
import Testing

/// Usage errors name the command that was given: its own usage, and the nearest command for a
/// name that is none.
@Suite("Usage errors")
struct CommandLineErrorsTests {
    @Test(arguments: [("sumary", "summary"), ("SUMMARY", "summary"), ("rendr", "render"), ("exprot", "export"), ("them", "themes"),
                      ("valdiate", "validate"), ("key", "keys")])
    func aMistypedCommandFindsTheNearest(_ typed: String, _ meant: String) {
        #expect(CommandLineErrors.nearest(to: typed, in: MPPDash.configuration.subcommands.map { $0._commandName }) == meant)
    }

    @Test func aNameFarFromEveryCommandFindsNone() {
        #expect(CommandLineErrors.nearest(to: "xyzzy", in: ["summary", "render", "keys"]) == nil)
        #expect(CommandLineErrors.nearest(to: "statistics", in: ["summary", "render", "keys"]) == nil)
    }

    @Test func theEditDistanceCountsSingleCharacterEdits() {
        #expect(CommandLineErrors.editDistance("", "keys") == 4)
        #expect(CommandLineErrors.editDistance("kitten", "sitting") == 3)
        #expect(CommandLineErrors.editDistance("render", "render") == 0)
    }

    @Test func anUnknownCommandSuggestsTheNearest() throws {
        let typo = try CommandRunner.run(["sumary"])
        #expect(typo.status == 64)
        #expect(typo.error == """
            Error: unknown command 'sumary'; did you mean 'summary'?
            Usage: mppdash <subcommand>
              See 'mppdash --help' for more information.

            """)
        let nested = try CommandRunner.run(["themes", "lsit"])
        #expect(nested.status == 64)
        #expect(nested.error.hasPrefix("Error: unknown command 'lsit'; did you mean 'list'?\nUsage: mppdash themes <subcommand>\n"))
        let far = try CommandRunner.run(["xyzzy"])
        #expect(far.error.hasPrefix("Error: unknown command 'xyzzy'; the commands are dashboard, summary, render, keys, themes, validate, init, import, export, history, serve\n"))
        let option = try CommandRunner.run(["summary", "--formt", "json"])
        #expect(option.error.hasPrefix("Error: Unknown option '--formt'. Did you mean '--format'?"), "argument-parser's own, for options")
    }

    @Test func anErrorOfASubcommandPrintsItsOwnUsage() throws {
        let missing = try CommandRunner.run(["render", "--screen", "province:99"])
        #expect(missing.status == 64)
        let lines = missing.error.split(separator: "\n").map(String.init)
        #expect(lines.first == "Error: no such place in the data: --screen province:99")
        #expect(lines.count == 3 && lines[1].hasPrefix("Usage: mppdash render [--screen <name>]"), "\(lines)")
        #expect(lines.last == "  See 'mppdash render --help' for more information.")
        let future = try CommandRunner.run(["export", "--format", "csv", "--as-of", "2026-11-30"])
        #expect(future.error.contains("Usage: mppdash export "))
    }
}
