/// A rectangle of cells: the area a widget draws into.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The top `rows` rows, and the rest.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom `rows` rows, and the rest.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// Side-by-side columns with `gap` columns between them, widths in proportion to `weights`.
    public func columns(_ weights: [Int], gap: Int = 1) -> [Rect] {
        guard !weights.isEmpty else { return [] }
        let available = max(0, width - gap * (weights.count - 1))
        let total = max(1, weights.reduce(0, +))
        var result: [Rect] = []
        var left = x
        for (index, weight) in weights.enumerated() {
            let columnWidth = index == weights.count - 1 ? max(0, maxX - left) : available * weight / total
            result.append(Rect(x: left, y: y, width: columnWidth, height: height))
            left += columnWidth + gap
        }
        return result
    }

    /// Rows stacked with `gap` rows between them, heights in proportion to `weights`.
    public func rows(_ weights: [Int], gap: Int = 0) -> [Rect] {
        guard !weights.isEmpty else { return [] }
        let available = max(0, height - gap * (weights.count - 1))
        let total = max(1, weights.reduce(0, +))
        var result: [Rect] = []
        var top = y
        for (index, weight) in weights.enumerated() {
            let rowHeight = index == weights.count - 1 ? max(0, maxY - top) : available * weight / total
            result.append(Rect(x: x, y: top, width: width, height: rowHeight))
            top += rowHeight + gap
        }
        return result
    }
}
