import ArgumentParser
import RolloutData

/// `mppdash export`: the data as a snapshot (JSON) or as one table (CSV, Markdown).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the data as JSON (the whole snapshot) or one table as CSV or Markdown.",
        discussion: """
            Tables: rollout (the default: one row per stage of each MPP and per MPP Digital stage of each \
            region, in the columns `mppdash import` reads, so that an exported sheet edited in a spreadsheet \
            imports as exactly the edits made), malls (one row per MPP known by name, with its stage dates and sources), provinces \
            (coverage per province as of --as-of), regions (every kabupaten/kota), totals (reported \
            national totals), batches, conflicts (one row per claim). Unknown values are empty cells. \
            Column names and coded values (stages, statuses) are in English whatever the language, for \
            scripts, so export takes no --lang. With --output the file is written atomically; otherwise the export goes to standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, markdown
    }

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The format: csv, json or markdown.")
    var format: Format

    @Option(name: .long, help: ArgumentHelp("The table for csv and markdown: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "table"))
    var table: ExportTable = .rollout

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let store = try data.openStore()
        let day = try data.asOf ?? data.today()
        let bytes: [UInt8]
        switch format {
        case .json: bytes = SnapshotEncoder.encode(store.snapshot)
        case .csv: bytes = Array(table.table(store.index, asOf: day).csv().utf8)
        case .markdown: bytes = Array(table.table(store.index, asOf: day).markdown().utf8)
        }
        guard let output else {
            try Output.emit(bytes)
            return
        }
        do {
            try SnapshotFile.writeAtomically(bytes, to: output, keepBackup: false)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        Output.error("\(output): wrote \(format.rawValue)\(format == .json ? "" : " (\(table.rawValue))")")
    }
}

extension ExportTable: ExpressibleByArgument {}
