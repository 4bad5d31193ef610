// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// What `mppdash serve` is built on: SwiftNIO, swift-nio-ssh, swift-crypto, swift-log.
let sshServerPackages: [Target.Dependency] = [
    .product(name: "NIOCore", package: "swift-nio"),
    .product(name: "NIOPosix", package: "swift-nio"),
    .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
    .product(name: "NIOSSH", package: "swift-nio-ssh"),
    .product(name: "Crypto", package: "swift-crypto"),
    .product(name: "Logging", package: "swift-log"),
]

let package = Package(
    name: "mppdash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mppdash", targets: ["mppdash"]),
        .library(name: "RolloutData", targets: ["RolloutData"]),
        .library(name: "DashboardModel", targets: ["DashboardModel"]),
        .library(name: "DashboardScreens", targets: ["DashboardScreens"]),
        // The SSH server that `mppdash serve` execs: a separate binary, so that the dashboard
        // processes (one per viewer) do not carry SwiftNIO and swift-crypto.
        .executable(name: "mppdash-serve", targets: ["mppdash-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "JSONSupport", swiftSettings: strictSettings),
        .target(name: "RolloutData", dependencies: ["JSONSupport"], swiftSettings: strictSettings),
        .target(name: "Localization", dependencies: ["RolloutData"], swiftSettings: strictSettings),
        .target(name: "TerminalCanvas", swiftSettings: strictSettings),
        // Durations as the command-line options take them and the status bar says them.
        .target(name: "Durations", swiftSettings: strictSettings),
        // The rollout spreadsheet: an RFC 4180 reader, the sheet's columns, import into a snapshot
        // as one edit, and the export that round-trips with it.
        .target(name: "Spreadsheet", dependencies: ["JSONSupport", "RolloutData", "Localization", "DashboardModel"], swiftSettings: strictSettings),
        .target(name: "ThemeCatalog", dependencies: ["JSONSupport", "TerminalCanvas"], swiftSettings: strictSettings),
        // The view-model: state, actions, the pure reducer, list specs and page contents. It takes
        // TerminalCanvas's value types (keys, style roles, table cells, glyphs) but never draws.
        .target(
            name: "DashboardModel", dependencies: ["RolloutData", "JSONSupport", "Localization", "TerminalCanvas", "Durations"],
            swiftSettings: strictSettings
        ),
        // The screens: layout and drawing into the cell grid of what the view-model hands them.
        .target(
            name: "DashboardScreens", dependencies: ["DashboardModel", "Localization", "TerminalCanvas"],
            swiftSettings: strictSettings
        ),
        // ncursesw through a shim header; no `pkgConfig:`, because SwiftPM drops the defines that
        // ncursesw.pc gives (and warns twice per manifest load). The shim sets them itself.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTermGuard"),
        .target(
            name: "NcursesScreen",
            dependencies: ["CNcursesw", "CTermGuard", "TerminalCanvas"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "MPPDashCLI",
            dependencies: [
                "JSONSupport", "RolloutData", "Localization", "TerminalCanvas", "ThemeCatalog", "DashboardModel", "DashboardScreens",
                "NcursesScreen", "Spreadsheet", "Durations",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "mppdash", dependencies: ["MPPDashCLI"], swiftSettings: strictSettings),
        // Pseudo-terminals and the dashboard process of one SSH session: posix_openpt, spawn with
        // the slave as controlling terminal, window size, hang-up and reaping.
        .target(name: "CPtySpawn"),
        // `mppdash serve`: the SSH server (swift-nio-ssh), its keys, limits and sessions.
        .target(
            name: "SSHServer",
            dependencies: ["CPtySpawn", "Durations"] + sshServerPackages,
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "mppdash-serve",
            dependencies: ["SSHServer", "Durations", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        // Saves a snapshot file again and again: the process the kill-during-save test kills.
        .executableTarget(name: "SaveLoop", dependencies: ["RolloutData"], path: "Tests/SaveLoop", swiftSettings: strictSettings),
        .testTarget(
            name: "RolloutDataTests",
            // SaveLoop is built first, beside the test bundle, for the kill-during-save test.
            dependencies: ["JSONSupport", "RolloutData", "SaveLoop", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", "RolloutData", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"], swiftSettings: strictSettings),
        .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas"], swiftSettings: strictSettings),
        .testTarget(name: "ThemeCatalogTests", dependencies: ["ThemeCatalog"], swiftSettings: strictSettings),
        .testTarget(name: "DashboardModelTests", dependencies: ["DashboardModel", "Durations"], swiftSettings: strictSettings),
        .testTarget(
            name: "DashboardScreensTests",
            dependencies: ["DashboardModel", "DashboardScreens", "ThemeCatalog", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__"],
            swiftSettings: strictSettings
        ),
        // Seeded random mutations through the snapshot and theme readers (issue 10).
        .testTarget(name: "FuzzTests", dependencies: ["JSONSupport", "RolloutData", "ThemeCatalog"], swiftSettings: strictSettings),
        .testTarget(name: "NcursesScreenTests", dependencies: ["NcursesScreen"], swiftSettings: strictSettings),
        // The real `mppdash` (and `mppdash-serve`), built first: the tests run it on a
        // pseudo-terminal, in tmux, and over SSH.
        .testTarget(name: "EndToEndTests", dependencies: ["mppdash", "mppdash-serve"], swiftSettings: strictSettings),
        .testTarget(
            name: "SSHServerTests",
            dependencies: ["SSHServer", "Durations"] + sshServerPackages,
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MPPDashCLITests",
            dependencies: ["MPPDashCLI", "mppdash", "DashboardModel", "RolloutData", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
