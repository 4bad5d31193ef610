public import ArgumentParser

/// The `mppdash` command: the dashboard of the MPP rollout and its data tools.
public struct MPPDash: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mppdash",
        abstract: "The rollout of Indonesia's Mal Pelayanan Publik (MPP) and MPP Digital, per province and over time.",
        discussion: """
            With no subcommand, mppdash opens the interactive dashboard on the built-in dataset.

            Exit codes: 0 success; 1 a snapshot or file problem (each printed as FILE: PATH: message, or cannot open FILE: reason); \
            2 a terminal the dashboard cannot use; 64 a usage error; 128 + N when ended by signal N \
            (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP or the terminal going away).
            """,
        version: "0.2.0",
        subcommands: [DashboardCommand.self, SummaryCommand.self, RenderCommand.self, KeysCommand.self, ThemesCommand.self, ValidateCommand.self,
                      InitCommand.self, ImportCommand.self, ExportCommand.self, HistoryCommand.self, ServeCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}

    /// Runs the command the arguments name. Unlike argument-parser's `main()`, an error thrown by
    /// a subcommand's `run()` is printed with that subcommand's usage, and an unknown command name
    /// with the nearest one.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Every argument after `serve`, --help too, is the server's.
        if arguments.first == ServeCommand._commandName { ServeCommand.exec(Array(arguments.dropFirst())) }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if let (group, unknown) = CommandLineErrors.unknownCommand(in: arguments, root: self) {
                CommandLineErrors.exit(unknown, command: group, root: self)
            }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            CommandLineErrors.exit(error, command: type(of: command), root: self)
        } catch {
            exit(withError: error)
        }
    }
}
