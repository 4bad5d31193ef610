public import RolloutData

/// One change an import makes, as its preview tells it: with the record as it was before, so
/// that the preview can say "before → after". Each is one `SnapshotEdit`.
public enum ImportChange: Hashable, Sendable {
    case newSource(Source)
    case newMall(Mall)
    /// A stage of an MPP on record: added (`before` nil), dated anew, or given another source.
    case mallStage(mall: Mall, before: StageEvent<MallStage>?, after: StageEvent<MallStage>)
    /// The Portal Pelayanan Publik integration of an MPP on record (`mall` has the old value).
    case portal(mall: Mall, after: PortalIntegration, sources: [String])
    /// A new count of an MPP's services and agencies (`mall` has the old numbers).
    case count(mall: Mall, FacilityCount)
    /// An MPP's note, changed (`mall` has the old one).
    case mallNote(mall: Mall, after: LocalizedText)
    /// A region's MPP Digital stage: added (`before` nil), dated anew, or given another source.
    case digitalStage(place: Place, before: StageEvent<DigitalStage>?, after: StageEvent<DigitalStage>)
    /// A service a region offers online that was not on record.
    case digitalService(place: Place, DigitalService)

    /// The edit that makes the change.
    public var edit: SnapshotEdit {
        switch self {
        case .newSource(let source): return .addSource(source)
        case .newMall(let mall): return .addMall(mall)
        case .mallStage(let mall, _, let after): return .setMallStage(mallID: mall.id, event: after)
        case .portal(let mall, let after, let sources): return .setPortalIntegration(mallID: mall.id, integration: after, sources: sources)
        case .count(let mall, let count): return .addFacilityCount(mallID: mall.id, count: count)
        case .mallNote(let mall, let after): return .setMallNote(mallID: mall.id, note: after)
        case .digitalStage(let place, _, let after): return .setDigitalStage(place: place, event: after)
        case .digitalService(let place, let service): return .setDigitalService(place: place, service: service)
        }
    }
}

/// What an import will do: its changes in the order they are applied, the one edit that makes
/// them all, and the snapshot after it.
public struct ImportPlan: Sendable {
    public let changes: [ImportChange]
    /// All the changes as one `SnapshotEdit.group`: what `result` is the snapshot with.
    public let edit: SnapshotEdit
    /// The rows read (records of the file below its header).
    public let rows: Int
    /// The snapshot with the edit applied; the snapshot imported into when nothing changes.
    public let result: Snapshot

    public var isEmpty: Bool { changes.isEmpty }
}
