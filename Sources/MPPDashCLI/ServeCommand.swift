import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mppdash serve`: the dashboard over SSH. The server is a program of its own, `mppdash-serve`,
/// installed beside `mppdash`: this command replaces itself with it (exec), arguments and all,
/// so that the dashboard that every session runs carries neither SwiftNIO nor swift-crypto.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard over SSH (runs mppdash-serve, beside mppdash; `mppdash serve --help` lists its options).",
        discussion: """
            mppdash serve [--listen 127.0.0.1:2222] --authorized-keys FILE [--editors FILE] [--host-key FILE] \
            [--snapshot FILE] [--max-sessions N] [--idle-timeout 15m] [--log FILE]. Exits 1 when mppdash-serve \
            is not beside mppdash.
            """
    )

    @Argument(parsing: .allUnrecognized, help: "The options of mppdash-serve.")
    var arguments: [String] = []

    func run() throws {
        Self.exec(arguments)
    }

    /// The server program: `mppdash-serve` in the folder of the running `mppdash`.
    static var serverPath: String {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = count > 0 ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = executable.lastIndex(of: "/").map { String(executable[...$0]) } ?? "./"
        return folder + "mppdash-serve"
    }

    /// Replaces this process with the server, given `arguments`; returns only by exiting 1.
    static func exec(_ arguments: [String]) -> Never {
        let path = serverPath
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        Output.error("mppdash serve: cannot run \(path): \(String(cString: strerror(errno))); build it with `swift build --product mppdash-serve` and install it beside mppdash")
        Glibc.exit(1)
    }
}
