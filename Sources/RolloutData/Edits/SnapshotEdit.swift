public import JSONSupport

/// One change an editor makes to the data: what the dashboard's edit forms and the CSV import
/// produce, what undo takes back, and what a save writes. Every fact an edit adds carries its
/// sources; `Snapshot.applying(_:)` refuses an edit that would leave the snapshot invalid.
public enum SnapshotEdit: Hashable, Sendable {
    /// Records a stage of an MPP's history (replacing the event of that stage, if any: a
    /// corrected date or source).
    case setMallStage(mallID: String, event: StageEvent<MallStage>)
    /// Whether an MPP is integrated with the Portal Pelayanan Publik, with the sources that say so.
    case setPortalIntegration(mallID: String, integration: PortalIntegration, sources: [String])
    /// A count of an MPP's services and agencies by one source.
    case addFacilityCount(mallID: String, count: FacilityCount)
    /// Sets or removes an MPP's note.
    case setMallNote(mallID: String, note: LocalizedText?)
    /// Records a stage of a region's MPP Digital adoption (replacing the event of that stage, if
    /// any); the region gets an MPP Digital entry if it had none.
    case setDigitalStage(place: Place, event: StageEvent<DigitalStage>)
    /// A service a region offers online through MPP Digital (replacing one of the same name).
    case setDigitalService(place: Place, service: DigitalService)
    /// A new MPP known by name.
    case addMall(Mall)
    /// A national total as someone reported it.
    case addReportedTotal(ReportedTotal)
    /// A joint inauguration or launch with its member MPPs.
    case addBatch(Batch)
    /// A province-level statement of which kabupaten/kota have an MPP.
    case addCoverageClaim(CoverageClaim)
    /// A source the other facts can cite.
    case addSource(Source)
    /// A disagreement between sources, with every claim.
    case addConflict(Conflict)
    /// Several edits as one change, applied in order (a form that adds a source with its fact,
    /// an import): undone as one.
    case group([SnapshotEdit])

    /// The records the edit touches, as conflict subjects (`mall:ID`, `digital:CODE`, …), in
    /// order and without repeats.
    public var subjects: [String] {
        var seen: Set<String> = []
        return ownSubjects.filter { seen.insert($0).inserted }
    }

    private var ownSubjects: [String] {
        switch self {
        case .setMallStage(let id, _), .setPortalIntegration(let id, _, _), .addFacilityCount(let id, _), .setMallNote(let id, _):
            return ["mall:\(id)"]
        case .setDigitalStage(let place, _), .setDigitalService(let place, _): return ["digital:\(place.code)"]
        case .addMall(let mall): return ["mall:\(mall.id)"]
        case .addReportedTotal(let total): return ["total:\(total.date)"]
        case .addBatch(let batch): return ["batch:\(batch.id)"]
        case .addCoverageClaim(let claim): return ["claim:\(claim.id)"]
        case .addSource(let source): return ["source:\(source.id)"]
        case .addConflict(let conflict): return ["conflict:\(conflict.id)"]
        case .group(let edits): return edits.flatMap(\.ownSubjects)
        }
    }
}

/// Why an edit cannot be applied: the record it names does not exist, the record it adds
/// already does, or the snapshot it would make breaks a rule of the format (each problem with its
/// JSON path).
public struct EditError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [SnapshotProblem]

    public init(problems: [SnapshotProblem]) {
        self.problems = problems
    }

    init(_ message: String) {
        problems = [SnapshotProblem(path: .root, message: message)]
    }

    /// One line per problem: `PATH: message`, or the message alone for the whole edit.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
