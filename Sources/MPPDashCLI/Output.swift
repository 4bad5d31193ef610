import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error, unbuffered by Foundation.
///
/// On a terminal, text is passed through `TerminalSafeText` first, so that nothing read from a file
/// (a name, a note, a file name) can send escape sequences to it; a file or pipe gets every byte as
/// it is. Every write to standard output is checked: a failed or short write (a full disk, `/dev/full`,
/// a closed pipe) prints the reason on standard error and ends the command with exit 1, so that a
/// truncated export never looks like a success.
enum Output {
    /// Writes `text` and a newline to standard output.
    static func print(_ text: String) throws {
        try emit(text + "\n")
    }

    /// Writes `text` to standard output as it is.
    static func emit(_ text: String) throws {
        try emit(Array(text.utf8))
    }

    /// Writes `bytes` to standard output: as they are, or as sanitised text on a terminal.
    static func emit(_ bytes: [UInt8]) throws {
        if let failure = write(safe(bytes, for: STDOUT_FILENO)[...], to: STDOUT_FILENO) {
            error("mppdash: cannot write to standard output: \(failure)")
            throw ExitCode.failure
        }
    }

    /// Writes `text` and a newline to standard error; a failure there has nowhere to be told.
    static func error(_ text: String) {
        _ = write(safe(Array((text + "\n").utf8), for: STDERR_FILENO)[...], to: STDERR_FILENO)
    }

    private static func safe(_ bytes: [UInt8], for descriptor: Int32) -> [UInt8] {
        guard isatty(descriptor) == 1 else { return bytes }
        return Array(TerminalSafeText.sanitized(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    /// Writes every byte, and the reason when that failed.
    private static func write(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> String? {
        var remaining = bytes
        while !remaining.isEmpty {
            let count = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if count == 0 { return "nothing was written" }
            remaining = remaining.dropFirst(count)
        }
        return nil
    }
}
