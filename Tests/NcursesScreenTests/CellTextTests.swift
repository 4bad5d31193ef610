import Testing
@testable import NcursesScreen

/// `wcwidth` as glibc answers in a UTF-8 locale, for the characters used here.
private func utf8Width(_ value: UInt32) -> Int {
    switch value {
    case 0x0301, 0xFE0F, 0x200D: return 0
    case 0x20..<0x7F, 0xA0..<0x300, 0x2500..<0x2600, 0x2026: return 1
    case 0x8A9E, 0x1F600: return 2
    default: return -1
    }
}

/// `wcwidth` in the C locale: only ASCII is printable.
private func cWidth(_ value: UInt32) -> Int {
    (0x20..<0x7F).contains(value) ? 1 : -1
}

@Suite("What each cell hands to ncurses")
struct CellTextTests {
    @Test func printableCharactersPassInAUTF8Locale() {
        #expect(CellText.scalars(for: "a", columns: 1, asciiOnly: false, width: utf8Width) == [0x61])
        #expect(CellText.scalars(for: "─", columns: 1, asciiOnly: false, width: utf8Width) == [0x2500])
        #expect(CellText.scalars(for: "語", columns: 2, asciiOnly: false, width: utf8Width) == [0x8A9E])
        #expect(CellText.scalars(for: "e\u{301}", columns: 1, asciiOnly: false, width: utf8Width) == [0x65, 0x301])
    }

    @Test func aWidthTheCLibraryDisagreesWithIsReplaced() {
        #expect(CellText.scalars(for: "語", columns: 1, asciiOnly: false, width: utf8Width) == nil)
        #expect(CellText.scalars(for: "a", columns: 2, asciiOnly: false, width: utf8Width) == nil)
        #expect(CellText.scalars(for: "\u{E000}", columns: 1, asciiOnly: false, width: utf8Width) == nil)
        #expect(CellText.scalars(for: "\t", columns: 1, asciiOnly: false, width: utf8Width) == nil)
    }

    @Test func joinedSequencesKeepTheirFirstCharacter() {
        let family: Character = "\u{1F600}\u{200D}\u{1F600}"
        #expect(CellText.scalars(for: family, columns: 2, asciiOnly: false, width: utf8Width) == [0x1F600])
        let marks = Character("e" + String(repeating: "\u{301}", count: 8))
        #expect(CellText.scalars(for: marks, columns: 1, asciiOnly: false, width: utf8Width)?.count
            == CellText.maximumScalars)
    }

    @Test func outsideUTF8OnlyPrintableASCIIIsWritten() {
        #expect(CellText.scalars(for: "+", columns: 1, asciiOnly: true, width: cWidth) == [0x2B])
        #expect(CellText.scalars(for: "e\u{301}", columns: 1, asciiOnly: true, width: cWidth) == [0x65])
        #expect(CellText.scalars(for: "é", columns: 1, asciiOnly: true, width: cWidth) == nil)
        #expect(CellText.scalars(for: "─", columns: 1, asciiOnly: true, width: cWidth) == nil)
        #expect(CellText.scalars(for: "\u{1B}", columns: 1, asciiOnly: true, width: cWidth) == nil)
    }
}
