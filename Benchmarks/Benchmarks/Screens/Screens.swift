import Benchmark
import DashboardModel
import DashboardScreens
import RolloutData

// The view-model's benchmarks: drawing a screen of the built-in dataset into a `CellGrid`
// (`DashboardRenderer.render`), and one key through the reducer followed by the frame it asks for.
// The store and the state are made in each benchmark's setup, so only the drawing is measured.
// See README.md for the targets (a Provinces frame at 200×60 in under 1 ms, the Map in under 2 ms).

/// The state of the built-in dataset on `screen` at a size, as the dashboard opens it.
func builtinState(_ screen: Screen, width: Int, height: Int) throws -> DashboardState {
    DashboardState(store: try RolloutStore.builtin(), screen: screen, width: width, height: height)
}

/// The state of the 100,000-MPP synthetic snapshot (`SyntheticSnapshot.generate`), made in memory.
func syntheticStore() throws -> RolloutStore {
    RolloutStore(validated: try SyntheticSnapshot.generate(malls: 100_000), origin: .builtin)
}

/// The province whose kabupaten/kota list holds the most MPPs.
func busiestProvince(_ index: RolloutIndex) -> String {
    let counts = Dictionary(index.snapshot.malls.map { ($0.place.provinceCode, 1) }, uniquingKeysWith: +)
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? index.provinces[0].code
}

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 10,
        maxDuration: .seconds(2), maxIterations: 2_000)

    /// Registers a benchmark that renders `screen` at a size from a prebuilt state.
    func render(_ screen: Screen, _ width: Int, _ height: Int) {
        Benchmark("Render \(screen.rawValue.capitalized) \(width)x\(height)", configuration: configuration) { benchmark, state in
            for _ in benchmark.scaledIterations {
                blackHole(DashboardRenderer.render(state))
            }
        } setup: {
            try builtinState(screen, width: width, height: height)
        }
    }

    render(.provinces, 200, 60)
    render(.overview, 200, 60)
    render(.provinces, 120, 40)
    // The map: 514 regions projected onto a layered braille canvas, with their statuses for the
    // day (target under 2 ms at 200×60).
    render(.map, 200, 60)

    // What the app does for one Down key on Provinces: the reducer moves the selection from the
    // first row to the second, then the whole frame is drawn again. Each iteration starts from
    // the same state, so every one moves (and none stops at the last row).
    Benchmark("Down key + render Provinces 200x60", configuration: configuration) { benchmark, start in
        for _ in benchmark.scaledIterations {
            var state = start
            blackHole(Reducer.reduce(&state, key: .down))
            blackHole(DashboardRenderer.render(state))
        }
    } setup: {
        try builtinState(.provinces, width: 200, height: 60)
    }

    /// Registers a benchmark of one Down key and its frame in a list made by `setup`: the cost
    /// of a move whatever the list's length.
    func downKey(_ name: String, _ setup: @escaping @Sendable () throws -> DashboardState) {
        Benchmark(name, configuration: configuration) { benchmark, start in
            for _ in benchmark.scaledIterations {
                var state = start
                blackHole(Reducer.reduce(&state, key: .down))
                blackHole(DashboardRenderer.render(state))
            }
        } setup: {
            try setup()
        }
    }

    downKey("Down key in the built-in kab/kota list") {
        let store = try RolloutStore.builtin()
        return DashboardState(store: store, route: .province(busiestProvince(store.index)), width: 120, height: 40)
    }
    downKey("Down key in the 100k kab/kota list") {
        let store = try syntheticStore()
        return DashboardState(store: store, route: .province(busiestProvince(store.index)), width: 120, height: 40)
    }
    downKey("Down key in the 100k list of all kab/kota") {
        DashboardState(store: try syntheticStore(), route: .screen(.regions), width: 120, height: 40)
    }
}
