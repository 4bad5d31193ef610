import CNcursesw
import TerminalCanvas

/// What `wget_wch` read: a character, or a key code when it returned `KEY_CODE_YES`.
enum RawKey: Hashable {
    case character(UInt32)
    case code(Int32)
}

/// Turns ncurses input into events: `Key`s, and a bracketed paste as one `.paste`. Unknown input
/// gives nil and is ignored.
///
/// With bracketed paste on, the terminal wraps pasted text in `ESC [200~` … `ESC [201~`. ncurses
/// reports the start mark as a key code of its own (`BracketedPaste`); from there on the screen
/// reads the terminal itself and hands the bytes to `takePaste` until the end mark, because
/// ncurses takes one byte per system call (100 KB took a quarter of a second). Everything
/// between the marks is text, never keys: a pasted Enter, Esc or `q` only arrives in the paste.
/// The text is kept up to `maximumPasteBytes`; the rest of a longer paste is read and dropped.
struct KeyDecoder {
    /// The most of one paste that is kept, in UTF-8 bytes: well beyond any prompt's cap, so that
    /// the prompt still sees that the paste was too long and says so.
    static let maximumPasteBytes = 65_536

    /// How pastes are marked; nil without bracketed paste.
    let marks: BracketedPaste.Marks?
    /// The paste read so far (UTF-8); nil when no paste is open.
    private var paste: [UInt8]?
    /// The last bytes read, held back because they may be the beginning of the end mark.
    private var held: [UInt8] = []

    init(marks: BracketedPaste.Marks? = nil) {
        self.marks = marks
    }

    /// Whether a paste has started and not yet ended: the bytes that follow go to `takePaste`.
    var isPasting: Bool { paste != nil }

    mutating func decode(_ raw: RawKey) -> InputEvent? {
        if let marks, raw == .code(marks.start) {
            paste = []
            held = []
            return nil
        }
        return Self.key(for: raw).map { .key($0) }
    }

    /// Takes bytes of an open paste. Returns the paste once its end mark is among them, with the
    /// bytes that came after the mark (keys typed after the paste); nil while it goes on.
    mutating func takePaste(_ bytes: some Collection<UInt8>) -> (event: InputEvent, rest: ArraySlice<UInt8>)? {
        guard var text = paste, let end = marks?.end else { return nil }
        // Taken out of `self` while it grows, so that appending never copies it.
        paste = nil
        let buffer = held + bytes
        if let mark = buffer.firstRange(of: end) {
            Self.append(buffer[..<mark.lowerBound], to: &text)
            held = []
            return (.paste(String(decoding: text, as: UTF8.self)), buffer[mark.upperBound...])
        }
        let kept = min(buffer.count, end.count - 1)
        Self.append(buffer.dropLast(kept), to: &text)
        held = Array(buffer.suffix(kept))
        paste = text
        return nil
    }

    private static func append(_ bytes: ArraySlice<UInt8>, to text: inout [UInt8]) {
        text.append(contentsOf: bytes.prefix(max(0, maximumPasteBytes - text.count)))
    }

    static func key(for raw: RawKey) -> Key? {
        switch raw {
        case .character(let value): return decodeCharacter(value)
        case .code(let code): return decodeCode(code)
        }
    }

    /// Control characters first: with `nonl` Enter arrives as `\r`, Backspace as DEL or Ctrl-H,
    /// and Ctrl-A … Ctrl-Z (except those) as chords.
    private static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return Unicode.Scalar(value + 0x60).map { .control(Character($0)) }
        case 0x00...0x1F, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private static let functionKeys = (cn_key_f(1)...cn_key_f(63))

    private static func decodeCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case functionKeys: return .function(Int(code - cn_key_f(0)))
        default: return nil
        }
    }
}
