import Glibc
public import Logging
import NIOConcurrencyHelpers

/// Where the server's log lines go: standard error, or a file opened for appending (created
/// 0600, since it names who connected from where).
public final class LogDestination: Sendable {
    private let descriptor: Int32
    private let lock = NIOLock()

    /// Standard error.
    public static let standardError = LogDestination(descriptor: 2)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The file at `path`, appended to.
    public init(file path: String) throws(ServeError) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ServeError("--log: cannot open \(path): \(String(cString: strerror(errno)))") }
        self.descriptor = descriptor
    }

    /// Writes `line` and a line end, whole.
    public func write(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        lock.withLock {
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                written += count
            }
        }
    }
}

/// A swift-log handler that writes one line per event: the UTC time, the level, the message,
/// then `key=value` metadata sorted by key (values with spaces quoted). Control characters in
/// anything a client sent are shown escaped, so that a line is always one line.
public struct LineLogHandler: LogHandler {
    private let destination: LogDestination
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info

    public init(destination: LogDestination, level: Logger.Level = .info) {
        self.destination = destination
        logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }
        destination.write(([Self.timestamp(), "\(event.level)", Self.escaped("\(event.message)")] + fields).joined(separator: " "))
    }

    static func escaped(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { scalar -> [Character] in
            scalar.value < 0x20 || scalar.value == 0x7F ? Array(scalar.escaped(asASCII: true)) : [Character(scalar)]
        })
    }

    static func quoted(_ text: String) -> String {
        let escaped = escaped(text)
        return escaped.contains(" ") || escaped.contains("\"") || escaped.isEmpty ? escaped.debugDescription : escaped
    }

    /// Now as `2026-11-29T08:15:02Z`.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
