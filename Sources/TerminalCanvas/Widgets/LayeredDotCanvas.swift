/// A braille canvas of points that belong to layers, for a dot map: each point is a small square
/// cluster of dots, or the territory of the dots nearer to it than to any other point within a
/// reach (`plotTerritories`); each cell is drawn in the role of the layer with the most dots in it
/// (on a tie, the layer listed first), and without Unicode a cell shows how many points it holds
/// (`.:oO@`). Points can be marked (a selection): a cell any marked point reaches is marked.
public struct LayeredDotCanvas: Sendable {
    /// The size in cells.
    public let width: Int
    public let height: Int
    public let layerCount: Int
    /// The dot bits of each cell, row by row.
    private var bits: [UInt8]
    /// The dots of each layer in each cell: `layerCount` counters per cell.
    private var layerDots: [UInt16]
    /// The points whose centre lies in each cell.
    private var points: [UInt16]
    /// Whether a marked point reaches each cell.
    private var marks: [Bool]

    /// A canvas of `width` × `height` cells = (2·width) × (4·height) dots; (0,0) is top-left.
    public init(width: Int, height: Int, layers: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        layerCount = max(1, layers)
        bits = Array(repeating: 0, count: self.width * self.height)
        layerDots = Array(repeating: 0, count: self.width * self.height * layerCount)
        points = Array(repeating: 0, count: self.width * self.height)
        marks = Array(repeating: false, count: self.width * self.height)
    }

    public var dotWidth: Int { 2 * width }
    public var dotHeight: Int { 4 * height }

    /// A point of `layer` centred on the dot (x, y), drawn as a `size` × `size` square of dots;
    /// dots outside the canvas are left out, a centre outside it is not counted.
    public mutating func plot(x: Int, y: Int, layer: Int, size: Int = 1, marked: Bool = false) {
        let first = -(max(1, size) - 1) / 2
        for dy in first..<(first + max(1, size)) {
            for dx in first..<(first + max(1, size)) {
                paint(x: x + dx, y: y + dy, layer: layer, marked: marked)
            }
        }
        count(x: x, y: y)
    }

    /// A point at each centre (in dots, fractions allowed), each drawn as its territory: the dots
    /// within `reach` dots of it that are nearer to it than to any other centre (the first on a
    /// tie), so that close points tile the space between them and a lone one is a disc. Costs
    /// one pass over each centre's square of side 2·reach.
    public mutating func plotTerritories(_ centres: [(x: Double, y: Double, layer: Int, marked: Bool)], reach: Double) {
        let reach = max(0.5, reach)
        let reachSquared = Float(reach * reach)
        let (columns, rows) = (dotWidth, dotHeight)
        var nearest = [Float](repeating: .infinity, count: columns * rows)
        var owner = [Int32](repeating: -1, count: columns * rows)
        nearest.withUnsafeMutableBufferPointer { nearest in
            owner.withUnsafeMutableBufferPointer { owner in
                for (index, centre) in centres.enumerated() {
                    let (left, right) = (max(0, Int((centre.x - reach).rounded(.up))), min(columns - 1, Int((centre.x + reach).rounded(.down))))
                    let (top, bottom) = (max(0, Int((centre.y - reach).rounded(.up))), min(rows - 1, Int((centre.y + reach).rounded(.down))))
                    guard left <= right, top <= bottom else { continue }
                    for y in top...bottom {
                        let dy = Float(Double(y) - centre.y)
                        let row = y * columns
                        for x in left...right {
                            let dx = Float(Double(x) - centre.x)
                            let distance = dx * dx + dy * dy
                            guard distance <= reachSquared, distance < nearest[row + x] else { continue }
                            nearest[row + x] = distance
                            owner[row + x] = Int32(index)
                        }
                    }
                }
            }
        }
        let layers = centres.map { min(max(0, $0.layer), layerCount - 1) }
        for y in 0..<rows {
            let (cellRow, dotRow) = ((y / 4) * width, y % 4)
            for x in 0..<columns {
                let index = Int(owner[y * columns + x])
                guard index >= 0 else { continue }
                let cell = cellRow + x / 2
                bits[cell] |= Self.dotBits[dotRow * 2 + x % 2]
                layerDots[cell * layerCount + layers[index]] += 1
                if centres[index].marked { marks[cell] = true }
            }
        }
        for centre in centres { count(x: Int(centre.x.rounded()), y: Int(centre.y.rounded())) }
    }

    /// The braille bit of each dot of a cell, row by row (2 dots a row).
    private static let dotBits: [UInt8] = BrailleCanvas.bits.flatMap { $0 }

    /// Sets one dot in a layer; a dot outside the canvas is left out.
    private mutating func paint(x: Int, y: Int, layer: Int, marked: Bool) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / 4) * width + x / 2
        bits[cell] |= BrailleCanvas.bits[y % 4][x % 2]
        layerDots[cell * layerCount + min(max(0, layer), layerCount - 1)] += 1
        if marked { marks[cell] = true }
    }

    /// Counts a point centred on a dot; a centre outside the canvas is not counted.
    private mutating func count(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        points[(y / 4) * width + x / 2] += 1
    }

    /// The layer a cell is drawn in: the one with the most dots there, the first on a tie; nil
    /// for an empty cell.
    public func layer(column: Int, row: Int) -> Int? {
        guard column >= 0, row >= 0, column < width, row < height, bits[row * width + column] != 0 else { return nil }
        let base = (row * width + column) * layerCount
        var best = 0
        for layer in 1..<layerCount where layerDots[base + layer] > layerDots[base + best] { best = layer }
        return best
    }

    /// Whether a marked point reaches a cell.
    public func isMarked(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < width && row < height && marks[row * width + column]
    }

    /// The smallest rectangle of cells holding every marked cell; nil when none is marked.
    public var markedBounds: Rect? {
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, Int.min, Int.min)
        for row in 0..<height {
            for column in 0..<width where marks[row * width + column] {
                (minX, maxX) = (min(minX, column), max(maxX, column))
                (minY, maxY) = (min(minY, row), max(maxY, row))
            }
        }
        return minX > maxX ? nil : Rect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
    }

    /// How many points are centred in a cell.
    public func pointCount(column: Int, row: Int) -> Int {
        guard column >= 0, row >= 0, column < width, row < height else { return 0 }
        return Int(points[row * width + column])
    }

    /// The ASCII density characters, for 1, 2, 3, 4 and 5 or more points in a cell.
    public static let densities: [Character] = [".", ":", "o", "O", "@"]

    /// Draws every cell with dots in the role `role(layer, marked)` gives for its layer; cells
    /// without dots are left as they are. Without Unicode, a cell shows its point count as a
    /// density (a cell that a cluster or territory reaches but where no point is centred shows `.`).
    public func draw(in grid: inout CellGrid, at origin: (x: Int, y: Int), glyphs: GlyphSet,
                     role: (_ layer: Int, _ marked: Bool) -> StyleRole) {
        for row in 0..<height {
            for column in 0..<width {
                guard let layer = layer(column: column, row: row) else { continue }
                let character: Character
                if glyphs.isUnicode {
                    character = Character(Unicode.Scalar(0x2800 + UInt32(bits[row * width + column]))!)
                } else {
                    let count = pointCount(column: column, row: row)
                    character = Self.densities[min(max(count, 1), Self.densities.count) - 1]
                }
                grid.put(character, x: origin.x + column, y: origin.y + row, role: role(layer, marks[row * width + column]))
            }
        }
    }
}
