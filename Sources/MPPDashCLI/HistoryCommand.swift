import ArgumentParser
import DashboardModel
import JSONSupport
import RolloutData

/// `mppdash history`: the saved changes of a snapshot file, from its audit log.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Print the saved changes of a snapshot file (its audit log, FILE.history.jsonl).",
        discussion: """
            Every save through mppdash appends one line per changed record to FILE.history.jsonl beside \
            the snapshot: when, who (--user, or the login name and the SSH client's address), the revision \
            written, and the record before and after. Text shows one block per save; json prints the \
            entries as they are logged. Exits 1 when the log cannot be read, naming the line.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The snapshot file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Only changes about this MPP: the MPP itself, the batches that list it, the conflicts that name it.", valueName: "id"))
    var mall: String?

    @Option(name: .long, help: ArgumentHelp("Only changes of this subject, such as mall:mpp-33.01, batch:2024-03-07 or snapshot:title.", valueName: "subject"))
    var subject: String?

    @Option(name: .long, help: "The output format: text or json.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let entries: [AuditEntry]
        do {
            entries = try AuditLog.history(ofSnapshot: file)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        let shown = entries.filter { entry in
            (mall.map(entry.concerns(mall:)) ?? true) && (subject.map { entry.change.subject == $0 } ?? true)
        }
        switch format {
        case .json: try Output.emit(CanonicalJSON.encode(.array(shown.map(\.jsonValue))))
        case .text: try Output.print(HistoryText.render(shown, filtered: mall != nil || subject != nil, language.lang))
        }
    }
}
