import Testing
import TerminalCanvas
@testable import NcursesScreen

@Suite("What of a style shows on a blank")
struct BlankStyleTests {
    @Test func aBlankKeepsItsBackgroundAndLosesItsForegroundBoldAndDim() {
        let style = TerminalStyle(foreground: 231, background: 25, attributes: [.bold, .dim])
        #expect(BlankStyle.visible(style) == TerminalStyle(background: 25))
        #expect(BlankStyle.visible(TerminalStyle(foreground: 245)) == TerminalStyle())
    }

    @Test func reverseShowsTheForegroundSoItStaysWhole() {
        let style = TerminalStyle(foreground: 231, background: 25, attributes: [.reverse, .bold])
        #expect(BlankStyle.visible(style) == style)
    }

    @Test func anUnderlineShowsInTheForegroundColour() {
        let style = TerminalStyle(foreground: 117, attributes: [.underline, .bold])
        #expect(BlankStyle.visible(style) == TerminalStyle(foreground: 117, attributes: .underline))
    }

    @Test func aBlankIsASpaceOneColumnWide() {
        #expect(Cell(" ", role: .header).isBlank)
        #expect(!Cell("a").isBlank)
        #expect(!Cell.continuation(role: .text).isBlank)
    }
}
