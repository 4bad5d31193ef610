@testable import TerminalCanvas

/// A blank `width` × `height` grid after `draw`.
func rendered(_ width: Int, _ height: Int, _ draw: (inout CellGrid) -> Void) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    draw(&grid)
    return grid
}

extension CellGrid {
    /// Whether every wide character has its right half, and every right half its character.
    var wideCharactersAreWhole: Bool {
        (0..<height).allSatisfy { y in
            (0..<width).allSatisfy { x in
                if self[x, y].width == 2 { return x + 1 < width && self[x + 1, y].isContinuation }
                if self[x, y].isContinuation { return x > 0 && self[x - 1, y].width == 2 }
                return true
            }
        }
    }

    /// Every row written full of two-column characters, to draw over.
    static func wide(_ width: Int, _ height: Int) -> CellGrid {
        rendered(width, height) { grid in
            for y in 0..<height { grid.write(String(repeating: "語", count: width / 2), x: 0, y: y, role: .muted) }
        }
    }
}
