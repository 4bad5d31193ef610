public import Localization

/// The top-level screens, in the order Tab visits them and the number keys open them.
public enum Screen: String, CaseIterable, Sendable {
    case overview
    case provinces
    case regions
    case timeline
    case digital
    case islands
    case conflicts
    case map

    /// The name in the screen tabs and the help.
    public var title: TextKey {
        switch self {
        case .overview: return .screenOverview
        case .provinces: return .screenProvinces
        case .regions: return .screenRegions
        case .timeline: return .screenTimeline
        case .digital: return .screenDigital
        case .islands: return .screenIslands
        case .conflicts: return .screenConflicts
        case .map: return .screenMap
        }
    }

    /// The digit key that opens the screen.
    public var number: Int { Screen.allCases.firstIndex(of: self)! + 1 }
}

/// Where the user is: a top-level screen, or a place drilled into from one.
public enum Route: Hashable, Sendable {
    case screen(Screen)
    /// The kabupaten/kota of one province.
    case province(String)
    /// One kabupaten/kota: its status and what it rests on, its MPPs, its MPP Digital history,
    /// its sources and conflicts.
    case region(String)
    /// One MPP.
    case mall(String)
    /// The member MPPs of one batch, by the batch's id (its date, with a suffix where two share a
    /// day).
    case batch(String)
    /// One conflict between sources, by id.
    case conflict(String)
    case help

    /// The top-level screen this route belongs to, for the tabs.
    public var screen: Screen? {
        if case .screen(let screen) = self { return screen }
        return nil
    }

    /// Parses `overview`, `provinces`, `regions`, `province:73`, `region:73.06`, `mall:mpp-73.06`, `timeline`,
    /// `digital`, `islands`, `conflicts`, `map`, `batch:2024-03-07`, `conflict:batch-2024-03-07`, `help`.
    public init?(name: String) {
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("province", 2): self = .province(parts[1])
        case ("region", 2): self = .region(parts[1])
        case ("mall", 2): self = .mall(parts[1])
        case ("batch", 2): self = .batch(parts[1])
        case ("conflict", 2): self = .conflict(parts[1])
        case ("help", 1): self = .help
        default:
            guard parts.count == 1, let screen = Screen(rawValue: name) else { return nil }
            self = .screen(screen)
        }
    }

    /// The name `init(name:)` reads back: `province:73`, `mall:mpp-73.06`, `overview`.
    public var name: String {
        switch self {
        case .screen(let screen): return screen.rawValue
        case .province(let code): return "province:\(code)"
        case .region(let code): return "region:\(code)"
        case .mall(let id): return "mall:\(id)"
        case .batch(let id): return "batch:\(id)"
        case .conflict(let id): return "conflict:\(id)"
        case .help: return "help"
        }
    }

    /// The names `init(name:)` accepts, for help texts.
    public static let nameForms =
        "overview, provinces, province:CODE, regions, region:CODE, mall:ID, timeline, batch:ID, digital, islands, conflicts, conflict:ID, map, help"
}
