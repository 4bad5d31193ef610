#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a snapshot, theme or config file: only a regular file, opened without blocking (a FIFO
/// or a device never makes the program wait or read without end), no larger than the size limit,
/// and in UTF-8 without a byte-order mark. Every refusal is one `JSONFileError` naming the file
/// and the reason.
public enum RegularFile {
    /// The environment variable that raises (or lowers) the size limit, in megabytes.
    public static let sizeLimitVariable = "MPPDASH_MAX_FILE_MB"
    /// The limit without `MPPDASH_MAX_FILE_MB`: well above the 100,000-MPP benchmark snapshot
    /// (about 90 MB).
    public static let defaultSizeLimitMegabytes = 256

    /// The size limit in bytes: `MPPDASH_MAX_FILE_MB` megabytes, or the default.
    public static func sizeLimit() throws(JSONFileError) -> Int {
        guard let text = getenv(sizeLimitVariable).map({ String(cString: $0) }), !text.isEmpty else {
            return defaultSizeLimitMegabytes * 1_000_000
        }
        guard let megabytes = Int(text), megabytes > 0, megabytes <= Int.max / 1_000_000 else {
            throw JSONFileError(file: sizeLimitVariable, message: "expected a whole number of megabytes > 0, found \"\(text)\"")
        }
        return megabytes * 1_000_000
    }

    /// The bytes of the regular file at `path` (a symbolic link is followed); `progress` is told
    /// the bytes read and the file's size after every chunk and returns false to stop.
    /// `kind` names what the file should be in messages: "snapshot file", "theme file".
    public static func contents(of path: String, kind: String,
                                progress: (_ bytesRead: Int, _ fileSize: Int) -> Bool = { _, _ in true }) throws(JSONFileError) -> [UInt8] {
        try readWithIdentity(path, kind: kind, progress: progress).bytes
    }

    /// The bytes of the file, as `contents`, and the identity of the file they were read from
    /// (taken from the open file once it is read, so it is that of these bytes even when another
    /// file is renamed into its place meanwhile).
    public static func readWithIdentity(_ path: String, kind: String,
                            progress: (_ bytesRead: Int, _ fileSize: Int) -> Bool = { _, _ in true }) throws(JSONFileError) -> (bytes: [UInt8], identity: FileIdentity) {
        let limit = try sizeLimit()
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw .system(path, "cannot open \(path)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(path, "cannot read \(path)") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let type = status.st_mode & S_IFMT == S_IFDIR ? "a directory" : describeType(status.st_mode) + ", not a regular file"
            throw JSONFileError(file: path, message: "is \(type); expected a \(kind)")
        }
        let size = Int(status.st_size)
        guard size <= limit else { throw tooLarge(path, limit, found: "is \(megabytes(size)) MB") }
        // Straight into the array, a megabyte at a time (for the progress), with room for one byte
        // more than the size: a file that grows while it is read fills it and is read on.
        func check(_ read: Int) -> JSONFileError? {
            guard read <= limit else { return tooLarge(path, limit, found: "grew past it while being read") }
            return progress(read, size) ? nil : JSONFileError(file: path, message: "reading was cancelled")
        }
        var bytes: [UInt8] = []
        var failure: JSONFileError?
        var full = true
        while full, failure == nil {
            let before = bytes.count
            let room = before == 0 ? size + 1 : before
            let more = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                askForHugePages(buffer)
                failure = readAll(descriptor, of: path, into: buffer, count: &count) { check(before + $0) }
                full = count == room
            }
            if before == 0 { bytes = more } else { bytes += more }
        }
        if let failure { throw failure }
        if let problem = encodingProblem(bytes) { throw JSONFileError(file: path, message: problem) }
        guard let identity = FileIdentity.of(descriptor: descriptor) else { throw .system(path, "cannot read \(path)") }
        return (bytes, identity)
    }

    /// Asks the kernel to back the 2 MiB-aligned middle of a large buffer with huge pages (where
    /// transparent huge pages are on "madvise"), so that filling it takes a fault per 2 MiB instead
    /// of one per 4 KiB. Only a request: nothing changes where the kernel refuses it.
    private static func askForHugePages(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        #if os(Linux)
        let hugePage = 2 << 20
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// Reads the file `path` open at `descriptor` into `buffer` until it is full or the file ends,
    /// `count` the bytes read; `check` is told the count after every megabyte and returns an error
    /// to stop. Returns the error that stopped it.
    private static func readAll(_ descriptor: Int32, of path: String, into buffer: UnsafeMutableBufferPointer<UInt8>,
                                count: inout Int, check: (Int) -> JSONFileError?) -> JSONFileError? {
        guard let base = buffer.baseAddress else { return nil }
        while count < buffer.count {
            let got = read(descriptor, base + count, min(1 << 20, buffer.count - count))
            if got < 0 {
                if errno == EINTR { continue }
                return .system(path, "cannot read \(path)")
            }
            if got == 0 { return nil }
            count += got
            if let error = check(count) { return error }
        }
        return nil
    }

    /// Why `bytes` are not UTF-8 text without a byte-order mark, if they are not.
    static func encodingProblem(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return "starts with a UTF-8 byte-order mark (BOM, bytes EF BB BF); save it as UTF-8 without a BOM"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let order = bytes[0] == 0xFF ? "FF FE, little-endian" : "FE FF, big-endian"
            return "is UTF-16 text (byte-order mark \(order)); save it as UTF-8"
        }
        if bytes.count >= 2, (bytes[0] == 0) != (bytes[1] == 0) {
            return "looks like UTF-16 text without a byte-order mark (a zero byte in every other place); save it as UTF-8"
        }
        return nil
    }

    private static func describeType(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int, found: String) -> JSONFileError {
        JSONFileError(file: path, message: "\(found), over the limit of \(megabytes(limit)) MB; "
            + "set \(sizeLimitVariable) to a larger number of megabytes to read it")
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension JSONFileError {
    /// A system call on `path` failed: `failure` says what could not be done, naming the file
    /// (`cannot open rollout.json`), and `errno` why.
    public static func system(_ path: String, _ failure: String) -> JSONFileError {
        JSONFileError(file: path, failure: failure, reason: String(cString: strerror(errno)))
    }
}
