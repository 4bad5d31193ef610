import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// The Overview in big figures: goldens at the three sizes, in both languages and glyph sets (and
/// at 8 colours), a disputed total, and digits that are never cut.
@Suite("Golden big figures")
struct BigFiguresScreenTests {
    static let cases: [ScreenSnapshotTests.Case] = {
        var cases: [ScreenSnapshotTests.Case] = []
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            for language in Language.allCases {
                for ascii in [false, true] {
                    cases.append(.init(route: .screen(.overview), width: width, height: height, ascii: ascii, depth: .ansi256, language: language))
                }
            }
        }
        cases.append(.init(route: .screen(.overview), width: 120, height: 40, ascii: false, depth: .ansi8, language: .indonesian))
        return cases
    }()

    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func state(_ testCase: ScreenSnapshotTests.Case, asOf: Day? = nil) -> DashboardState {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, asOf: asOf, language: testCase.language, route: testCase.route,
                                   width: testCase.width, height: testCase.height, glyphs: testCase.ascii ? .ascii : .unicode)
        state.bigFigures = true
        return state
    }

    @Test(arguments: cases)
    func bigFigures(_ testCase: ScreenSnapshotTests.Case) {
        let grid = DashboardRenderer.render(state(testCase))
        assertSnapshot(of: GridSnapshot.text(grid, theme: .standard, depth: testCase.depth), as: .lines, named: testCase.name)
    }

    @Test(arguments: Language.allCases)
    func aDisputedTotal(_ language: Language) {
        let testCase = ScreenSnapshotTests.Case(route: .screen(.overview), width: 120, height: 40, ascii: false, depth: .ansi256, language: language)
        let grid = DashboardRenderer.render(state(testCase, asOf: Day(year: 2024, month: 3, day: 7)!))
        assertSnapshot(of: GridSnapshot.text(grid, theme: .standard, depth: .ansi256), as: .lines, named: "disputed-" + testCase.name)
        #expect(grid.roleLayer.contains("!"), "the disputed total in the conflict role")
    }

    /// At every size from the smallest window up, in both glyph sets, the digits drawn are whole
    /// and inside the box, and the most important figure is there.
    @Test(arguments: [GlyphSet.unicode, .ascii])
    func theDigitsAreNeverCut(_ glyphs: GlyphSet) {
        for (width, height) in [(60, 20), (80, 24), (100, 30), (120, 40), (160, 50), (200, 60), (250, 70)] {
            for day in [Day(year: 2024, month: 3, day: 7)!, Day(year: 2026, month: 1, day: 31)!] {
                var state = DashboardState(store: store, asOf: day, route: .screen(.overview), width: width, height: height, glyphs: glyphs)
                state.bigFigures = true
                let area = BigFiguresScreen.figureArea(state.body)
                let figures = BigFiguresPage.figures(state)
                let plan = BigFiguresScreen.plan(figures, in: area, glyphs: glyphs)
                guard let plan else {
                    Issue.record("no big figures at \(width)x\(height)")
                    continue
                }
                #expect(plan.height <= area.height, "\(width)x\(height)")
                #expect(plan.figures.first?.number == figures.first?.number)
                if plan.figures.count < figures.count {
                    let whole = BigDigits.sizes(glyphs).flatMap { digits in
                        [1, 2].compactMap { BigFiguresScreen.plan(figures, digits: digits, columns: $0, in: area) }
                    }
                    #expect(whole.isEmpty, "fewer figures only when all of them fit at no size")
                }
                for (index, figure) in plan.figures.enumerated() {
                    let label = plan.label(index)
                    #expect(label.x + label.width <= plan.columnWidth * (index % plan.columns + 1) + BigFiguresScreen.gap * (index % plan.columns))
                    guard let number = figure.number else { continue }
                    #expect(plan.digits.width(number) <= plan.columnWidth, "\(width)x\(height) \(number)")
                    #expect(label.y >= plan.digits.height || label.x >= plan.digits.width(number), "the words clear of the digits")
                }
                #expect(plan.numberWidths.allSatisfy { $0 + BigFiguresScreen.gap + BigFiguresScreen.minimumLabelWidth <= plan.columnWidth })
            }
        }
    }

    @Test func aWindowTooSmallForDigitsShowsTheFiguresInWords() {
        var state = DashboardState(store: store, asOf: Day(year: 2024, month: 3, day: 7)!, route: .screen(.overview), width: 40, height: 12,
                                   glyphs: .ascii)
        state.bigFigures = true
        #expect(BigFiguresScreen.plan(BigFiguresPage.figures(state), in: BigFiguresScreen.figureArea(state.body), glyphs: .ascii) == nil)
        #expect(DashboardRenderer.render(state).text.contains("191 / 192 !"))
    }

    @Test func theLargerTheWindowTheLargerTheDigits() throws {
        let heights = try [(80, 24), (120, 40), (200, 60)].map { width, height in
            var state = DashboardState(store: store, route: .screen(.overview), width: width, height: height)
            state.bigFigures = true
            let area = BigFiguresScreen.figureArea(state.body)
            return try #require(BigFiguresScreen.plan(BigFiguresPage.figures(state), in: area, glyphs: .unicode)).digits.height
        }
        #expect(heights[0] < heights[1] && heights[1] < heights[2], "\(heights)")
    }
}
