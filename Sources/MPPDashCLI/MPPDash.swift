public import ArgumentParser

/// The `mppdash` command: the dashboard of the MPP rollout and its data tools.
public struct MPPDash: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mppdash",
        abstract: "The rollout of Indonesia's Mal Pelayanan Publik (MPP) and MPP Digital, per province and over time.",
        discussion: """
            With no subcommand, mppdash shows the summary of the built-in dataset (the interactive \
            dashboard takes its place in a later release).

            Exit codes: 0 success; 1 a snapshot or file problem (each printed as FILE: PATH: message); \
            64 a usage error.
            """,
        version: "0.1.0",
        subcommands: [SummaryCommand.self, ValidateCommand.self, InitCommand.self, ExportCommand.self],
        defaultSubcommand: SummaryCommand.self
    )

    public init() {}
}
