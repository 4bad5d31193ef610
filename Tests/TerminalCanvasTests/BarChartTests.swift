import Testing
@testable import TerminalCanvas

@Suite("Bar chart")
struct BarChartTests {
    let bars = [
        BarChart.Bar(label: "Jawa Barat", value: 27, valueText: "27"),
        BarChart.Bar(label: "Bali", value: 9, valueText: "9", role: .chart2),
        BarChart.Bar(label: "Papua", value: 0, valueText: "0"),
    ]

    @Test func barsScaleToTheLargestValueWithTheValueRightAfter() {
        let grid = rendered(30, 3) { BarChart.draw(bars, in: &$0, $0.bounds, glyphs: .unicode) }
        #expect(grid.text == """
            Jawa Barat ████████████████ 27
            Bali       █████▎ 9
            Papua       0
            """)
        #expect(grid.roleLayer == """
            ...........1111111111111111...
            ...........222222.............
            ..............................
            """)
        let ascii = rendered(30, 3) { BarChart.draw(bars, in: &$0, $0.bounds, glyphs: .ascii) }
        #expect(ascii.text == """
            Jawa Barat ################ 27
            Bali       ##### 9
            Papua       0
            """)
    }

    @Test func labelsTakeAtMostAThirdAndRowsBeyondTheHeightAreDropped() {
        let long = [BarChart.Bar(label: "Kepulauan Bangka Belitung", value: 6, valueText: "6")] + bars
        let grid = rendered(30, 2) { BarChart.draw(long, in: &$0, $0.bounds, glyphs: .unicode) }
        #expect(grid.text == """
            Kepulauan… ███▌ 6
            Jawa Barat ████████████████ 27
            """)
    }

    @Test func valueTextsThatDoNotFitAreTruncated() {
        let grid = rendered(12, 2) { grid in
            BarChart.draw([BarChart.Bar(label: "Aceh", value: 1, valueText: "1.234.567")], in: &grid, grid.bounds,
                          glyphs: .ascii)
        }
        #expect(grid.text == "Aceh  1.234~\n")
    }

    @Test func wideLabelsAreNeverHalfDrawn() {
        let wide = [
            BarChart.Bar(label: "日本語テキスト", value: 1, valueText: "1"),
            BarChart.Bar(label: "Bali", value: 1, valueText: "1"),
        ]
        let grid = rendered(16, 2) { BarChart.draw(wide, in: &$0, $0.bounds, glyphs: .unicode) }
        #expect(grid.text == "日本… ████████ 1\nBali  ████████ 1")
        #expect(grid.wideCharactersAreWhole)
    }

    @Test func noPositiveValuesDrawNoBars() {
        let negative = [BarChart.Bar(label: "A", value: -2, valueText: "-2")]
        let grid = rendered(12, 1) { BarChart.draw(negative, in: &$0, $0.bounds, glyphs: .unicode) }
        #expect(grid.text == "A  -2")
    }
}
