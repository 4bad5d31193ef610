/// A stage in a dated history: the stages of an MPP or of MPP Digital adoption.
///
/// `allCases` is the order a history must follow.
public protocol HistoryStage: RawRepresentable, DeclarationOrdered, Hashable, Sendable where RawValue == String {}

/// The life of a physical MPP, from plan to the ministerial inauguration (peresmian).
public enum MallStage: String, HistoryStage {
    case planned
    case construction
    /// Open to the public, including a "soft launch" or a local inauguration.
    case operating
    /// Inaugurated by the minister, the event KemenPAN-RB counts.
    case inaugurated

    /// The stages at which an MPP serves the public and counts towards coverage.
    public var isOpen: Bool { self == .operating || self == .inaugurated }
}

/// A region's adoption of MPP Digital, inside the Portal Pelayanan Publik.
public enum DigitalStage: String, HistoryStage {
    case pilot
    case committed
    /// Designated a national MPP Digital locus (KepmenPANRB 457/2024).
    case locus
    case live
}

/// One dated step of a history, with the sources that report it.
public struct StageEvent<Stage: HistoryStage>: Hashable, Sendable, DatedRecord {
    public var stage: Stage
    /// nil when no source gives the date.
    public var date: PartialDate?
    /// Bounds that narrow an imprecise or unknown date.
    public var window: DateWindow?
    public var sources: [String]
    public var note: LocalizedText?

    public init(stage: Stage, date: PartialDate?, window: DateWindow? = nil, sources: [String], note: LocalizedText? = nil) {
        self.stage = stage
        self.date = date
        self.window = window
        self.sources = sources
        self.note = note
    }

    public var recordDate: PartialDate? { date }
}

/// Whether an MPP's services are integrated with the Portal Pelayanan Publik.
public enum PortalIntegration: String, CaseIterable, Sendable {
    case yes
    case no
    case unknown
}
