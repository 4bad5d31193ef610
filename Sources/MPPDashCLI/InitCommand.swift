import ArgumentParser
import RolloutData

/// `mppdash init`: writes the built-in dataset as an editable snapshot.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the built-in dataset to a snapshot file you can edit.",
        discussion: "Refuses to replace an existing file unless --force is given; the replaced file is kept as FILE.bak."
    )

    @Argument(help: ArgumentHelp("Where to write the snapshot.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        do {
            _ = try RolloutStore.create(try BuiltinDataset.snapshot(), at: file, replacing: force)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        try Output.print("\(file): wrote the built-in dataset")
    }
}
