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
            let problem: SnapshotError?
            do throws(SnapshotError) {
                _ = try RolloutStore.load(path: file)
                problem = nil
            } catch {
                problem = error
            }
            if problem != nil { failed = true }
            try Output.print(problem?.description ?? "\(file): OK")
        }
        if failed { throw ExitCode.failure }
    }
}
