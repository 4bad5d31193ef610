#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error, unbuffered by Foundation.
enum Output {
    static func print(_ text: String) {
        emit(text + "\n", to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        emit(text + "\n", to: STDERR_FILENO)
    }

    static func emit(_ text: String, to descriptor: Int32) {
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let count = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            remaining = remaining.dropFirst(count)
        }
    }
}
