import Foundation

/// Runs the real `mppdash` binary, built beside this test bundle, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `mppdash` executable of this build.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("mppdash").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("mppdash")
    }()

    /// The day the runs take as today (`MPPDASH_TODAY`), so that what they print does not depend
    /// on the clock; scripts/update-readme.py renders the README's screens with the same day.
    static let today = "2026-11-29"

    /// A new empty folder for one test, named with `prefix`; the test removes it.
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `mppdash` with `arguments` in `folder`, with no standard input, today fixed to
    /// `today` unless `environment` says otherwise (a nil value removes a variable).
    /// `standardOutput` replaces the captured output with that file (`/dev/full`).
    static func run(_ arguments: [String], in folder: URL? = nil, environment changes: [String: String?] = [:],
                    standardOutput: String? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MPPDASH_TODAY"] = today
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: standardOutput.map(URL.init(fileURLWithPath:)) ?? outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: try String(contentsOf: outputURL, encoding: .utf8),
                      error: try String(contentsOf: errorURL, encoding: .utf8))
    }
}
