import ArgumentParser
import RolloutData

/// `mppdash validate`: checks snapshot files without changing them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check snapshot files; print OK or every problem as FILE: PATH: message.",
        discussion: "Exits 0 when every file is valid and 1 otherwise. Files are only read, never changed."
    )

    @Argument(help: ArgumentHelp("The snapshot files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                _ = try RolloutStore.load(path: file)
                Output.print("\(file): OK")
            } catch {
                failed = true
                Output.print(error.description)
            }
        }
        if failed { throw ExitCode.failure }
    }
}
