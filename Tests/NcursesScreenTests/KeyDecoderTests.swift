import Testing
@testable import NcursesScreen
import TerminalCanvas

/// Key codes from ncurses' curses.h, written out so that the table is checked against the
/// header rather than against itself.
private enum Code {
    static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
    static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410, delete: Int32 = 0o512
    static let pageDown: Int32 = 0o522, pageUp: Int32 = 0o523, enter: Int32 = 0o527
    static let keypadA1: Int32 = 0o534, keypadA3: Int32 = 0o535, keypadB2: Int32 = 0o536
    static let keypadC1: Int32 = 0o537, keypadC3: Int32 = 0o540, backTab: Int32 = 0o541, end: Int32 = 0o550
    static let insert: Int32 = 0o513, resize: Int32 = 0o632
}

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test(arguments: [
        (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
        (Code.pageUp, .pageUp), (Code.pageDown, .pageDown), (Code.home, .home), (Code.end, .end),
        (Code.keypadA3, .pageUp), (Code.keypadC3, .pageDown), (Code.keypadA1, .home), (Code.keypadC1, .end),
        (Code.enter, .enter), (Code.backspace, .backspace), (Code.backTab, .backTab), (Code.delete, .delete),
        (Code.f0 + 1, .function(1)), (Code.f0 + 10, .function(10)), (Code.f0 + 12, .function(12)),
        (Code.f0 + 24, .function(24)),
    ] as [(Int32, Key)])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.key(for: .code(code)) == key)
    }

    @Test func unknownKeyCodesAreIgnored() {
        for code in [Code.f0, Code.keypadB2, Code.insert, Code.resize, 0o777] {
            #expect(KeyDecoder.key(for: .code(code)) == nil, "code \(code)")
        }
    }

    @Test(arguments: [
        (0x0D, Key.enter), (0x0A, .enter), (0x1B, .escape), (0x7F, .backspace), (0x08, .backspace),
        (0x09, .tab), (0x01, .control("a")), (0x03, .control("c")), (0x04, .control("d")),
        (0x0C, .control("l")), (0x12, .control("r")), (0x1A, .control("z")),
        (0x71, .character("q")), (0x20, .character(" ")), (0x2F, .character("/")), (0x3F, .character("?")),
        (0xE9, .character("é")), (0x2500, .character("─")), (0x8A9E, .character("語")),
    ] as [(UInt32, Key)])
    func characters(value: UInt32, key: Key) {
        #expect(KeyDecoder.key(for: .character(value)) == key)
    }

    @Test func otherControlCharactersAndInvalidScalarsAreIgnored() {
        for value: UInt32 in [0x00, 0x1C, 0x1D, 0x1E, 0x1F, 0x80, 0x9B, 0x9F, 0xD800, 0x110000] {
            #expect(KeyDecoder.key(for: .character(value)) == nil, "U+\(String(value, radix: 16))")
        }
    }

    // MARK: Bracketed paste

    private static let marks = BracketedPaste.Marks(start: 0o1000, end: Array("\u{1B}[201~".utf8))

    /// The start mark opens a paste; its bytes (a `q`, Enter, Esc, an escape sequence) are text
    /// up to the end mark, which may arrive split across reads; what follows it is returned.
    @Test func aPasteIsOneEventAndItsKeysAreText() throws {
        var decoder = KeyDecoder(marks: Self.marks)
        #expect(decoder.decode(.code(Self.marks.start)) == nil && decoder.isPasting)
        let first = decoder.takePaste(Array("q\r\u{1B}OAé\u{1B}[20".utf8))
        #expect(first == nil)
        let taken = decoder.takePaste(Array("1~q".utf8))
        let (event, rest) = try #require(taken)
        #expect(event == .paste("q\r\u{1B}OAé"))
        #expect(Array(rest) == [0x71])
        #expect(!decoder.isPasting)
        #expect(decoder.decode(.character(0x71)) == .key(.character("q")))
    }

    @Test func aPasteIsKeptUpToItsLimitAndReadToItsEnd() throws {
        var decoder = KeyDecoder(marks: Self.marks)
        _ = decoder.decode(.code(Self.marks.start))
        let chunk = [UInt8](repeating: 0x61, count: 10_000)
        for _ in 0..<7 {
            let taken = decoder.takePaste(chunk)
            #expect(taken == nil)
        }
        let taken = decoder.takePaste(Self.marks.end)
        let (event, rest) = try #require(taken)
        #expect(event == .paste(String(repeating: "a", count: KeyDecoder.maximumPasteBytes)) && rest.isEmpty)
    }

    /// Without bracketed paste the start code is an unknown key and nothing is taken as a paste.
    @Test func withoutBracketedPasteNothingIsAPaste() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(.code(Self.marks.start)) == nil && !decoder.isPasting)
        let taken = decoder.takePaste([0x71])
        #expect(taken == nil)
        #expect(decoder.decode(.character(0x71)) == .key(.character("q")))
    }
}
