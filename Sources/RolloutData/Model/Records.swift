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

/// An MPP known by name.
public struct Mall: Hashable, Sendable {
    public var id: String
    public var place: Place
    public var name: String
    /// In stage order; each stage at most once.
    public var stages: [StageEvent<MallStage>]
    public var portalIntegration: PortalIntegration
    /// The sources that say whether the MPP is integrated with the Portal Pelayanan Publik
    /// (format 1.2; empty in older files, whose `sources` cover the whole record).
    public var portalSources: [String]
    /// How many services and agencies sources counted, in date order (undated first).
    public var counts: [FacilityCount]
    public var sources: [String]
    public var note: LocalizedText?

    public init(
        id: String, place: Place, name: String, stages: [StageEvent<MallStage>],
        portalIntegration: PortalIntegration = .unknown, portalSources: [String] = [], counts: [FacilityCount] = [],
        sources: [String], note: LocalizedText? = nil
    ) {
        self.id = id
        self.place = place
        self.name = name
        self.stages = stages
        self.portalIntegration = portalIntegration
        self.portalSources = portalSources
        self.counts = counts
        self.sources = sources
        self.note = note
    }

    /// The event for a stage, if the history has it.
    public func event(_ stage: MallStage) -> StageEvent<MallStage>? {
        stages.first { $0.stage == stage }
    }

    /// The number of services of the latest dated count that gives one (an undated count when no
    /// dated one does); nil when no source gives the number.
    public var services: Int? { latestCount(\.services) }

    /// The number of agencies/tenants, chosen as `services` is.
    public var agencies: Int? { latestCount(\.agencies) }

    private func latestCount(_ value: KeyPath<FacilityCount, Int?>) -> Int? {
        counts.sorted(by: FacilityCount.inDateOrder).last { $0[keyPath: value] != nil }?[keyPath: value]
    }
}

/// The services and agencies of an MPP as one source counted them at one time.
public struct FacilityCount: Hashable, Sendable {
    /// nil when the source does not say when the count holds.
    public var date: PartialDate?
    /// nil when the source gives no number (at least one of the two is given).
    public var services: Int?
    public var agencies: Int?
    public var sources: [String]
    public var note: LocalizedText?

    public init(date: PartialDate?, services: Int?, agencies: Int?, sources: [String], note: LocalizedText? = nil) {
        self.date = date
        self.services = services
        self.agencies = agencies
        self.sources = sources
        self.note = note
    }

    /// Undated counts first, then by date.
    static func inDateOrder(_ lhs: FacilityCount, _ rhs: FacilityCount) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?): return left < right
        case (nil, .some): return true
        default: return false
        }
    }
}

/// MPP Digital adoption by one region (or province), recorded per region because a region can
/// adopt MPP Digital without a physical MPP known by name.
public struct DigitalAdoption: Hashable, Sendable {
    public var place: Place
    /// In stage order; each stage at most once.
    public var stages: [StageEvent<DigitalStage>]
    /// The services the region offers online through MPP Digital, by name (format 1.2).
    public var services: [DigitalService]
    public var note: LocalizedText?

    public init(place: Place, stages: [StageEvent<DigitalStage>], services: [DigitalService] = [], note: LocalizedText? = nil) {
        self.place = place
        self.stages = stages
        self.services = services
        self.note = note
    }
}

/// A service a region offers online through MPP Digital, as a source names it.
public struct DigitalService: Hashable, Sendable {
    /// The service's name as the source gives it ("Penerbitan KTP-el").
    public var name: String
    /// Since when the source says it is online; nil when it does not say.
    public var date: PartialDate?
    public var sources: [String]

    public init(name: String, date: PartialDate?, sources: [String]) {
        self.name = name
        self.date = date
        self.sources = sources
    }

    /// The order of a snapshot file: by name, then date (undated first).
    static func inCanonicalOrder(_ lhs: DigitalService, _ rhs: DigitalService) -> Bool {
        (lhs.name, lhs.date?.description ?? "") < (rhs.name, rhs.date?.description ?? "")
    }
}

/// Where a total reported on a batch day stands against that day's batch.
public enum BatchRelation: String, DeclarationOrdered, Sendable {
    case before, after
}

/// A national MPP total as some source reported it on some date.
public struct ReportedTotal: Hashable, Sendable, DatedRecord {
    public var date: PartialDate
    public var total: Int
    /// Who stated the figure.
    public var reporter: Reporter
    /// The source gives an approximate figure ("sekitar 237").
    public var isApproximate: Bool
    /// On a batch day: the count before or after that day's batch.
    public var batchRelation: BatchRelation?
    /// The figure comes from an ordinal statement ("the 26th MPP"): at least that many existed.
    public var isOrdinal: Bool
    public var window: DateWindow?
    public var sources: [String]
    public var note: LocalizedText?

    public init(
        date: PartialDate, total: Int, reporter: Reporter = .other, isApproximate: Bool = false,
        batchRelation: BatchRelation? = nil, isOrdinal: Bool = false, window: DateWindow? = nil,
        sources: [String], note: LocalizedText? = nil
    ) {
        self.date = date
        self.total = total
        self.reporter = reporter
        self.isApproximate = isApproximate
        self.batchRelation = batchRelation
        self.isOrdinal = isOrdinal
        self.window = window
        self.sources = sources
        self.note = note
    }

    public var recordDate: PartialDate? { date }

    /// A figure the headline may show: stated exactly by KemenPAN-RB, not approximate or ordinal.
    public var isOfficial: Bool { reporter == .kemenpanrb && !isApproximate && !isOrdinal }

    /// The order of a snapshot file: by date and total, then no relation, before, after, then by
    /// reporter and sources, so that no two different totals tie.
    public static func inCanonicalOrder(_ lhs: ReportedTotal, _ rhs: ReportedTotal) -> Bool {
        func key(_ total: ReportedTotal) -> (PartialDate, Int, Int, String, String) {
            let relation = total.batchRelation.map { $0 == .before ? 1 : 2 } ?? 0
            return (total.date, total.total, relation, total.reporter.rawValue, total.sources.joined(separator: ","))
        }
        return key(lhs) < key(rhs)
    }
}

/// What kind of event a batch was.
public enum BatchKind: String, CaseIterable, Sendable {
    case inauguration
    case softLaunch = "soft-launch"
}

/// How many MPPs one reporter said a batch had.
public struct Announcement: Hashable, Sendable {
    public var count: Int
    public var reporter: Reporter
    public var sources: [String]
    public var note: LocalizedText?

    public init(count: Int, reporter: Reporter, sources: [String], note: LocalizedText? = nil) {
        self.count = count
        self.reporter = reporter
        self.sources = sources
        self.note = note
    }
}

/// A joint inauguration or launch of several MPPs on one occasion.
public struct Batch: Hashable, Sendable, DatedRecord {
    public var id: String
    public var date: PartialDate?
    public var window: DateWindow?
    public var kind: BatchKind
    /// Who said how many the batch had; the counts may differ and may exceed the MPPs known by
    /// name.
    public var announcements: [Announcement]
    public var mallIDs: [String]
    public var sources: [String]
    public var note: LocalizedText?

    public init(
        id: String, date: PartialDate?, window: DateWindow? = nil, kind: BatchKind, announcements: [Announcement] = [],
        mallIDs: [String], sources: [String], note: LocalizedText? = nil
    ) {
        self.id = id
        self.date = date
        self.window = window
        self.kind = kind
        self.announcements = announcements
        self.mallIDs = mallIDs
        self.sources = sources
        self.note = note
    }

    public var recordDate: PartialDate? { date }

    /// The different counts the batch was announced with, smallest first; empty when no source
    /// gives one.
    public var announcedCounts: [Int] { Set(announcements.map(\.count)).sorted() }
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

/// What a coverage claim says about the regions of its province.
public enum CoverageScope: String, CaseIterable, Sendable {
    /// Every autonomous region has an MPP, except those in `except`.
    case all
    /// No region has one.
    case none
    /// The regions in `regions` have one; nothing is said of the others.
    case listed
}

/// A sourced province-level statement about which kabupaten/kota have an MPP, whether or not
/// their MPPs are known by name.
public struct CoverageClaim: Hashable, Sendable, DatedRecord {
    public var id: String
    /// When the statement holds.
    public var date: PartialDate
    public var provinceCode: String
    public var covers: CoverageScope
    /// With `listed`: the regions named as having an MPP; else empty.
    public var regions: [String]
    /// With `all`: the regions the source names as having no MPP; else empty.
    public var except: [String]
    /// The number the source states ("35 of 38" → 35); nil when it states none.
    public var count: Int?
    public var sources: [String]
    public var note: LocalizedText?

    public init(
        id: String, date: PartialDate, provinceCode: String, covers: CoverageScope, regions: [String] = [],
        except: [String] = [], count: Int? = nil, sources: [String], note: LocalizedText? = nil
    ) {
        self.id = id
        self.date = date
        self.provinceCode = provinceCode
        self.covers = covers
        self.regions = regions
        self.except = except
        self.count = count
        self.sources = sources
        self.note = note
    }

    public var recordDate: PartialDate? { date }
    public var window: DateWindow? { nil }
}

/// One source's side of a disagreement.
public struct Claim: Hashable, Sendable {
    public var text: LocalizedText
    public var value: Int?
    public var date: PartialDate?
    /// Who made the claim, when that matters (as for reported totals).
    public var reporter: Reporter?
    public var sources: [String]

    public init(text: LocalizedText, value: Int? = nil, date: PartialDate? = nil, reporter: Reporter? = nil, sources: [String]) {
        self.text = text
        self.value = value
        self.date = date
        self.reporter = reporter
        self.sources = sources
    }
}

/// A place where sources disagree, kept with every claim rather than resolved silently.
public struct Conflict: Hashable, Sendable {
    public var id: String
    /// `batch:ID`, `mall:ID`, `total:DATE`, `digital:CODE`, `region:CODE`, `province:CODE`,
    /// `claim:ID` or `programme`.
    public var subject: String
    /// Other records the conflict concerns, as subjects.
    public var related: [String]
    public var topic: LocalizedText
    public var claims: [Claim]
    /// Which claim the records follow and why; nil when they follow none.
    public var resolution: LocalizedText?

    public init(
        id: String, subject: String, related: [String] = [], topic: LocalizedText, claims: [Claim],
        resolution: LocalizedText? = nil
    ) {
        self.id = id
        self.subject = subject
        self.related = related
        self.topic = topic
        self.claims = claims
        self.resolution = resolution
    }

    /// The subject followed by the related subjects.
    public var subjects: [String] { [subject] + related }
}
