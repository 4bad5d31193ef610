import Glibc

/// Reading and writing the small files of `mppdash serve` (key lists, the host key) with POSIX
/// calls, errors naming the file.
enum TextFile {
    /// Files larger than this are refused: a key list or a host key is a few kilobytes.
    static let sizeLimit = 4 << 20

    /// The whole content of `path` as UTF-8 (invalid bytes repaired).
    static func read(_ path: String) throws(ServeError) -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }

    /// The whole content of `path`.
    static func bytes(_ path: String) throws(ServeError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ServeError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var content: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ServeError("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return content }
            content += buffer[..<count]
            guard content.count <= sizeLimit else { throw ServeError("\(path): larger than \(sizeLimit >> 20) MiB; expected a key file") }
        }
    }

    /// Writes `bytes` to a new file `path` with `mode` (it must not exist yet), flushed to disk.
    static func create(_ path: String, bytes: [UInt8], mode: mode_t) throws(ServeError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw ServeError("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw ServeError("cannot write \(path): \(reason)")
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw ServeError("cannot write \(path): \(reason)")
        }
    }
}
