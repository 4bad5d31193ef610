import Foundation
import Testing
@testable import TerminalCanvas

@Suite("Big digits")
struct BigDigitsTests {
    @Test(arguments: BigDigits.Font.allCases)
    func everyGlyphOfAFontIsAsHighAsTheOthersAndRectangular(_ font: BigDigits.Font) {
        for (character, rows) in font.glyphs {
            #expect(rows.count == font.pixelHeight, "\(character)")
            #expect(Set(rows.map(\.count)).count == 1, "\(character)")
            #expect(rows.allSatisfy { $0.allSatisfy { $0 == "#" || $0 == " " } }, "\(character)")
        }
    }

    @Test func bothFontsHaveTheSameCharacters() {
        #expect(Set(BigDigits.Font.small.glyphs.keys) == Set(BigDigits.Font.large.glyphs.keys))
        let written = "0123456789 1.234 1,234 59,9% 59.9% +10 -1 191 / 192 !"
        #expect(written.allSatisfy { BigDigits.Font.small.glyphs[$0] != nil }, "what the figures are written with, in both languages")
    }

    @Test func largeDigitsAtOneRowAPixelAreTheFont() {
        let digits = BigDigits(.large, scaleX: 1, scaleY: 2)
        #expect(digits.lines("1", glyphs: .ascii) == BigDigits.Font.large.glyphs["1"]!)
        #expect(digits.lines("1", glyphs: .unicode) == BigDigits.Font.large.glyphs["1"]!.map { $0.replacingOccurrences(of: "#", with: "█") })
    }

    @Test func halfRowsPutTwoPixelRowsInACell() {
        let lines = BigDigits(.small, scaleX: 1, scaleY: 1).lines("7", glyphs: .unicode)
        #expect(lines == ["▀▀█", "  █", "  ▀"])
    }

    @Test func aScaleWidensAndHeightensEveryPixel() {
        let digits = BigDigits(.small, scaleX: 2, scaleY: 4)
        #expect(digits.height == 10)
        #expect(digits.width("1") == 6)
        let lines = digits.lines("1", glyphs: .ascii)
        #expect(lines.count == 10)
        #expect(lines[0] == "  ##  " && lines[1] == "  ##  " && lines[2] == "####  " && lines[9] == "######")
    }

    @Test(arguments: [GlyphSet.unicode, .ascii])
    func everySizeTakesExactlyTheRowsAndColumnsItSays(_ glyphs: GlyphSet) {
        for digits in BigDigits.sizes(glyphs) {
            let lines = digits.lines("8", glyphs: glyphs)
            #expect(lines.count == digits.height, "\(digits)")
            #expect(lines.allSatisfy { $0.count == digits.width("8") }, "\(digits)")
            #expect(lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == false, "\(digits)")
            #expect(lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == false, "\(digits)")
            #expect(lines.contains { $0.first != " " } && lines.contains { $0.last != " " }, "\(digits)")
            #expect(digits.width("88") == 2 * digits.width("8") + digits.scaleX, "one pixel between glyphs")
        }
    }

    @Test func theSizesGoFromTallestToSmallestAndAsciiHasNoHalfRows() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            let heights = BigDigits.sizes(glyphs).map(\.height)
            #expect(heights == heights.sorted(by: >))
        }
        #expect(BigDigits.sizes(.ascii).allSatisfy { $0.scaleY % 2 == 0 })
        let ascii = BigDigits.sizes(.ascii).flatMap { $0.lines("0123456789%/,.!", glyphs: .ascii) }.joined()
        #expect(Set(ascii) == ["#", " "])
    }

    @Test func drawingLeavesCellsWithoutAPixelAsTheyWere() {
        let grid = rendered(8, 3) { grid in
            grid.fill(grid.bounds, with: "x", role: .muted)
            BigDigits(.small, scaleX: 1, scaleY: 1).draw("1", in: &grid, x: 1, y: 0, role: .header, glyphs: .unicode)
        }
        #expect(grid.text == "x▄█xxxxx\nxx█xxxxx\nx▀▀▀xxxx")
        #expect(grid[2, 0].role == .header && grid[1, 1].role == .muted)
    }
}
