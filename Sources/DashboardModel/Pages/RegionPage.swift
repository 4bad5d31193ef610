import Localization
import RolloutData
import TerminalCanvas

/// The items of one kabupaten/kota's page, whether or not it has an MPP: its status on the as-of
/// day and what that rests on (its MPPs, each opened by Enter, or the provincial report with its
/// sources), its MPP Digital history, the sources in full and the conflicts that involve it.
package enum RegionPage {
    package static func items(_ code: String, _ state: DashboardState) -> [TextItem] {
        let language = state.language
        let index = state.store.index
        guard let region = index.regionByCode[code] else { return [.wrapped(language.text(.regionNotFound, code), role: .bad)] }
        let place = Place.region(code)
        let malls = index.mallsByPlace[place] ?? []
        let status = PlaceStatus(place, malls: malls, state: state)
        var items: [TextItem] = [.heading(region.shortName),
                                 .field(label: language.text(.fieldPlace), value: MallPage.placeName(place, state), role: .text)]
        if let group = index.provinceByCode[region.provinceCode]?.islandGroup {
            items.append(.field(label: language.text(.columnIslandGroup), value: language.name(group), role: .text))
        }
        var statusText = status.text(language, count: malls.count)
        if let date = status.date { statusText += state.glyphs.separator + language.longDate(date) }
        items.append(.field(label: "\(language.text(.asOf)) \(language.longDate(state.asOf))", value: statusText, role: status.role))
        if let claim = status.claim {
            items.append(.field(label: language.text(.fieldRestsOn), value: ClaimText.summary(claim, state), role: .chart2))
        }
        for mall in malls {
            let mallStatus = MallStatus(malls: [mall], state: state)
            items.append(.link(label: "MPP", value: "\(mall.name) (\(mallStatus.text(language, glyphs: state.glyphs, count: 1)))",
                               target: .mall(mall.id)))
        }
        if !malls.isEmpty { items.append(.wrapped(language.text(.regionOpenHint), role: .muted)) }
        let portal = PlaceStatus.portal(of: malls, status: status)
        items.append(.field(label: language.text(.fieldPortal), value: MallPage.portalText(portal, language),
                            role: portal == .unknown ? .unknown : .text))
        items.append(.blank)
        items.append(.heading(language.text(.digitalHistory)))
        let digital = index.digitalByPlace[place]
        if let digital {
            items += MallPage.history(digital.stages, name: language.name, state)
            if let note = language.pick(digital.note) { items.append(.field(label: language.text(.columnNote), value: note, role: .muted)) }
        } else {
            items.append(.wrapped(language.text(.digitalNoneForRegion), role: .muted))
        }
        var cited: [String] = []
        let sources = (status.claim?.sources ?? []) + (digital?.stages.flatMap(\.sources) ?? [])
            + malls.flatMap { $0.sources + $0.stages.flatMap(\.sources) }
        for source in sources where !cited.contains(source) { cited.append(source) }
        if !cited.isEmpty { items += SourceList.items(cited, state) }
        return items + MallPage.conflictItems(involving: PlaceStatus.subjects(place, malls: malls, status: status), state)
    }
}
