#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls through which saves write files (`AtomicFile`, the store's lock and audit
/// log): the real ones, or in tests ones that fail as a full disk or a folder without write
/// permission would, since tests that run as root cannot make the system refuse them. Each returns
/// what the system call returns and sets `errno` on failure.
public struct FileOperations: Sendable {
    public var openFile: @Sendable (_ path: String, _ flags: Int32, _ mode: UInt32) -> Int32
    public var writeBytes: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    public var flushFile: @Sendable (_ descriptor: Int32) -> Int32
    public var renameFile: @Sendable (_ from: String, _ to: String) -> Int32

    public init(
        openFile: @escaping @Sendable (String, Int32, UInt32) -> Int32,
        writeBytes: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
        flushFile: @escaping @Sendable (Int32) -> Int32,
        renameFile: @escaping @Sendable (String, String) -> Int32
    ) {
        self.openFile = openFile
        self.writeBytes = writeBytes
        self.flushFile = flushFile
        self.renameFile = renameFile
    }

    /// The system's own calls.
    public static let system = FileOperations(
        openFile: { path, flags, mode in open(path, flags, mode_t(mode)) },
        writeBytes: { descriptor, bytes in write(descriptor, bytes.baseAddress, bytes.count) },
        flushFile: { descriptor in fsync(descriptor) },
        renameFile: { from, to in rename(from, to) }
    )

    /// Writes every byte (a short write is continued, an interrupted one retried); throws naming
    /// `path` and the reason.
    public func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(JSONFileError) {
        var written = 0
        while written < bytes.count {
            let count = writeBytes(descriptor, UnsafeRawBufferPointer(rebasing: bytes[written...]))
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path, "cannot write \(path)")
            }
            guard count > 0 else { throw JSONFileError(file: path, failure: "cannot write \(path)", reason: "nothing was written") }
            written += count
        }
    }
}

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for a body that throws a `JSONFileError` (the standard one only rethrows
    /// untyped errors).
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(JSONFileError) -> Result) throws(JSONFileError) -> Result {
        let outcome = withUnsafeBytes { bytes in Swift.Result { () throws(JSONFileError) in try body(bytes) } }
        return try outcome.get()
    }
}
