#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSONSupport

/// A session written as an asciicast v2 recording (`mppdash --record FILE.cast`), which
/// asciinema and other standard players show: a header line (version 2, the terminal's size, the
/// start as Unix time; no environment), then one `[seconds, "o", text]` line per frame with the
/// exact bytes the frame wrote to the terminal, and `[seconds, "r", "COLSxROWS"]` per resize.
///
/// Every line goes to the file in one `write(2)` as it happens (the file is opened for appending,
/// with no buffer in between), so a recording is complete up to the last frame even when the
/// program is killed. Frames are whole (`FrameOutput` writes each in one piece), so their bytes
/// are decoded as UTF-8 as they are. After a failed write nothing more is written and `failure`
/// says why.
final class CastRecorder {
    let path: String
    private let descriptor: Int32
    private(set) var failure: String?

    /// Creates (or empties) the file at `path`; throws a message naming it when it cannot.
    init(path: String) throws(CastRecorderError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CastRecorderError(message: "\(path): cannot create the recording: \(String(cString: strerror(errno)))") }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The header: the terminal's size when the session starts, and the start as Unix time.
    func start(width: Int, height: Int, timestamp: Int) {
        append(.record([JSONMember("version", .integer(2)), JSONMember("width", .integer(width)),
                        JSONMember("height", .integer(height)), JSONMember("timestamp", .integer(timestamp))]))
    }

    /// One frame's bytes, `elapsed` after the start.
    func frame(_ bytes: [UInt8], elapsed: Duration) {
        append(.array([Self.seconds(elapsed), .string("o"), .string(String(decoding: bytes, as: UTF8.self))]))
    }

    /// A new terminal size, `elapsed` after the start.
    func resize(width: Int, height: Int, elapsed: Duration) {
        append(.array([Self.seconds(elapsed), .string("r"), .string("\(width)x\(height)")]))
    }

    private static func seconds(_ elapsed: Duration) -> JSONValue {
        let (seconds, attoseconds) = elapsed.components
        return .decimal(Double(seconds) + Double(attoseconds / 1_000_000_000_000) / 1_000_000)
    }

    private func append(_ line: JSONValue) {
        guard failure == nil else { return }
        let bytes = CanonicalJSON.encodeLine(line) + [0x0A]
        var done = 0
        while done < bytes.count {
            let count = bytes[done...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                failure = "\(path): the recording stopped: \(count < 0 ? String(cString: strerror(errno)) : "nothing was written")"
                return
            }
            done += count
        }
    }
}

/// Why a recording could not be started.
struct CastRecorderError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
