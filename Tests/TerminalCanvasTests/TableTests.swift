import Testing
@testable import TerminalCanvas

@Suite("Table")
struct TableTests {
    let regencyColumns = [
        TableColumn("Wilayah", width: 12, minWidth: 6, flexible: true),
        TableColumn("MPP", width: 4, alignment: .right),
        TableColumn("Status", width: 7),
    ]
    let regencyRows: [[TableCell]] = [
        [TableCell("Gowa"), TableCell("12"), TableCell("buka", role: .good)],
        [TableCell("Kepulauan Siau Tagulandang Biaro"), TableCell("3"), TableCell("rencana", role: .warning)],
        [TableCell("Maros"), TableCell("140"), TableCell("buka", role: .good)],
    ]

    /// A `width` × `height` grid with the table drawn over all of it.
    func table(_ columns: [TableColumn], _ rows: [[TableCell]], _ state: TableState = TableState(),
               width: Int, height: Int, _ glyphs: GlyphSet = .unicode) -> CellGrid {
        rendered(width, height) { grid in
            Table.draw(columns: columns, rows: rows, state: state, in: &grid, grid.bounds, glyphs: glyphs)
        }
    }

    func regencyTable(_ glyphs: GlyphSet,
                      state: TableState = TableState(selectedRow: 1, sortColumn: 1, sortAscending: false)) -> CellGrid {
        table(regencyColumns, regencyRows, state, width: 27, height: 4, glyphs)
    }

    @Test func headerWithSortMarkerSelectionAlignmentAndTruncation() {
        let grid = regencyTable(.unicode)
        #expect(grid.text == """
             Wilayah       MPP▼ Status
             Gowa            12 buka
            ▶Kepulauan Si…    3 rencana
             Maros          140 buka
            """)
        #expect(grid.roleLayer == """
            HHHHHHHHHHHHHHHHHHHHHHHHHHH
            ....................ggggggg
            SSSSSSSSSSSSSSSSSSSSSSSSSSS
            ....................ggggggg
            """)
    }

    @Test func theSortMarkerNeverCrushesATitleThatFits() {
        let columns = [TableColumn("Kode", width: 4), TableColumn("Nama", width: 10, minWidth: 4, flexible: true)]
        let rows = [[TableCell("73"), TableCell("Sulawesi Selatan")]]
        let grid = table(columns, rows, TableState(selectedRow: nil, sortColumn: 0), width: 17, height: 2)
        #expect(grid.line(0).hasPrefix(" Kode▲ Nama"), "the sorted column takes a cell from the flexible one")
        #expect(grid.line(1) == " 73    Sulawesi …")
    }

    @Test func asciiGlyphs() {
        let grid = regencyTable(.ascii, state: TableState(selectedRow: 2, sortColumn: 0))
        #expect(grid.text == """
             Wilayah^       MPP Status
             Gowa            12 buka
             Kepulauan Si~    3 rencana
            >Maros          140 buka
            """)
        #expect(grid.roleLayer.split(separator: "\n")[3] == "SSSSSSSSSSSSSSSSSSSSSSSSSSS")
    }

    @Test func truncatesByDisplayColumnsAndNeverHalfDrawsAWideCharacter() {
        let columns = [TableColumn("名前", width: 12), TableColumn("N", width: 2, alignment: .right)]
        let rows = [[TableCell("日本語テキスト"), TableCell("7")]]
        let grid = table(columns, rows, width: 16, height: 2)
        // 12 columns: five wide characters (10) and the ellipsis, then one space of padding.
        #expect(grid.text == " 名前          N\n▶日本語テキ…   7")
        #expect(grid.wideCharactersAreWhole)
        let name = [[TableCell("Kepulauan Siau Tagulandang Biaro")]]
        let ascii = table([TableColumn("Kabupaten", width: 20)], name, width: 21, height: 2, .ascii)
        #expect(ascii.line(1) == ">Kepulauan Siau Tagu~")
    }

    @Test func rowsStartAtTheFirstVisibleRowAndTheTableClearsItsRect() {
        var grid = CellGrid(width: 27, height: 4, fill: Cell("x"))
        let state = TableState(selectedRow: nil, firstVisibleRow: 1)
        Table.draw(columns: regencyColumns, rows: regencyRows, state: state, in: &grid, grid.bounds, glyphs: .unicode)
        #expect(grid.text == """
             Wilayah        MPP Status
             Kepulauan Si…    3 rencana
             Maros          140 buka
            """ + "\n")
        #expect(Table.visibleRowCount(in: grid.bounds) == 3)
        #expect(Table.visibleRowCount(in: Rect(x: 0, y: 0, width: 5, height: 0)) == 0)
    }

    let provinceColumns = [
        TableColumn("Provinsi", width: 10),
        TableColumn("A", width: 5, alignment: .right),
        TableColumn("B", width: 5, alignment: .right),
        TableColumn("C", width: 5, alignment: .right),
        TableColumn("D", width: 5, alignment: .right),
    ]
    let provinceRows: [[TableCell]] = [
        ["Aceh", "1", "2", "3", "4"].map { TableCell($0) },
        ["Bali", "10", "20", "30", "40"].map { TableCell($0) },
    ]

    func provinceTable(_ glyphs: GlyphSet, offset: Int) -> CellGrid {
        let state = TableState(selectedRow: 1, horizontalOffset: offset)
        return table(provinceColumns, provinceRows, state, width: 24, height: 3, glyphs)
    }

    @Test func columnsThatDoNotFitAreDroppedWithAMark() {
        let grid = provinceTable(.unicode, offset: 0)
        #expect(grid.text == """
             Provinsi       A     B›
             Aceh           1     2
            ▶Bali          10    20
            """)
        #expect(provinceTable(.ascii, offset: 0).line(0) == " Provinsi       A     B>")
    }

    @Test func theFrozenColumnStaysWhenScrolledSideways() {
        #expect(provinceTable(.unicode, offset: 1).text == """
             Provinsi       B     C›
             Aceh           2     3
            ▶Bali          20    30
            """)
        // Everything from C fits: no mark; the spare column stays blank.
        #expect(provinceTable(.unicode, offset: 2).text == """
             Provinsi       C     D
             Aceh           3     4
            ▶Bali          30    40
            """)
        // An offset past the last column shows the last one.
        #expect(provinceTable(.ascii, offset: 9).text == """
             Provinsi       D
             Aceh           4
            >Bali          40
            """)
        let unfrozen = table(provinceColumns, provinceRows, TableState(horizontalOffset: 1, frozenColumns: 0),
                             width: 24, height: 2, .ascii)
        #expect(unfrozen.text == "     A     B     C     D\n>    1     2     3     4")
    }

    @Test func gaugeCells() {
        let columns = [TableColumn("Nama", width: 6), TableColumn("MPP", width: 5)]
        let rows = [[TableCell("Gowa"), TableCell.gauge(0.5)], [TableCell("Bone"), TableCell.gauge(1)]]
        let grid = table(columns, rows, TableState(selectedRow: 1), width: 13, height: 3)
        #expect(grid.text == """
             Nama   MPP
             Gowa   ██▌░░
            ▶Bone   █████
            """)
        #expect(grid.roleLayer == """
            HHHHHHHHHHHHH
            ........###__
            SSSSSSSSSSSSS
            """)
        let ascii = table(columns, rows, TableState(selectedRow: nil), width: 13, height: 3, .ascii)
        #expect(ascii.line(1) == " Gowa   ##...")
        #expect(ascii.line(2) == " Bone   #####")
    }

    @Test func shortRowsAndTinyRects() {
        let short = [[TableCell("Gowa")]]
        let grid = table(regencyColumns, short, TableState(selectedRow: 5), width: 27, height: 2, .ascii)
        #expect(grid.text == " Wilayah        MPP Status\n Gowa")
        let empty = table(regencyColumns, [], width: 27, height: 1, .ascii)
        #expect(empty.text == " Wilayah        MPP Status")
        #expect(table(regencyColumns, regencyRows, width: 3, height: 2, .ascii).text == "  >\n>")
    }

    @Test func layoutForNarrowWidths() {
        let columns = [
            TableColumn("Nama", width: 20, minWidth: 8, flexible: true),
            TableColumn("Jumlah", width: 8, minWidth: 5, alignment: .right),
            TableColumn("Cakupan", width: 10, minWidth: 6),
        ]
        // The gutter takes one column, and one space separates the columns.
        #expect(Table.layout(columns: columns, width: 50) == [29, 8, 10])
        #expect(Table.layout(columns: columns, width: 41) == [20, 8, 10])
        #expect(Table.layout(columns: columns, width: 35) == [14, 8, 10])
        #expect(Table.layout(columns: columns, width: 30) == [9, 8, 10])
        // The flexible column is at its minimum: the others give up width in turn.
        #expect(Table.layout(columns: columns, width: 25) == [8, 6, 8])
        #expect(Table.layout(columns: columns, width: 22) == [8, 5, 6])
        // Cakupan is dropped, and the last cell is kept for the mark.
        #expect(Table.layout(columns: columns, width: 21) == [10, 8, 0])
        #expect(Table.layout(columns: columns, width: 9) == [0, 0, 0])
        #expect(Table.layout(columns: columns, width: 0) == [0, 0, 0])
        #expect(Table.layout(columns: [], width: 10) == [])
        // Two flexible columns share the spare width from the left.
        let twoFlexible = [TableColumn("a", width: 3, flexible: true), TableColumn("b", width: 3, flexible: true)]
        #expect(Table.layout(columns: twoFlexible, width: 11) == [5, 4])
    }

    @Test func scrolledToSelection() {
        func scrolled(selected: Int?, first: Int, rows: Int = 20, visible: Int = 5) -> TableState {
            let state = TableState(selectedRow: selected, firstVisibleRow: first)
            return Table.scrolledToSelection(state, rowCount: rows, visibleRows: visible)
        }
        // Down: the selection becomes the last visible row.
        #expect(scrolled(selected: 7, first: 0) == TableState(selectedRow: 7, firstVisibleRow: 3))
        // Up: the selection becomes the first visible row.
        #expect(scrolled(selected: 2, first: 6) == TableState(selectedRow: 2, firstVisibleRow: 2))
        // Already visible: nothing moves.
        #expect(scrolled(selected: 4, first: 2) == TableState(selectedRow: 4, firstVisibleRow: 2))
        // Clamping the selection and the scroll to the rows.
        #expect(scrolled(selected: 30, first: 0) == TableState(selectedRow: 19, firstVisibleRow: 15))
        #expect(scrolled(selected: -3, first: 4) == TableState(selectedRow: 0, firstVisibleRow: 0))
        #expect(scrolled(selected: 19, first: 18) == TableState(selectedRow: 19, firstVisibleRow: 15))
        #expect(scrolled(selected: 1, first: 0, rows: 3) == TableState(selectedRow: 1, firstVisibleRow: 0))
        #expect(scrolled(selected: nil, first: 40) == TableState(selectedRow: nil, firstVisibleRow: 15))
        // An empty table has no selection.
        #expect(scrolled(selected: 3, first: 2, rows: 0) == TableState(selectedRow: nil, firstVisibleRow: 0))
        #expect(scrolled(selected: 3, first: 2, visible: 0) == TableState(selectedRow: 3, firstVisibleRow: 3))
        // The rest of the state is kept.
        let sorted = TableState(selectedRow: 9, sortColumn: 2, sortAscending: false, horizontalOffset: 1)
        #expect(Table.scrolledToSelection(sorted, rowCount: 20, visibleRows: 5).sortColumn == 2)
    }
}
