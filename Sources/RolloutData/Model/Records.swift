/// A public source: a news page, a ministry release, a decree.
public struct Source: Hashable, Sendable {
    public var id: String
    /// nil for a source known only by its title (such as the seed article).
    public var url: String?
    public var title: String
    public var publisher: String
    public var published: PartialDate?
    /// True for KemenPAN-RB's own publications.
    public var isOfficial: Bool

    public init(id: String, url: String?, title: String, publisher: String, published: PartialDate?, isOfficial: Bool) {
        self.id = id
        self.url = url
        self.title = title
        self.publisher = publisher
        self.published = published
        self.isOfficial = isOfficial
    }
}

/// A text in both languages of the dashboard.
public struct LocalizedText: Hashable, Sendable {
    public var indonesian: String
    public var english: String

    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }
}

/// An MPP known by name.
public struct Mall: Hashable, Sendable {
    public var id: String
    public var place: Place
    public var name: String
    /// In stage order; each stage at most once.
    public var stages: [StageEvent<MallStage>]
    public var portalIntegration: PortalIntegration
    /// nil when no source gives the number.
    public var services: Int?
    /// nil when no source gives the number.
    public var agencies: Int?
    public var sources: [String]
    public var note: String?

    public init(
        id: String, place: Place, name: String, stages: [StageEvent<MallStage>],
        portalIntegration: PortalIntegration = .unknown, services: Int? = nil, agencies: Int? = nil,
        sources: [String], note: String? = nil
    ) {
        self.id = id
        self.place = place
        self.name = name
        self.stages = stages
        self.portalIntegration = portalIntegration
        self.services = services
        self.agencies = agencies
        self.sources = sources
        self.note = note
    }

    /// The event for a stage, if the history has it.
    public func event(_ stage: MallStage) -> StageEvent<MallStage>? {
        stages.first { $0.stage == stage }
    }
}

/// MPP Digital adoption by one region (or province), recorded per region because a region can
/// adopt MPP Digital without a physical MPP known by name.
public struct DigitalAdoption: Hashable, Sendable {
    public var place: Place
    /// In stage order; each stage at most once.
    public var stages: [StageEvent<DigitalStage>]
    public var note: String?

    public init(place: Place, stages: [StageEvent<DigitalStage>], note: String? = nil) {
        self.place = place
        self.stages = stages
        self.note = note
    }
}

/// A national MPP total as some source reported it on some date.
public struct ReportedTotal: Hashable, Sendable {
    public var date: PartialDate
    public var total: Int
    public var sources: [String]
    public var note: String?

    public init(date: PartialDate, total: Int, sources: [String], note: String? = nil) {
        self.date = date
        self.total = total
        self.sources = sources
        self.note = note
    }
}

/// What kind of event a batch was.
public enum BatchKind: String, CaseIterable, Sendable {
    case inauguration
    case softLaunch = "soft-launch"
}

/// A joint inauguration or launch of several MPPs on one occasion.
public struct Batch: Hashable, Sendable {
    public var id: String
    public var date: PartialDate?
    public var kind: BatchKind
    /// How many the sources say the batch had; may exceed the MPPs known by name.
    public var announced: Int?
    public var mallIDs: [String]
    public var sources: [String]
    public var note: String?

    public init(
        id: String, date: PartialDate?, kind: BatchKind, announced: Int?, mallIDs: [String],
        sources: [String], note: String? = nil
    ) {
        self.id = id
        self.date = date
        self.kind = kind
        self.announced = announced
        self.mallIDs = mallIDs
        self.sources = sources
        self.note = note
    }
}

/// What a milestone is about.
public enum MilestoneKind: String, CaseIterable, Sendable {
    case programme, digital, regulation, target, province
}

/// A programme event, regulation or target.
public struct Milestone: Hashable, Sendable {
    public var id: String
    public var date: PartialDate?
    public var kind: MilestoneKind
    public var title: LocalizedText
    public var sources: [String]

    public init(id: String, date: PartialDate?, kind: MilestoneKind, title: LocalizedText, sources: [String]) {
        self.id = id
        self.date = date
        self.kind = kind
        self.title = title
        self.sources = sources
    }
}

/// One source's side of a disagreement.
public struct Claim: Hashable, Sendable {
    public var text: String
    public var value: Int?
    public var date: PartialDate?
    public var sources: [String]

    public init(text: String, value: Int? = nil, date: PartialDate? = nil, sources: [String]) {
        self.text = text
        self.value = value
        self.date = date
        self.sources = sources
    }
}

/// A place where sources disagree, kept with every claim rather than resolved silently.
public struct Conflict: Hashable, Sendable {
    public var id: String
    /// `batch:ID`, `mall:ID`, `total:DATE`, `digital:REGION` or `programme`.
    public var subject: String
    public var topic: LocalizedText
    public var claims: [Claim]
    /// Which claim the records follow and why; nil when they follow none.
    public var resolution: String?

    public init(id: String, subject: String, topic: LocalizedText, claims: [Claim], resolution: String? = nil) {
        self.id = id
        self.subject = subject
        self.topic = topic
        self.claims = claims
        self.resolution = resolution
    }
}
