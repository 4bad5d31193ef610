package import RolloutData

/// The edit menu (`a`): the forms that fit where the user is, one under the cursor.
public struct EditMenu: Hashable, Sendable {
    public var entries: [FormKind]
    public var cursor = 0

    public init(entries: [FormKind]) {
        self.entries = entries
    }
}

/// What the keys of the edit menu do.
public enum EditMenuCommand: Hashable, Sendable {
    /// Moves the cursor by lines (negative is up).
    case move(Int)
    /// Opens the form under the cursor.
    case open
    case close
}

/// Where the user is, as the edit forms see it: an MPP (its page, or a row of a batch's
/// members), a kabupaten/kota (its page, or a row of a list of them; DK Jakarta's row is its
/// province, served at province level), a province (its list, or a row of Provinces or MPP
/// Digital) and the subject a conflict would be about.
package struct EditContext {
    package var mallID: String?
    package var place: Place?
    package var provinceCode: String?
    package var subject: String?

    package init(_ state: DashboardState) {
        let index = state.store.index
        let row = Reducer.selectedRow(state)?.id
        switch state.route {
        case .mall(let id) where index.mallByID[id] != nil:
            mallID = id
            provinceCode = index.mallByID[id]?.place.provinceCode
        case .region(let code) where index.regionByCode[code] != nil:
            place = .region(code)
        case .province(let code):
            provinceCode = code
            place = row.flatMap { Self.place($0, index) }
        case .screen(.regions):
            place = row.flatMap { Self.place($0, index) }
        case .screen(.provinces), .screen(.digital):
            provinceCode = row
        case .batch(let id):
            subject = Subject.batch(id)
            mallID = row.flatMap { index.mallByID[$0]?.id }
        case .screen(.timeline):
            subject = row.map(Subject.batch)
        default:
            break
        }
        if let place {
            provinceCode = place.provinceCode
            subject = subject ?? Subject.place(place)
            // A kabupaten/kota with one MPP: that MPP's own edits too, without opening its page.
            if mallID == nil, let malls = index.mallsByPlace[place], malls.count == 1 { mallID = malls[0].id }
        }
        if let mallID { subject = subject ?? Subject.mall(mallID) }
    }

    /// A row of a list of kabupaten/kota: a region, or a province served at province level.
    private static func place(_ code: String, _ index: RolloutIndex) -> Place? {
        if index.regionByCode[code] != nil { return .region(code) }
        return index.provinceByCode[code] != nil ? .province(code) : nil
    }

    /// The forms that fit, in the menu's order: the MPP's, the place's, then those of anywhere.
    package var forms: [FormKind] {
        var forms: [FormKind] = []
        if let mallID {
            forms += [.mallStage(mallID: mallID), .portalIntegration(mallID: mallID), .facilityCount(mallID: mallID), .mallNote(mallID: mallID)]
        }
        if let place {
            forms += [.digitalStage(place), .digitalService(place), .newMall(place)]
        }
        return forms + [.reportedTotal, .batch, .coverageClaim(provinceCode: provinceCode), .source, .conflict(subject: subject)]
    }
}
