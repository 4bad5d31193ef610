/// One terminal cell: a character, its role, and how many columns it spans.
///
/// A wide character (two columns) sits in its first cell with `width` 2; the cell to its right is
/// a continuation with `width` 0 that the terminal layer skips.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: StyleRole
    public var width: UInt8

    public init(_ character: Character = " ", role: StyleRole = .text, width: UInt8 = 1) {
        self.character = character
        self.role = role
        self.width = width
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static func continuation(role: StyleRole) -> Cell { Cell(" ", role: role, width: 0) }

    public var isContinuation: Bool { width == 0 }
}
