import Testing
@testable import TerminalCanvas

@Suite("Status bar")
struct StatusBarTests {
    func bar(_ left: String, _ right: String, width: Int, _ glyphs: GlyphSet = .unicode) -> CellGrid {
        rendered(width, 1) { StatusBar.draw(left: left, right: right, in: &$0, $0.bounds, glyphs: glyphs) }
    }

    @Test func leftFromTheLeftRightAlignedRightAcrossTheRow() {
        let grid = bar("Beranda › Provinsi", "data 2024-06-30", width: 40)
        #expect(grid.text == "Beranda › Provinsi       data 2024-06-30")
        #expect(grid.roleLayer == String(repeating: "s", count: 40))
    }

    @Test func theLeftIsTruncatedFirst() {
        #expect(bar("Beranda › Provinsi", "data 2024-06-30", width: 30).text == "Beranda › Pro… data 2024-06-30")
        let ascii = bar("Beranda › Provinsi", "data 2024-06-30", width: 30, .ascii)
        #expect(ascii.text == "Beranda › Pro~ data 2024-06-30")
        #expect(bar("Beranda", "data 2024-06-30", width: 18).text == "B… data 2024-06-30")
        // Then the right, when it does not fit alone.
        #expect(bar("Beranda", "data 2024-06-30", width: 10).text == "data 2024…")
        #expect(bar("Beranda", "", width: 5).text == "Bera…")
    }

    @Test func staysInItsRectAndRow() {
        var grid = CellGrid(width: 12, height: 2, fill: Cell("x"))
        StatusBar.draw(left: "ok", right: "1/3", in: &grid, Rect(x: 2, y: 1, width: 8, height: 3), glyphs: .ascii)
        #expect(grid.text == "xxxxxxxxxxxx\nxxok   1/3xx")
        #expect(grid.roleLayer == "............\n..ssssssss..")
    }

    @Test func wideCharactersAreNeverHalfDrawn() {
        #expect(bar("日本語テキスト", "ok", width: 12).text == "日本語テ… ok")
        var grid = CellGrid.wide(10, 1)
        StatusBar.draw(left: "a", right: "b", in: &grid, Rect(x: 3, y: 0, width: 4, height: 1), glyphs: .unicode)
        #expect(grid.text == "語 a  b 語")
        #expect(grid.wideCharactersAreWhole)
    }
}
