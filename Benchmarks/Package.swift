// swift-tools-version:6.1
import PackageDescription

// The benchmarks of mppdash, kept in their own package so that the main package's `swift build`
// and `swift test` never build them or their dependencies. Run them all with `Benchmarks/run`
// (see README.md).
let package = Package(
    name: "mppdash-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "mppdash", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Load, validate, index and save the built-in and a 100,000-MPP synthetic snapshot.
        .executableTarget(
            name: "DataLayer",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "RolloutData", package: "mppdash"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DataLayer",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Draw the Overview and Provinces screens into a grid, and a Down key + frame.
        .executableTarget(
            name: "Screens",
            dependencies: [
                .product(name: "DashboardModel", package: "mppdash"),
                .product(name: "DashboardScreens", package: "mppdash"),
                .product(name: "RolloutData", package: "mppdash"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Screens",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Small helpers shared by the targets below: temporary folders, standard error.
        .target(name: "BenchmarkSupport"),
        // Writes a deterministic synthetic snapshot file.
        .executableTarget(
            name: "synthetic-snapshot",
            dependencies: ["BenchmarkSupport", .product(name: "RolloutData", package: "mppdash")],
            path: "Sources/synthetic-snapshot"
        ),
        // Loads, validates and indexes one snapshot file and exits: what compare_with_python.py times.
        .executableTarget(
            name: "load-snapshot",
            dependencies: ["BenchmarkSupport", .product(name: "RolloutData", package: "mppdash")],
            path: "Sources/load-snapshot"
        ),
    ],
    swiftLanguageModes: [.v6]
)
