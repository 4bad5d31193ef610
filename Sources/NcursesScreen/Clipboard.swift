/// The terminal's clipboard through OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`): xterm, iTerm2, kitty,
/// Windows Terminal and tmux (with `set-clipboard`) put the text on the local clipboard, also over
/// SSH; terminals without it ignore the sequence.
enum Clipboard {
    /// The sequence that puts `text` on the clipboard.
    static func sequence(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with padding (RFC 4648), without Foundation.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                output.append(position <= chunk.count ? alphabet[(value >> (18 - 6 * position)) & 0x3F] : UInt8(ascii: "="))
            }
            index += 3
        }
        return output
    }
}

extension NcursesScreen {
    /// Puts `text` on the terminal's clipboard (OSC 52), past curses' buffer.
    public func copyToClipboard(_ text: String) {
        TerminfoString.write(Clipboard.sequence(text))
    }
}
