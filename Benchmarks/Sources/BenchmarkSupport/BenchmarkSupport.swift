#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `text` and a newline to standard error (without touching the C `stderr` global, which
/// Swift 6 treats as shared mutable state).
public func printToStandardError(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let count = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if count <= 0 { return }
            offset += count
        }
    }
}

/// A new, empty folder under `$TMPDIR` (or /tmp), removed with everything in it by `remove()`.
public struct TemporaryFolder: Sendable {
    public let path: String

    /// Creates the folder; `prefix` starts its name.
    public init(prefix: String) {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/" + prefix + ".XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
        guard let created else { fatalError("cannot create a temporary folder in \(base)") }
        path = created
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Removes the files in the folder (it holds no subfolders) and the folder itself.
    public func remove() {
        guard let folder = opendir(path) else { return }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(folder)
        for name in names { unlink(file(name)) }
        rmdir(path)
    }
}

/// The size of the file at `path` in bytes, or nil when it cannot be read.
public func fileSize(_ path: String) -> Int? {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : nil
}
