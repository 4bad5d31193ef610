import CNcursesw
import Glibc

/// terminfo strings as they can be written with write(2), outside of `tputs`.
enum TerminfoString {
    /// The capability `name` of the current terminal without padding; nil when it has none.
    static func bytes(of name: String) -> [UInt8]? {
        cn_tigetstr(name).map { value in
            strippingPadding(Array(UnsafeRawBufferPointer(start: value, count: strlen(value))))
        }
    }

    /// Writes `bytes` to standard output at once, past curses. Between frames curses holds
    /// nothing back (see `FrameOutput`), so this comes after everything curses wrote.
    static func write(_ bytes: [UInt8]) {
        write(bytes[...])
    }

    static func write(_ bytes: ArraySlice<UInt8>) {
        var done = 0
        while done < bytes.count {
            let count = bytes[(bytes.startIndex + done)...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            done += count
        }
    }

    /// The bytes without padding delays (`$<5>`, `$<2*/>`), which only `tputs` understands:
    /// vt100's `sgr0` is `\e[m\017$<2>`.
    static func strippingPadding(_ value: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "$"), index + 1 < value.count, value[index + 1] == UInt8(ascii: "<"),
               let end = value[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               value[(index + 2)..<end].allSatisfy({ isDelay($0) }) {
                index = end + 1
            } else {
                result.append(value[index])
                index += 1
            }
        }
        return result
    }

    private static func isDelay(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array(".*/".utf8).contains(byte)
    }
}
