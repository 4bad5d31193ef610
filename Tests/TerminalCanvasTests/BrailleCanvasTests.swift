import Testing
@testable import TerminalCanvas

@Suite("Braille canvas")
struct BrailleCanvasTests {
    func drawn(_ canvas: BrailleCanvas, _ glyphs: GlyphSet) -> String {
        rendered(canvas.width, canvas.height) { canvas.draw(in: &$0, at: (0, 0), glyphs: glyphs) }.text
    }

    @Test func dotsAreBrailleBits() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        #expect(canvas.dotWidth == 4)
        #expect(canvas.dotHeight == 4)
        canvas.set(x: 0, y: 0)
        canvas.set(x: 1, y: 3)
        canvas.set(x: 2, y: 1)
        #expect(drawn(canvas, .unicode) == "\u{2881}\u{2802}")
        var full = BrailleCanvas(width: 1, height: 1)
        for x in 0..<2 { for y in 0..<4 { full.set(x: x, y: y) } }
        #expect(drawn(full, .unicode) == "⣿")
    }

    @Test func dotsOutsideAreIgnored() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        canvas.set(x: -1, y: 0)
        canvas.set(x: 4, y: 0)
        canvas.set(x: 0, y: 4)
        canvas.line(from: (-3, -3), to: (-1, -1))
        #expect(canvas == BrailleCanvas(width: 2, height: 1))
        canvas.line(from: (-2, 0), to: (1, 0))
        #expect(drawn(canvas, .unicode) == "⠉")
    }

    @Test func linesIncludeBothEnds() {
        var diagonal = BrailleCanvas(width: 2, height: 1)
        diagonal.line(from: (0, 0), to: (3, 3))
        #expect(drawn(diagonal, .unicode) == "⠑⢄")
        var backwards = BrailleCanvas(width: 2, height: 1)
        backwards.line(from: (3, 3), to: (0, 0))
        #expect(backwards == diagonal)
        var shallow = BrailleCanvas(width: 2, height: 1)
        shallow.line(from: (0, 0), to: (3, 1))
        #expect(drawn(shallow, .unicode) == "⠉⠒")
        var point = BrailleCanvas(width: 1, height: 1)
        point.line(from: (1, 2), to: (1, 2))
        #expect(drawn(point, .unicode) == "⠠")
        var steep = BrailleCanvas(width: 1, height: 2)
        steep.line(from: (0, 0), to: (1, 7))
        #expect(drawn(steep, .unicode) == "⡇\n⢸")
    }

    @Test func asciiShowsWhereTheDotsSit() {
        var canvas = BrailleCanvas(width: 5, height: 1)
        canvas.line(from: (0, 0), to: (1, 0))
        canvas.set(x: 2, y: 1)
        canvas.set(x: 5, y: 2)
        canvas.line(from: (6, 3), to: (7, 3))
        canvas.line(from: (8, 0), to: (8, 3))
        #expect(drawn(canvas, .ascii) == "'--.:")
        #expect(drawn(canvas, .unicode) == "⠉⠂⠠⣀⡇")
    }

    @Test func drawsAtTheOriginInTheRoleAndLeavesEmptyCellsAlone() {
        var canvas = BrailleCanvas(width: 3, height: 2)
        canvas.line(from: (0, 7), to: (5, 0))
        var grid = CellGrid(width: 6, height: 3, fill: Cell("x"))
        canvas.draw(in: &grid, at: (2, 1), role: .chart3, glyphs: .ascii)
        #expect(grid.text == "xxxxxx\nxxx.:x\nxx:'xx")
        #expect(grid.roleLayer == "......\n...33.\n..33..")
        // Clipped to the grid.
        canvas.draw(in: &grid, at: (4, 2), glyphs: .unicode)
        #expect(grid.line(2) == "xx:'x⢀")
    }

    @Test func overwritesWideCharactersWhole() {
        var canvas = BrailleCanvas(width: 1, height: 1)
        canvas.set(x: 0, y: 0)
        var grid = CellGrid.wide(4, 1)
        canvas.draw(in: &grid, at: (1, 0), glyphs: .unicode)
        #expect(grid.text == " ⠁語")
        #expect(grid.wideCharactersAreWhole)
    }
}
