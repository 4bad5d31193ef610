import TerminalCanvas
import Testing
@testable import ThemeCatalog

/// WCAG 2 contrast of every text role of every built-in theme at 256 colours, computed from the
/// standard xterm palette.
@Suite("Contrast")
struct ContrastTests {
    /// The roles drawn as text (not lines or bars).
    static let textRoles = StyleRole.allCases.filter { ![.border, .gaugeFilled, .gaugeEmpty].contains($0) }

    @Test(arguments: BuiltinThemes.all.map(\.name))
    func everyTextRoleReachesFourAndAHalfToOne(_ name: String) throws {
        let theme = try #require(BuiltinThemes.all.first { $0.name == name })
        for role in Self.textRoles {
            let style = theme.style(role, depth: .ansi256)
            let ratio = Contrast.ratio(foreground: style.foreground, background: style.background, darkTerminal: theme.isDark)
            #expect(ratio >= 4.5, "\(name) \(role.rawValue): \(ratio)")
        }
    }

    @Test func thePaletteAndTheFormulaAreRight() {
        #expect(Contrast.rgb(16) == (0, 0, 0))
        #expect(Contrast.rgb(231) == (255, 255, 255))
        #expect(Contrast.rgb(196) == (255, 0, 0))
        #expect(Contrast.rgb(244) == (128, 128, 128))
        #expect(abs(Contrast.ratio(foreground: 231, background: 16, darkTerminal: true) - 21) < 0.01)
        #expect(abs(Contrast.ratio(foreground: nil, background: nil, darkTerminal: false) - 21) < 0.01)
    }
}
