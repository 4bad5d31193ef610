import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// The map: where the regions land, and that its legend counts what the region statuses say.
@Suite("The map")
struct MapScreenTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func everyRegionWithACentreLandsOnTheCanvas(_ size: (Int, Int)) {
        let state = DashboardState(store: store, screen: .map, width: size.0, height: size.1)
        let (points, missing) = MapPage.points(state)
        #expect(points.count == 514 && missing == 0)
        let projection = MapProjection(fitting: size.0 - 2, state.bodyHeight - 6)
        #expect(projection.width > 0 && projection.height > 0)
        for point in points {
            let dot = projection.dot(point.location)
            #expect((0..<(2 * projection.width)).contains(dot.x) && (0..<(4 * projection.height)).contains(dot.y), "\(point.code)")
        }
    }

    @Test(arguments: [Day(year: 2026, month: 1, day: 31)!, Day(year: 2024, month: 3, day: 7)!, Day(year: 2019, month: 1, day: 1)!])
    func theLegendCountsTheRegionStatuses(_ day: Day) {
        let state = DashboardState(store: store, asOf: day, language: .english, screen: .map, width: 200, height: 60)
        let text = DashboardRenderer.render(state).text
        var counts: [MapStatus: Int] = [:]
        for status in store.index.regionStatuses(asOf: day).values { counts[MapStatus(status), default: 0] += 1 }
        #expect(counts.values.reduce(0, +) == 514)
        for status in MapStatus.allCases {
            let entry = "\(status.label(.english)) \(counts[status] ?? 0)"
            #expect(text.contains(entry + " ") || text.contains(entry + "\n"), "\(status)")
        }
    }

    @Test func aSnapshotWithoutSomeCentresSaysHowManyAreMissing() throws {
        var snapshot = store.snapshot
        snapshot.regions[0].code = "11.99"
        let partial = RolloutStore(validated: snapshot, origin: .file("/tmp/partial.json"))
        let state = DashboardState(store: partial, language: .english, screen: .map, width: 120, height: 40)
        #expect(MapPage.points(state).missing == 1)
        #expect(DashboardRenderer.render(state).text.contains("1 regencies/cities without coordinates, not drawn"))
    }

    @Test func onlyTheSelectedProvinceIsHighlighted() throws {
        var state = DashboardState(store: store, screen: .map, width: 120, height: 40)
        state.mapProvince = "91"
        let projection = MapProjection(fitting: 118, 30)
        let canvas = MapScreen.canvas(MapPage.points(state).points, projection, selected: "91")
        let bounds = try #require(canvas.markedBounds)
        #expect(bounds.x > projection.width * 3 / 4, "Papua lies in the east")
    }
}
