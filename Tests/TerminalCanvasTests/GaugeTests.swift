import Testing
@testable import TerminalCanvas

@Suite("Gauge")
struct GaugeTests {
    @Test(arguments: [
        (0.0, "░░░░░░░░░░", ".........."),
        (1.0, "██████████", "##########"),
        (0.5, "█████░░░░░", "#####....."),
        (0.33, "███▎░░░░░░", "###......."),
        // Only 1 fills the bar, and any non-zero fraction shows.
        (0.999, "█████████▉", "#########."),
        (0.001, "▏░░░░░░░░░", "#........."),
        (0.29, "██▉░░░░░░░", "##........"),
    ])
    func characters(fraction: Double, unicode: String, ascii: String) {
        #expect(Gauge.characters(fraction, width: 10, glyphs: .unicode) == unicode)
        #expect(Gauge.characters(fraction, width: 10, glyphs: .ascii) == ascii)
    }

    @Test func fractionsAreClamped() {
        #expect(Gauge.characters(-1, width: 4, glyphs: .unicode) == "░░░░")
        #expect(Gauge.characters(2, width: 4, glyphs: .unicode) == "████")
        #expect(Gauge.characters(.nan, width: 4, glyphs: .ascii) == "....")
        #expect(Gauge.characters(.infinity, width: 4, glyphs: .ascii) == "####")
        #expect(Gauge.characters(0.5, width: 0, glyphs: .unicode) == "")
        #expect(Gauge.characters(0.29, width: 100, glyphs: .ascii).filter { $0 == "#" }.count == 29)
    }

    @Test func drawsTheFilledAndEmptyPartsInTheirRoles() {
        let grid = rendered(12, 2) { grid in
            Gauge.draw(0.33, in: &grid, Rect(x: 1, y: 0, width: 10, height: 2), glyphs: .unicode)
        }
        #expect(grid.text == " ███▎░░░░░░\n")
        #expect(grid.roleLayer == ".####______.\n............")
        let ascii = rendered(10, 1) { grid in
            Gauge.draw(0.33, in: &grid, grid.bounds, glyphs: .ascii, filledRole: .good, emptyRole: .muted)
        }
        #expect(ascii.text == "###.......")
        #expect(ascii.roleLayer == "gggmmmmmmm")
    }

    @Test func isClippedAndOverwritesWideCharactersWhole() {
        var grid = CellGrid.wide(8, 1)
        Gauge.draw(0.5, in: &grid, Rect(x: 3, y: 0, width: 8, height: 1), glyphs: .unicode)
        #expect(grid.text == "語 ████░")
        #expect(grid.wideCharactersAreWhole)
    }
}
