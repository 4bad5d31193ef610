import ArgumentParser
import RolloutData
import Localization

/// `mppdash summary`: the national figures and the per-province table.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the national figures and the per-province table.",
        discussion: """
            Coverage counts kabupaten/kota with an operating or inaugurated MPP over the official \
            denominator (508 autonomous kabupaten/kota + DK Jakarta = 509), and over all 514. An MPP \
            whose date is known only by year or month, or not at all, is counted as uncertain, never \
            as certain. The JSON keys are documented in docs/cli.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "The output format: text, json or csv.")
    var format: Format = .text

    func run() throws {
        let store = try data.openStore()
        let report = SummaryReport(index: store.index, asOf: data.asOf, today: try data.today())
        switch format {
        case .text: try Output.print(SummaryText.render(report, language.lang))
        case .json: try Output.emit(SummaryJSON.render(report))
        case .csv: try Output.emit(SummaryCSV.render(report))
        }
    }
}
