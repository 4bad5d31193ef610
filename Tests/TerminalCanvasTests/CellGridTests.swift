import Testing
@testable import TerminalCanvas

@Suite("The cell grid")
struct CellGridTests {
    @Test func runningTextIsCutAtTheEndOfAWord() {
        #expect("Over all 514 regencies/cities: 243/514".truncatedAtWord(toColumns: 20) == "Over all 514 …")
        #expect("Cakupan terhadap seluruh 514".truncatedAtWord(toColumns: 40) == "Cakupan terhadap seluruh 514")
        #expect("Kepulauan-Siau-Tagulandang".truncatedAtWord(toColumns: 12) == "Kepulauan-S…", "one long word is cut inside it")
        #expect("A Kepulauan-Siau-Tagulandang".truncatedAtWord(toColumns: 12) == "A Kepulauan…", "a cut keeping little is not made")
    }

    @Test func truncatesByDisplayColumnsWithAnEllipsis() {
        #expect("Kepulauan Siau Tagulandang Biaro".truncated(toColumns: 20) == "Kepulauan Siau Tagu…")
        #expect("Kepulauan Siau Tagulandang Biaro".truncated(toColumns: 20, ellipsis: "~") == "Kepulauan Siau Tagu~")
        #expect("Gowa".truncated(toColumns: 20) == "Gowa")
        #expect("日本語テキスト".truncated(toColumns: 7) == "日本語…")
        #expect("Gowa".padded(toColumns: 6, alignment: .right) == "  Gowa")
    }

    @Test func widthsFollowDisplayColumns() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("語") == 2)
        #expect(DisplayWidth.of("─") == 1)
        #expect(DisplayWidth.of("Sulawesi Selatan") == 16)
    }

    @Test func writesAreClippedToTheGridAndTheLimit() {
        var grid = CellGrid(width: 10, height: 2)
        #expect(grid.write("Sumatera Utara", x: 2, y: 0, role: .header) == 8)
        #expect(grid.line(0) == "  Sumatera")
        #expect(grid.write("abc", x: 0, y: 1, maxWidth: 2) == 2)
        #expect(grid.line(1) == "ab")
        #expect(grid.write("x", x: 0, y: 5) == 0)
        #expect(grid.roleLayer.split(separator: "\n")[0] == "..HHHHHHHH")
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var grid = CellGrid(width: 5, height: 1)
        grid.write("ab語語", x: 0, y: 0)
        #expect(grid.line(0) == "ab語")
        #expect(grid[3, 0].isContinuation)
        grid.write("x", x: 3, y: 0)
        #expect(grid.line(0) == "ab x")
    }

    @Test func fillBlanksAWideCharacterCutByItsEdges() {
        var grid = CellGrid(width: 8, height: 1)
        grid.write("語語語語", x: 0, y: 0)
        grid.fill(Rect(x: 3, y: 0, width: 2, height: 1), with: "-")
        #expect(grid.line(0) == "語 -- 語")
        #expect(grid.wideCharactersAreWhole)
    }
}
