import Testing
@testable import TerminalCanvas

@Suite("Box")
struct BoxTests {
    @Test func drawsABorderWithTheTitleInTheTopEdge() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let grid = rendered(14, 4) { inner = Box.draw(in: &$0, $0.bounds, title: "Sulawesi", glyphs: .unicode) }
        #expect(grid.text == """
            ┌ Sulawesi ──┐
            │            │
            │            │
            └────────────┘
            """)
        #expect(grid.roleLayer == """
            bbTTTTTTTTbbbb
            b............b
            b............b
            bbbbbbbbbbbbbb
            """)
        #expect(inner == Rect(x: 1, y: 1, width: 12, height: 2))
    }

    @Test func asciiBorderAndATitleTruncatedToTheEdge() {
        let grid = rendered(10, 3) { Box.draw(in: &$0, $0.bounds, title: "Kepulauan Riau", glyphs: .ascii) }
        #expect(grid.text == """
            + Kepul~ +
            |        |
            +--------+
            """)
        let unicode = rendered(10, 2) { Box.draw(in: &$0, $0.bounds, title: "Kepulauan Riau", glyphs: .unicode) }
        #expect(unicode.line(0) == "┌ Kepul… ┐")
    }

    @Test func noTitleAndTooSmallRects() {
        #expect(rendered(4, 2) { Box.draw(in: &$0, $0.bounds, glyphs: .unicode) }.text == "┌──┐\n└──┘")
        // No room for a column of title: the edge stays plain.
        #expect(rendered(4, 2) { Box.draw(in: &$0, $0.bounds, title: "Aceh", glyphs: .ascii) }.text == "+--+\n+--+")
        let flat = rendered(4, 2) { grid in
            #expect(Box.draw(in: &grid, Rect(x: 0, y: 0, width: 4, height: 1), glyphs: .unicode).isEmpty)
        }
        #expect(flat.text == "\n")
    }

    @Test func isClippedToTheGrid() {
        let grid = rendered(6, 3) { grid in
            Box.draw(in: &grid, Rect(x: 2, y: 1, width: 8, height: 4), title: "Bali", glyphs: .unicode)
        }
        #expect(grid.text == """

              ┌ Ba
              │
            """)
        let left = rendered(6, 3) { Box.draw(in: &$0, Rect(x: -3, y: 0, width: 6, height: 3), glyphs: .ascii) }
        #expect(left.text == "--+\n  |\n--+")
    }

    @Test func aWideTitleIsNeverHalfDrawn() {
        let grid = rendered(8, 2) { Box.draw(in: &$0, $0.bounds, title: "日本語テキスト", glyphs: .unicode) }
        #expect(grid.line(0) == "┌ 日… ─┐")
        #expect(grid.roleLayer.split(separator: "\n")[0] == "bbTTTbbb")
        #expect(grid.wideCharactersAreWhole)
        var overWide = CellGrid.wide(9, 3)
        Box.draw(in: &overWide, Rect(x: 1, y: 0, width: 6, height: 3), glyphs: .ascii)
        #expect(overWide.text == " +----+\n |語語|\n +----+")
        #expect(overWide.wideCharactersAreWhole)
    }
}
