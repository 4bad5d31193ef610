/// What ncurses is given for one grid cell: never a byte the terminal could show as garbage.
///
/// ncurses places a character by the C library's `wcwidth`, while the grid measured it with
/// `DisplayWidth`; where the two disagree, or the locale cannot show the character at all
/// (anything but printable ASCII outside UTF-8), the cell shows `?` instead, so the columns to
/// its right stay where the grid put them.
enum CellText {
    /// The most characters one ncurses cell holds (`CCHARW_MAX`): a spacing one and marks.
    static let maximumScalars = 5
    static let replacement: UInt32 = 0x3F  // "?"
    private static let zeroWidthJoiner: UInt32 = 0x200D

    /// The scalars to draw for `character` in a cell `columns` wide (1 or 2), or nil when it
    /// cannot be shown as is. `width` is the locale's `wcwidth`.
    static func scalars(for character: Character, columns: Int, asciiOnly: Bool,
                        width: (UInt32) -> Int) -> [UInt32]? {
        let values = character.unicodeScalars.map(\.value)
        guard let first = values.first else { return nil }
        if asciiOnly {
            // A decomposed accent ("e" + U+0301) keeps its base letter.
            return (0x20..<0x7F).contains(first) && columns == 1 ? [first] : nil
        }
        guard width(first) == columns else { return nil }
        let marks = values.dropFirst().prefix { width($0) == 0 && $0 != zeroWidthJoiner }
        return [first] + marks.prefix(maximumScalars - 1)
    }
}
