#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// WCAG 2 contrast between terminal colours, from the standard xterm 256-colour palette.
public enum Contrast {
    /// The RGB of an xterm colour number.
    public static func rgb(_ color: Int) -> (Int, Int, Int) {
        let system: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch color {
        case 0..<16: return system[color]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let index = color - 16
            return (levels[index / 36], levels[index / 6 % 6], levels[index % 6])
        default:
            let grey = 8 + 10 * (color - 232)
            return (grey, grey, grey)
        }
    }

    /// The contrast ratio (1…21); `nil` colours are the terminal's own: white text on black for a
    /// dark terminal, black on white for a light one.
    public static func ratio(foreground: Int?, background: Int?, darkTerminal: Bool) -> Double {
        let foregroundRGB = foreground.map(rgb) ?? (darkTerminal ? (255, 255, 255) : (0, 0, 0))
        let backgroundRGB = background.map(rgb) ?? (darkTerminal ? (0, 0, 0) : (255, 255, 255))
        let lighter = max(luminance(foregroundRGB), luminance(backgroundRGB))
        let darker = min(luminance(foregroundRGB), luminance(backgroundRGB))
        return (lighter + 0.05) / (darker + 0.05)
    }

    static func luminance(_ color: (Int, Int, Int)) -> Double {
        func channel(_ value: Int) -> Double {
            let scaled = Double(value) / 255
            return scaled <= 0.03928 ? scaled / 12.92 : pow((scaled + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
    }
}
