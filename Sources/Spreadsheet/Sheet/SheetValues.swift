import Localization
import RolloutData

/// What a row of the sheet records: an MPP's stage or a region's MPP Digital stage.
public enum SheetRecordKind: String, Sendable {
    case mall = "mpp"
    case digital

    init?(cell: String) {
        switch SheetColumn.normalized(cell) {
        case "mpp": self = .mall
        case "digital", "mpp_digital": self = .digital
        default: return nil
        }
    }
}

/// The readings of the sheet's coded cells: stages, dates, Portal integration, counts and lists.
/// Each throws the message of a `SheetProblem` ("expected …, found …") for a cell it cannot read.
enum SheetValues {
    struct Failure: Error {
        var message: String
    }

    /// A stage by its English code, or by its name in either language of the dashboard and the
    /// other words of the glossary ("Soft launching", "Peresmian", "Sudah berjalan").
    static func stage<Stage: HistoryStage>(_ cell: String, names: [Stage: [String]]) throws(Failure) -> Stage {
        let key = SheetColumn.normalized(cell)
        if let stage = names.first(where: { $0.value.contains { SheetColumn.normalized($0) == key } })?.key { return stage }
        let expected = Stage.allCases.map { names[$0]?.first ?? $0.rawValue }.joined(separator: ", ")
        throw Failure(message: cell.isEmpty ? "expected a stage (\(expected)), found nothing" : "expected one of \(expected) (or their Indonesian names), found \"\(cell)\"")
    }

    /// The words each MPP stage is read by, its code first.
    static let mallStageNames: [MallStage: [String]] = Dictionary(uniqueKeysWithValues: MallStage.allCases.map { stage in
        let extra: [String] = switch stage {
        case .planned: ["rencana"]
        case .construction: ["pembangunan"]
        case .operating: ["soft launching", "soft launch", "soft-launched"]
        case .inaugurated: ["peresmian", "inauguration"]
        }
        return (stage, [stage.rawValue, Language.indonesian.name(stage), Language.english.name(stage)] + extra)
    })

    /// The words each MPP Digital stage is read by, its code first.
    static let digitalStageNames: [DigitalStage: [String]] = Dictionary(uniqueKeysWithValues: DigitalStage.allCases.map { stage in
        let extra: [String] = switch stage {
        case .pilot: ["percontohan (pilot)"]
        case .committed: ["penguatan komitmen", "commitment", "komitmen"]
        case .locus: []
        case .live: ["sudah berjalan"]
        }
        return (stage, [stage.rawValue, Language.indonesian.name(stage), Language.english.name(stage)] + extra)
    })

    /// A date as `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `DD/MM/YYYY` (day and month of one or two
    /// digits), not after `today`; nil for an empty cell.
    static func date(_ cell: String, today: Day) throws(Failure) -> PartialDate? {
        guard !cell.isEmpty else { return nil }
        let shape = "expected a date as YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY, found \"\(cell)\""
        let parts: [Int]
        if cell.contains("/") {
            let numbers = cell.split(separator: "/", omittingEmptySubsequences: false)
            guard numbers.count == 3, numbers[2].count == 4, (1...2).contains(numbers[0].count), (1...2).contains(numbers[1].count),
                  let values = digits(numbers) else { throw Failure(message: shape) }
            parts = [values[2], values[1], values[0]]
        } else {
            let numbers = cell.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(numbers.count), numbers[0].count == 4, numbers.dropFirst().allSatisfy({ $0.count == 2 }),
                  let values = digits(numbers) else { throw Failure(message: shape) }
            parts = values
        }
        if parts.count > 1, !(1...12).contains(parts[1]) {
            throw Failure(message: "expected a date that exists, found \"\(cell)\" (there is no month \(parts[1]))")
        }
        if parts.count == 3, !(1...Day.daysIn(month: parts[1], year: parts[0])).contains(parts[2]) {
            let month = Language.english.date(PartialDate(year: parts[0], month: parts[1]))
            throw Failure(message: "expected a date that exists, found \"\(cell)\" (\(month) has \(Day.daysIn(month: parts[1], year: parts[0])) days)")
        }
        guard parts[0] >= 1 else { throw Failure(message: shape) }
        let date = PartialDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        guard date.firstDay <= today else {
            throw Failure(message: "expected a date no later than today (\(today)), found \"\(cell)\"")
        }
        return date
    }

    private static func digits(_ parts: [Substring]) -> [Int]? {
        var values: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(part) else { return nil }
            values.append(value)
        }
        return values
    }

    /// `yes`/`ya`, `no`/`tidak` or `unknown`/`tidak diketahui`; nil for an empty cell.
    static func portal(_ cell: String) throws(Failure) -> PortalIntegration? {
        switch SheetColumn.normalized(cell) {
        case "": return nil
        case "yes", "ya": return .yes
        case "no", "tidak": return .no
        case "unknown", "tidak_diketahui": return .unknown
        default: throw Failure(message: "expected yes, no or unknown (ya, tidak, tidak diketahui), found \"\(cell)\"")
        }
    }

    /// A whole number ≥ 0; nil for an empty cell.
    static func count(_ cell: String) throws(Failure) -> Int? {
        guard !cell.isEmpty else { return nil }
        guard cell.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(cell) else {
            throw Failure(message: "expected a whole number ≥ 0, found \"\(cell)\"")
        }
        return value
    }

    /// The items of a cell separated by `|`, without the spaces around them; empty items dropped.
    static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Whether a source cell's item is a URL rather than a source id.
    static func isURL(_ item: String) -> Bool {
        item.hasPrefix("https://") || item.hasPrefix("http://")
    }
}
