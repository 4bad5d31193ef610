import ArgumentParser
import Localization
import RolloutData
import Spreadsheet

/// `mppdash import`: a rollout spreadsheet applied to a snapshot file as one change, after a
/// preview of what will change.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Apply a rollout spreadsheet (CSV) to a snapshot file as one change, with a preview.",
        discussion: """
            The columns are those of `mppdash export --format csv`, with English or Indonesian headers \
            (README: "Importing a spreadsheet"); `,` or `;` separators; UTF-8 with or without a BOM; \
            dates as YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY. Every bad row is printed as \
            FILE:LINE: column NAME: expected …, found …, and then nothing is written (exit 1). A row that \
            restates the snapshot changes nothing and an empty cell erases nothing. With --dry-run only \
            the preview is printed. The built-in dataset cannot be changed: write an editable copy with \
            `mppdash init FILE` first.
            """
    )

    @Argument(help: ArgumentHelp("The spreadsheet, saved as CSV.", valueName: "file.csv"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The snapshot file to change.", valueName: "snapshot"))
    var into: String?

    @Flag(name: .customLong("dry-run"), help: "Print the preview only; change nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Who makes the change, for the audit log.", valueName: "name"))
    var user: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard let into, ![BuiltinDataset.fileName, "builtin", "built-in"].contains(into) else {
            throw ValidationError("expected --into SNAPSHOT, a snapshot file: the built-in dataset cannot be changed; write an editable copy with `mppdash init FILE` and import into it")
        }
    }

    func run() throws {
        let today: Day
        do throws(TodayError) {
            today = try Today.current()
        } catch {
            throw ValidationError(error.description)
        }
        let store = try DataOptions.openStore(into)
        let plan: ImportPlan
        do throws(SheetError) {
            plan = try SheetImport.plan(CSVFile.load(file), file: file, into: store.index, today: today)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        let lang = language.lang
        try Output.print(ImportPreview.lines(plan, file: file, target: store.origin.name, index: store.index, language: lang).joined(separator: "\n"))
        guard !plan.isEmpty else { return }
        if dryRun {
            try Output.print("\n" + lang.text(.importDryRun, store.origin.name))
            return
        }
        let written: RolloutStore
        do throws(SnapshotError) {
            written = try Self.write(plan.result, over: store, user: AuditUser.current(option: user))
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        let revision = lang.integer(written.snapshot.revision)
        try Output.print("\n" + (user.map { lang.text(.importWrittenBy, store.origin.name, revision, $0) } ?? lang.text(.importWritten, store.origin.name, revision)))
    }

    /// Saves the imported snapshot over the file `store` was loaded from through the store's save
    /// (lock, revision check, atomic write, FILE.bak, the audit log under `user`). When another
    /// process saved meanwhile, changes to other records are merged; changes to the same records
    /// are refused with nothing written, since an import has nobody to choose between versions.
    static func write(_ imported: Snapshot, over store: RolloutStore, user: AuditUser) throws(SnapshotError) -> RolloutStore {
        switch try store.save(imported, user: user, at: .now()) {
        case .saved(let written), .merged(let written, _, _):
            return written
        case .conflicts(let conflict):
            let subjects = conflict.conflicts.map(\.subject).joined(separator: ", ")
            throw SnapshotError(file: store.origin.name, message: "changed by another process since the import read it, in the same records (\(subjects)); nothing was written: run the import again")
        }
    }
}
