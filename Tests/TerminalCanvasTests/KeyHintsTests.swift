import Testing
@testable import TerminalCanvas

@Suite("Key hints")
struct KeyHintsTests {
    let hints = [
        KeyHints.Hint(key: "q", label: "Keluar"),
        KeyHints.Hint(key: "Tab", label: "Layar"),
        KeyHints.Hint(key: "?", label: "Bantuan"),
    ]

    func drawn(width: Int) -> CellGrid {
        rendered(width, 1) { KeyHints.draw(hints, in: &$0, $0.bounds) }
    }

    @Test func keysAndLabelsWithTwoSpacesBetweenHints() {
        let grid = drawn(width: 30)
        #expect(grid.text == "q Keluar  Tab Layar  ? Bantuan")
        #expect(grid.roleLayer == "H.mmmmmm..HHH.mmmmm..H.mmmmmmm")
    }

    @Test func hintsThatDoNotFitWholeAreLeftOut() {
        #expect(drawn(width: 29).text == "q Keluar  Tab Layar")
        #expect(drawn(width: 19).text == "q Keluar  Tab Layar")
        #expect(drawn(width: 18).text == "q Keluar")
        #expect(drawn(width: 7).text == "")
        // The row ends at the first hint that does not fit, even if a later one would.
        let long = [hints[0], KeyHints.Hint(key: "Enter", label: "Buka detail wilayah"), hints[2]]
        #expect(rendered(20, 1) { KeyHints.draw(long, in: &$0, $0.bounds) }.text == "q Keluar")
    }

    @Test func theGapsKeepWhatIsUnderThem() {
        var grid = CellGrid(width: 24, height: 2)
        StatusBar.draw(left: "", right: "", in: &grid, Rect(x: 0, y: 1, width: 24, height: 1), glyphs: .ascii)
        KeyHints.draw(hints, in: &grid, Rect(x: 2, y: 1, width: 21, height: 1))
        #expect(grid.text == "\n  q Keluar  Tab Layar")
        #expect(grid.roleLayer.split(separator: "\n")[1] == "ssHsmmmmmmssHHHsmmmmmsss")
    }

    @Test func wideLabelsAreMeasuredInColumns() {
        let wide = [KeyHints.Hint(key: "q", label: "終了"), KeyHints.Hint(key: "?", label: "ヘルプ")]
        #expect(rendered(16, 1) { KeyHints.draw(wide, in: &$0, $0.bounds) }.text == "q 終了  ? ヘルプ")
        let cut = rendered(15, 1) { KeyHints.draw(wide, in: &$0, $0.bounds) }
        #expect(cut.text == "q 終了")
        #expect(cut.wideCharactersAreWhole)
    }
}
