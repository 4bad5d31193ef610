import CNcursesw
import TerminalCanvas

/// What `wget_wch` read: a character, or a key code when it returned `KEY_CODE_YES`.
enum RawKey: Hashable {
    case character(UInt32)
    case code(Int32)
}

/// Turns ncurses input into `Key`s. Unknown input gives nil and is ignored.
enum KeyDecoder {
    static func decode(_ raw: RawKey) -> Key? {
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
