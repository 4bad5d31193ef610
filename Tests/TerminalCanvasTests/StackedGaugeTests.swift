import Testing
@testable import TerminalCanvas

@Suite("Stacked gauge")
struct StackedGaugeTests {
    @Test func partsTakeTheirShareOfTheBarInTheirOwnShapes() {
        #expect(StackedGauge.characters([5, 2, 1], of: 10, width: 10, glyphs: .unicode) == "█████▓▓▒░░")
        #expect(StackedGauge.characters([5, 2, 1], of: 10, width: 10, glyphs: .ascii) == "#####++-..")
        #expect(StackedGauge.characters([10], of: 10, width: 4, glyphs: .unicode) == "████", "a full whole fills the bar")
        #expect(StackedGauge.characters([0, 0], of: 10, width: 4, glyphs: .unicode) == "░░░░")
    }

    @Test func aSmallPartStillShowsAndNothingOverflows() {
        #expect(StackedGauge.characters([244, 1, 60], of: 509, width: 10, glyphs: .unicode) == "████▓▒░░░░")
        #expect(StackedGauge.characters([10, 1], of: 10, width: 5, glyphs: .unicode) == "████▓", "a part past the whole takes a cell from the widest")
        #expect(StackedGauge.characters([1, 1, 1], of: 3, width: 2, glyphs: .ascii).count == 2)
        #expect(StackedGauge.characters([3], of: 0, width: 3, glyphs: .ascii) == "...", "no whole, no parts")
    }

    @Test func drawsEachPartInItsRole() {
        let grid = rendered(8, 1) { grid in
            StackedGauge.draw([.init(2, role: .good), .init(2, role: .chart2), .init(2, role: .unknown)], of: 8, in: &grid,
                              grid.bounds, glyphs: .unicode)
        }
        #expect(grid.text == "██▓▓▒▒░░")
        #expect(grid.roleLayer == "gg22??__")
    }
}
