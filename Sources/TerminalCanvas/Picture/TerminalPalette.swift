/// The RGB colours of terminal colour numbers, as xterm shows them: the 16 system colours, the
/// 6×6×6 colour cube and the 24 greys. Pictures of the screen (`GridPicture`) use them, so that a
/// theme looks in an SVG as it does in xterm.
public enum TerminalPalette {
    private static let system: [UInt32] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ]
    private static let cubeLevels: [UInt32] = [0, 95, 135, 175, 215, 255]

    /// The colour of terminal colour `index` (0–255) as 0xRRGGBB; out of range, the nearest end.
    public static func rgb(_ index: Int) -> UInt32 {
        let index = min(255, max(0, index))
        switch index {
        case 0..<16:
            return system[index]
        case 16..<232:
            let cube = index - 16
            return cubeLevels[cube / 36] << 16 | cubeLevels[cube / 6 % 6] << 8 | cubeLevels[cube % 6]
        default:
            let grey = UInt32(8 + 10 * (index - 232))
            return grey << 16 | grey << 8 | grey
        }
    }

    /// `#rrggbb` for a colour as 0xRRGGBB.
    public static func hex(_ rgb: UInt32) -> String {
        let digits = String(rgb, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
