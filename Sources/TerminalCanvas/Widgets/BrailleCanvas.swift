/// A dot canvas for line charts: each cell holds 2 × 4 dots, drawn as a Unicode braille
/// character (U+2800 plus one bit per dot).
public struct BrailleCanvas: Hashable, Sendable {
    /// The size in cells.
    public let width: Int
    public let height: Int
    /// The dot bits of each cell, row by row.
    private var cells: [UInt8]

    /// A canvas of `width` × `height` cells = (2·width) × (4·height) dots; (0,0) is top-left.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: 0, count: self.width * self.height)
    }

    public var dotWidth: Int { 2 * width }
    public var dotHeight: Int { 4 * height }

    /// The braille bit of each dot in a cell, by [row][column]: dots 1, 2, 3, 7 down the left,
    /// 4, 5, 6, 8 down the right.
    static let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Sets one dot; ignores dots outside.
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        cells[(y / 4) * width + x / 2] |= Self.bits[y % 4][x % 2]
    }

    /// A straight line of dots (Bresenham), both ends included; dots outside are ignored.
    public mutating func line(from: (x: Int, y: Int), to: (x: Int, y: Int)) {
        let dx = abs(to.x - from.x), dy = -abs(to.y - from.y)
        let stepX = from.x < to.x ? 1 : -1, stepY = from.y < to.y ? 1 : -1
        var (x, y) = from
        var error = dx + dy
        while true {
            set(x: x, y: y)
            if x == to.x, y == to.y { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }

    /// Unicode braille (U+2800 + dot bits) in role `role`; in ASCII, a cell's character says where
    /// its dots sit: `'` in the top row only, `-` in one of the two middle rows only, `.` in the
    /// bottom row only, `:` in two rows or more.
    ///
    /// Cells without dots are left as they are, so that axes or labels drawn first stay visible.
    public func draw(in grid: inout CellGrid, at origin: (x: Int, y: Int), role: StyleRole = .chart1,
                     glyphs: GlyphSet) {
        for row in 0..<height {
            for column in 0..<width where cells[row * width + column] != 0 {
                let dots = cells[row * width + column]
                let character = glyphs.isUnicode
                    ? Character(Unicode.Scalar(0x2800 + UInt32(dots))!) : Self.asciiCharacter(dots)
                grid.put(character, x: origin.x + column, y: origin.y + row, role: role)
            }
        }
    }

    /// The ASCII stand-in for a cell's dots (see `draw`).
    private static func asciiCharacter(_ dots: UInt8) -> Character {
        let rows = bits.indices.filter { dots & (bits[$0][0] | bits[$0][1]) != 0 }
        guard rows.count == 1 else { return ":" }
        switch rows[0] {
        case 0: return "'"
        case 3: return "."
        default: return "-"
        }
    }
}
