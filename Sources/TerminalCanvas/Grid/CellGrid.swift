/// The screen as data: a width × height array of cells that every screen renders into and that
/// tests read. Only the terminal layer turns it into ncurses calls.
///
/// Writes are clipped to the grid and measured in display columns, never in characters.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` from (x, y), clipped to `clip` (the grid by default) and to `maxWidth`
    /// columns, and returns the columns written. A wide character that does not fit whole is
    /// replaced by a space.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .text,
                               maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return 0 }
        let limit = min(area.maxX, width, maxWidth.map { x + $0 } ?? Int.max)
        var column = x
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                if column < limit, column >= max(0, area.x) { self[column, y] = Cell(" ", role: role) }
                column = limit
                break
            }
            if column >= max(0, area.x) {
                clearWide(at: column, y: y)
                self[column, y] = Cell(character, role: role, width: UInt8(characterWidth))
                if characterWidth == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = .continuation(role: role)
                }
            }
            column += characterWidth
        }
        return max(0, column - x)
    }

    /// Writes one character one column wide at (x, y) when it is on the grid: what `write` does
    /// for a one-character text, without measuring it (for canvases that draw cell by cell).
    public mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole) {
        guard contains(x: x, y: y) else { return }
        clearWide(at: x, y: y)
        self[x, y] = Cell(character, role: role)
    }

    /// Fills a rectangle with one character and role. A wide character cut by the rectangle's
    /// left or right edge is blanked whole.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .text) {
        let area = clipped(rect)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            clearWide(at: area.x, y: y)
            clearWide(at: area.maxX - 1, y: y)
            for x in area.x..<area.maxX { self[x, y] = Cell(character, role: role) }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the characters.
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let area = clipped(rect)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { self[x, y].role = role }
        }
    }

    public func clipped(_ rect: Rect) -> Rect {
        let left = max(0, rect.x)
        let top = max(0, rect.y)
        return Rect(x: left, y: top, width: min(width, rect.maxX) - left, height: min(height, rect.maxY) - top)
    }

    /// The characters, one line per row, trailing spaces removed.
    public var text: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The roles, one letter per column (`StyleRole.letter`), one line per row.
    public var roleLayer: String {
        (0..<height).map { y in String((0..<width).map { self[$0, y].role.letter }) }.joined(separator: "\n")
    }

    /// One row's characters, for tests.
    public func line(_ y: Int) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: false)[y])
    }

    /// Before overwriting a cell, blanks the other half of a wide character it belongs to.
    private mutating func clearWide(at x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", role: self[x - 1, y].role)
        } else if cell.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(" ", role: cell.role)
        }
    }
}
