import Testing
@testable import TerminalCanvas

@Suite("Sparkline")
struct SparklineTests {
    func spark(_ values: [Double], width: Int, _ glyphs: GlyphSet = .unicode) -> CellGrid {
        rendered(width, 1) { Sparkline.draw(values, in: &$0, $0.bounds, glyphs: glyphs) }
    }

    @Test func scalesFromZeroToTheMaximum() {
        let steps: [Double] = [0, 1, 2, 3, 4, 5, 6, 7]
        #expect(spark(steps, width: 8).text == "▁▂▃▄▅▆▇█")
        #expect(spark(steps, width: 8, .ascii).text == "_.-~=+*#")
        #expect(spark(steps, width: 8).roleLayer == "11111111")
        // Each value takes the nearest level: 50 of 100 is 3.5 of 7 levels up.
        #expect(spark([0, 50, 100], width: 3).text == "▁▅█")
        #expect(spark([0, 50, 100], width: 3).text == spark([0, 5, 10], width: 3).text)
    }

    @Test func showsTheLastValuesThatFit() {
        #expect(spark([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], width: 4).text == "▆▇▇█")
    }

    @Test func allZeroNegativeAndNonFiniteValuesAreTheLowestLevel() {
        #expect(spark([0, 0, 0], width: 3).text == "▁▁▁")
        #expect(spark([-5, .nan, .infinity, 2], width: 4, .ascii).text == "___#")
    }

    @Test func fewerValuesThanColumnsAreDrawnFromTheLeft() {
        var grid = CellGrid(width: 6, height: 2, fill: Cell("x"))
        Sparkline.draw([1, 2], in: &grid, Rect(x: 1, y: 1, width: 4, height: 1), glyphs: .unicode, role: .chart2)
        #expect(grid.text == "xxxxxx\nx▅█xxx")
        #expect(grid.roleLayer == "......\n.22...")
        Sparkline.draw([1, 2], in: &grid, Rect(x: 0, y: 0, width: 6, height: 0), glyphs: .unicode)
        #expect(grid.line(0) == "xxxxxx")
    }

    @Test func overwritesWideCharactersWhole() {
        var grid = CellGrid.wide(6, 1)
        Sparkline.draw([1, 1], in: &grid, Rect(x: 1, y: 0, width: 2, height: 1), glyphs: .ascii)
        #expect(grid.text == " ## 語")
        #expect(grid.wideCharactersAreWhole)
    }
}
