import Foundation
import Glibc
import Testing

/// Text from a file never reaches a terminal raw: a province name holding an escape sequence and
/// a right-to-left override prints escaped from every command, on a terminal; a file written
/// with `--output` keeps it byte for byte.
@Suite("Escape sequences from files")
struct TerminalEscapeTests {
    /// ESC [ 2 J (clear the screen), a colour, and U+202E (right-to-left override), as JSON escapes.
    static let hostileName = #"Aceh\u001b[2J\u001b[31m\u202Eevil"#
    static let shown = #"Aceh\x1b[2J\x1b[31m\u202Eevil"#
    /// In JSON, the encoder escapes the control characters itself.
    static let shownInJSON = #"Aceh\u001b[2J\u001b[31m\u202Eevil"#

    private func run(_ arguments: [String], environment: [String: String] = MPPDash.environment()) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal([MPPDash.executable] + arguments, environment: environment)
        _ = terminal.waitForExit()
        return terminal
    }

    private func hostileSnapshot(in folder: ScratchFolder, brokenRegion: Bool = false) throws -> String {
        let file = folder.path("rollout.json")
        #expect(try run(["init", file]).waitForExit() == .exited(0))
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"name\": \"Aceh\"", with: "\"name\": \"\(Self.hostileName)\"")
        if brokenRegion {
            text = text.replacingOccurrences(of: "\"region\": \"73.06\"", with: "\"region\": \"\(Self.hostileName)\"")
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    private func expectEscaped(_ terminal: PseudoTerminal, _ what: String, shown: String = shown,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!terminal.output.contains(0x1B), "\(what): raw ESC in \(terminal.text.debugDescription)", sourceLocation: sourceLocation)
        #expect(!terminal.text.contains("\u{202E}"), "\(what): raw U+202E", sourceLocation: sourceLocation)
        #expect(terminal.text.contains(shown), "\(what): \(terminal.text.suffix(400).debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func everyCommandPrintsItEscaped() throws {
        let folder = try ScratchFolder()
        let file = try hostileSnapshot(in: folder)
        for arguments in [["summary"], ["summary", "--format", "csv"], ["summary", "--format", "json"],
                          ["export", "--format", "csv", "--table", "provinces"], ["export", "--format", "markdown", "--table", "provinces"],
                          ["export", "--format", "json"]] {
            expectEscaped(try run(arguments + ["--snapshot", file]), arguments.joined(separator: " "),
                          shown: arguments.contains("json") ? Self.shownInJSON : Self.shown)
        }
        let broken = try ScratchFolder()
        let invalid = try hostileSnapshot(in: broken, brokenRegion: true)
        let validate = try run(["validate", invalid])
        #expect(validate.waitForExit() == .exited(1))
        expectEscaped(validate, "validate")
    }

    @Test func aThemeDescriptionPrintsEscaped() throws {
        let folder = try ScratchFolder()
        let themes = folder.path("mppdash/themes")
        #expect(mkdir(folder.path("mppdash"), 0o700) == 0 && mkdir(themes, 0o700) == 0)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes/mono.json"), encoding: .utf8)
        let renamed = source.replacingOccurrences(of: "\"name\": \"mono\"", with: "\"name\": \"hostile\"")
        let hostile = renamed.replacingOccurrences(of: "\"description\": { \"id\": \"", with: "\"description\": { \"id\": \"\(Self.hostileName) ")
        try hostile.write(toFile: themes + "/hostile.json", atomically: true, encoding: .utf8)
        expectEscaped(try run(["themes"], environment: MPPDash.environment(["XDG_CONFIG_HOME": folder.path])), "themes")
    }

    @Test func aFileWrittenWithOutputKeepsTheBytes() throws {
        let folder = try ScratchFolder()
        let file = try hostileSnapshot(in: folder)
        let csv = folder.path("provinces.csv")
        #expect(try run(["export", "--snapshot", file, "--format", "csv", "--table", "provinces", "--output", csv]).waitForExit() == .exited(0))
        #expect(try String(contentsOfFile: csv, encoding: .utf8).contains("Aceh\u{1B}[2J\u{1B}[31m\u{202E}evil"))
    }
}
