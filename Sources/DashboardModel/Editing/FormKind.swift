public import Localization
public import RolloutData

/// Which edit a form makes, and of which record: the edits of an MPP, of a kabupaten/kota (or of
/// a province served at province level, DK Jakarta), and those that fit anywhere.
public enum FormKind: Hashable, Sendable {
    /// A stage of the MPP's history (`setMallStage`).
    case mallStage(mallID: String)
    /// Whether the MPP is integrated with the Portal Pelayanan Publik.
    case portalIntegration(mallID: String)
    /// A count of the MPP's services and agencies.
    case facilityCount(mallID: String)
    /// The MPP's note, in both languages.
    case mallNote(mallID: String)
    /// A stage of the place's MPP Digital adoption.
    case digitalStage(Place)
    /// A service the place offers online through MPP Digital.
    case digitalService(Place)
    /// A new MPP of the place.
    case newMall(Place)
    /// A national total as someone reported it.
    case reportedTotal
    /// A joint inauguration or launch with its member MPPs.
    case batch
    /// A province-level statement of which kabupaten/kota have an MPP (its province, when the
    /// user is on one).
    case coverageClaim(provinceCode: String?)
    /// A source the other facts can cite.
    case source
    /// A disagreement between sources (its subject, when the user is on a record).
    case conflict(subject: String?)

    /// The name of the form, in the edit menu and the form's title.
    public var title: TextKey {
        switch self {
        case .mallStage: return .formMallStage
        case .portalIntegration: return .formPortal
        case .facilityCount: return .formFacilityCount
        case .mallNote: return .formMallNote
        case .digitalStage: return .formDigitalStage
        case .digitalService: return .formDigitalService
        case .newMall: return .formNewMall
        case .reportedTotal: return .formReportedTotal
        case .batch: return .formBatch
        case .coverageClaim: return .formCoverageClaim
        case .source: return .formSource
        case .conflict: return .formConflict
        }
    }

    /// The words the command line finds the form by (`:tambah peresmian`, `:add batch`), in both
    /// languages.
    var keywords: String {
        switch self {
        case .mallStage: return "tahap stage mpp"
        case .portalIntegration: return "portal integrasi integration"
        case .facilityCount: return "jumlah layanan instansi count services agencies"
        case .mallNote: return "catatan note"
        case .digitalStage: return "digital tahap stage"
        case .digitalService: return "digital layanan online service"
        case .newMall: return "mpp baru new"
        case .reportedTotal: return "total nasional national reported"
        case .batch: return "peresmian gelombang batch inauguration"
        case .coverageClaim: return "klaim cakupan coverage claim provinsi province"
        case .source: return "sumber source"
        case .conflict: return "konflik perbedaan conflict"
        }
    }
}
