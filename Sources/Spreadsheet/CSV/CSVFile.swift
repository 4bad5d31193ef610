#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSONSupport

/// Reading a CSV file from disk: only a regular file, opened without blocking, no larger than
/// the limit of every file the program reads (`RegularFile.sizeLimit`). Unlike a snapshot file, a
/// CSV file may start with a UTF-8 byte-order mark (spreadsheets write one), so the bytes are
/// read here rather than by `RegularFile`, which refuses it.
public enum CSVFile {
    /// The CSV document in the file at `path`; a file that cannot be read is one problem,
    /// `cannot open FILE: reason`.
    public static func load(_ path: String) throws(SheetError) -> CSVDocument {
        try CSVDocument.read(contents(of: path), file: path)
    }

    static func contents(of path: String) throws(SheetError) -> [UInt8] {
        let limit: Int
        do {
            limit = try RegularFile.sizeLimit()
        } catch {
            throw SheetError(problems: error.lines.map { SheetProblem(file: path, line: nil, message: $0) })
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw failure("cannot open", path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read", path) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw SheetError(problems: [SheetProblem(file: path, line: nil, message: "is not a regular file; expected a CSV file")])
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure("cannot read", path) }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            guard bytes.count <= limit else {
                throw SheetError(problems: [SheetProblem(
                    file: path, line: nil,
                    message: "is over the limit of \(limit / 1_000_000) MB; set \(RegularFile.sizeLimitVariable) to a larger number of megabytes to read it")])
            }
        }
    }

    /// `cannot open FILE: reason`, the form of every file the program cannot use at all.
    private static func failure(_ what: String, _ path: String) -> SheetError {
        let reason = String(cString: strerror(errno))
        return SheetError(problems: [SheetProblem(file: "\(what) \(path)", line: nil, message: reason)])
    }
}
