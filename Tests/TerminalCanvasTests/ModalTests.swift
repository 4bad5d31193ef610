import Testing
@testable import TerminalCanvas

@Suite("Modal")
struct ModalTests {
    @Test func aBoxCentredWithItsInsideCleared() {
        var grid = CellGrid(width: 20, height: 8, fill: Cell(".", role: .muted))
        let box = Modal.draw(title: "Bantuan", lines: ["q Keluar", "? Bantuan"], in: &grid, within: grid.bounds,
                             glyphs: .unicode)
        #expect(box == Rect(x: 3, y: 2, width: 13, height: 4))
        #expect(grid.text == """
            ....................
            ....................
            ...┌ Bantuan ──┐....
            ...│ q Keluar  │....
            ...│ ? Bantuan │....
            ...└───────────┘....
            ....................
            ....................
            """)
        #expect(grid.roleLayer == """
            mmmmmmmmmmmmmmmmmmmm
            mmmmmmmmmmmmmmmmmmmm
            mmmbbTTTTTTTbbbbmmmm
            mmmb...........bmmmm
            mmmb...........bmmmm
            mmmbbbbbbbbbbbbbmmmm
            mmmmmmmmmmmmmmmmmmmm
            mmmmmmmmmmmmmmmmmmmm
            """)
    }

    @Test func atMostTheBoundsLessTwoOnEachSideWithLinesTruncated() {
        var grid = CellGrid(width: 14, height: 7, fill: Cell("x"))
        let box = Modal.draw(title: "Info", lines: ["Kepulauan Riau", "Jambi"], in: &grid, within: grid.bounds,
                             glyphs: .ascii, role: .warning)
        #expect(box == Rect(x: 2, y: 2, width: 10, height: 3))
        #expect(grid.text == """
            xxxxxxxxxxxxxx
            xxxxxxxxxxxxxx
            xx+ Info --+xx
            xx| Kepul~ |xx
            xx+--------+xx
            xxxxxxxxxxxxxx
            xxxxxxxxxxxxxx
            """)
        #expect(grid.roleLayer.split(separator: "\n")[3] == "..bwwwwwwwwb..")
    }

    @Test func centresWithinBoundsThatAreNotTheGrid() {
        var grid = CellGrid(width: 20, height: 7)
        let bounds = Rect(x: 10, y: 0, width: 10, height: 7)
        let box = Modal.draw(title: "", lines: ["ya", "tidak"], in: &grid, within: bounds, glyphs: .ascii)
        // At most 6 × 3: the second line is left out.
        #expect(box == Rect(x: 12, y: 2, width: 6, height: 3))
        #expect(grid.text == "\n\n            +----+\n            | ya |\n            +----+\n\n")
    }

    @Test func clearsWideCharactersWhole() {
        var grid = CellGrid.wide(15, 7)
        Modal.draw(title: "語", lines: ["日本"], in: &grid, within: grid.bounds, glyphs: .unicode)
        #expect(grid.text == """
            語語語語語語語
            語語語語語語語
            語 ┌ 語 ──┐ 語
            語 │ 日本 │ 語
            語 └──────┘ 語
            語語語語語語語
            語語語語語語語
            """)
        #expect(grid.wideCharactersAreWhole)
    }
}
