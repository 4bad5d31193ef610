/// What a cell means, not what colour it has: the theme decides the colour per terminal
/// (see `Theme`). Golden snapshots record roles, so they hold for every colour depth.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case text
    case muted
    case header
    case selected
    case border
    case title
    case good
    case warning
    case bad
    case unknown
    case gaugeFilled = "gauge.filled"
    case gaugeEmpty = "gauge.empty"
    case digital
    case conflict
    case chart1 = "chart.1"
    case chart2 = "chart.2"
    case chart3 = "chart.3"
    case chart4 = "chart.4"
    case statusbar
    case searchMatch = "search.match"

    /// One letter per role for the style layer of golden snapshots.
    public var letter: Character {
        switch self {
        case .text: return "."
        case .muted: return "m"
        case .header: return "H"
        case .selected: return "S"
        case .border: return "b"
        case .title: return "T"
        case .good: return "g"
        case .warning: return "w"
        case .bad: return "x"
        case .unknown: return "?"
        case .gaugeFilled: return "#"
        case .gaugeEmpty: return "_"
        case .digital: return "d"
        case .conflict: return "!"
        case .chart1: return "1"
        case .chart2: return "2"
        case .chart3: return "3"
        case .chart4: return "4"
        case .statusbar: return "s"
        case .searchMatch: return "/"
        }
    }

    /// The chart roles, for series in order.
    public static let charts: [StyleRole] = [.chart1, .chart2, .chart3, .chart4]
}
