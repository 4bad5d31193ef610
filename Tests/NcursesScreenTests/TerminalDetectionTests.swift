import Testing
@testable import NcursesScreen
import TerminalCanvas

@Suite("Locale, colour and terminal type detection")
struct TerminalDetectionTests {
    @Test func utf8CodesetsAreRecognised() {
        for codeset in ["UTF-8", "utf-8", "utf8", "UTF8", "UTF-8@euro"] {
            #expect(LocaleDetection.isUTF8(codeset: codeset), "\(codeset)")
        }
        for codeset in ["ANSI_X3.4-1968", "ISO-8859-1", "", "UTF-16"] {
            #expect(!LocaleDetection.isUTF8(codeset: codeset), "\(codeset)")
        }
    }

    @Test func theGlyphsFollowTheCodeset() {
        #expect(LocaleDetection.glyphs(codeset: "UTF-8", forceASCII: false) == (.unicode, nil))
        let c = LocaleDetection.glyphs(codeset: "ANSI_X3.4-1968", forceASCII: false)
        #expect(c.glyphs == .ascii)
        #expect(c.notice == .asciiGlyphs(codeset: "ANSI_X3.4-1968"))
        // Asked for: ASCII without a notice.
        #expect(LocaleDetection.glyphs(codeset: "UTF-8", forceASCII: true) == (.ascii, nil))
    }

    @Test func theLocaleVariableThatDecidesIsTheFirstSetOne() {
        func names(_ variables: [String: String]) -> Bool {
            LocaleDetection.namesUTF8 { variables[$0] }
        }
        #expect(names(["LANG": "en_US.UTF-8"]))
        #expect(names(["LC_CTYPE": "id_ID.utf8", "LANG": "C"]))
        #expect(names(["LC_ALL": "", "LANG": "C.UTF-8"]))
        #expect(!names(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(!names(["LANG": "id_ID"]))
        #expect(!names([:]))
    }

    @Test func colourDepthComesFromTerminfo() {
        #expect(ColorDetection.depth(terminalColors: 256, noColor: nil, override: .auto) == (.ansi256, nil))
        #expect(ColorDetection.depth(terminalColors: 8, noColor: nil, override: .auto) == (.ansi8, nil))
        #expect(ColorDetection.depth(terminalColors: 88, noColor: nil, override: .auto) == (.ansi16, nil))
        #expect(ColorDetection.depth(terminalColors: 0, noColor: nil, override: .auto) == (.mono, nil))
    }

    @Test func noColorMeansMonoUnlessTheUserAsksForColours() {
        #expect(ColorDetection.depth(terminalColors: 256, noColor: "1", override: .auto) == (.mono, .noColor))
        #expect(ColorDetection.depth(terminalColors: 256, noColor: "", override: .auto) == (.ansi256, nil))
        #expect(ColorDetection.depth(terminalColors: 256, noColor: "1", override: .ansi16) == (.ansi16, nil))
        // Nothing to tell when the terminal has no colour anyway.
        #expect(ColorDetection.depth(terminalColors: 0, noColor: "1", override: .auto) == (.mono, nil))
    }

    @Test func theOverrideCannotExceedTheTerminal() {
        #expect(ColorDetection.depth(terminalColors: 256, noColor: nil, override: .ansi8) == (.ansi8, nil))
        #expect(ColorDetection.depth(terminalColors: 256, noColor: nil, override: .mono) == (.mono, nil))
        #expect(ColorDetection.depth(terminalColors: 8, noColor: nil, override: .ansi256) == (.ansi8, nil))
        #expect(ColorDetection.depth(terminalColors: 0, noColor: nil, override: .ansi16) == (.mono, nil))
    }

    @Test func theOverrideNamesMatchTheCommandLine() {
        #expect(ColorOverride.allCases.map(\.rawValue) == ["auto", "mono", "8", "16", "256"])
        #expect(ColorOverride.allCases.map(\.depth) == [nil, .mono, .ansi8, .ansi16, .ansi256])
    }

    @Test func unknownTerminalsFallBackToXterm() {
        #expect(TerminalType.candidates(for: "xterm-kitty") == ["xterm-kitty", "xterm-256color", "xterm"])
        #expect(TerminalType.candidates(for: "xterm-256color") == ["xterm-256color", "xterm"])
        #expect(TerminalType.candidates(for: "xterm") == ["xterm", "xterm-256color"])
        #expect(TerminalType.isDumb("dumb"))
        #expect(!TerminalType.isDumb("vt100"))
    }

    @Test func paddingIsRemovedFromTerminfoStrings() {
        func strip(_ text: String) -> String {
            String(decoding: TerminfoString.strippingPadding(Array(text.utf8)), as: UTF8.self)
        }
        #expect(strip("\u{1B}[m\u{0F}$<2>") == "\u{1B}[m\u{0F}")
        #expect(strip("\u{1B}[H\u{1B}[J$<50>") == "\u{1B}[H\u{1B}[J")
        #expect(strip("a$<5.5*/>b$<1>") == "ab")
        #expect(strip("\u{1B}[?1049l\u{1B}[23;0;0t") == "\u{1B}[?1049l\u{1B}[23;0;0t")
        #expect(strip("cost $<x> and $<") == "cost $<x> and $<")
    }
}
