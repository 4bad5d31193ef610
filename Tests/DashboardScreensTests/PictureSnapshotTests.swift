import Foundation
import FoundationXML
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// Golden pictures (`mppdash render --format svg|html`) of the Overview and the Provinces at
/// 80×24, and the SVG read back as XML: well-formed, the size of the grid, one rectangle per run
/// of a background colour and one `<tspan>` per run of text.
@Suite("Golden pictures")
struct PictureSnapshotTests {
    static let screens: [Screen] = [.overview, .provinces]

    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    private func grid(_ screen: Screen) -> CellGrid {
        DashboardRenderer.render(DashboardState(store: store, today: ScreenSnapshotTests.today, screen: screen, width: 80, height: 24))
    }

    @Test(arguments: screens) func svg(_ screen: Screen) {
        assertSnapshot(of: SVGPicture.svg(grid(screen), theme: .standard, depth: .ansi256), as: .lines, named: "\(screen)-80x24")
    }

    @Test(arguments: screens) func html(_ screen: Screen) {
        assertSnapshot(of: HTMLPicture.html(grid(screen), theme: .standard, depth: .ansi256, title: "\(screen)"), as: .lines,
                       named: "\(screen)-80x24")
    }

    @Test(arguments: screens) func theSVGIsWellFormedWithAnElementPerRun(_ screen: Screen) throws {
        let grid = grid(screen)
        let picture = GridPicture(grid, theme: .standard, depth: .ansi256)
        let elements = ElementCounter()
        let parser = XMLParser(data: Data(SVGPicture.svg(grid, theme: .standard, depth: .ansi256).utf8))
        parser.delegate = elements
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(elements.root == ["width": "720", "height": "432", "viewBox": "0 0 720 432"])
        #expect(elements.count["rect"] == picture.backgrounds.count + 1)
        #expect(elements.count["text"] == Set(picture.runs.filter { $0.text.contains { $0 != " " } }.map(\.row)).count)
        #expect(elements.count["tspan"] == picture.runs.filter { $0.text.contains { $0 != " " } }.count)
        #expect(elements.text.filter { !$0.isWhitespace } == grid.text.filter { !$0.isWhitespace })
        #expect(picture.backgrounds.count >= 2)
    }

    @Test func runsFollowTheCellsAndTextIsEscaped() {
        var grid = CellGrid(width: 12, height: 2)
        grid.write("a<b&\"c\"", x: 0, y: 0, role: .title)
        grid.write("⣿世", x: 8, y: 0)
        grid.write("─┐", x: 0, y: 1, role: .border)
        let picture = GridPicture(grid, theme: .standard, depth: .ansi256)
        #expect(picture.runs.map(\.text) == ["a<b&\"c\"", " ", "⣿", "世", " ", "─┐", "          "])
        #expect(picture.runs.map(\.column) == [0, 7, 8, 9, 11, 0, 2])
        #expect(picture.runs.map(\.isAlone) == [false, false, true, true, false, false, false])
        let svg = SVGPicture.svg(grid, theme: .standard, depth: .ansi256)
        #expect(svg.contains(">a&lt;b&amp;&quot;c&quot;</tspan>"))
        #expect(svg.contains("<tspan x=\"81\" textLength=\"18\""))
    }
}

/// Counts the elements of an XML document, keeps the root's attributes and the text.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var count: [String: Int] = [:]
    var root: [String: String]?
    var text = ""

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = attributes.filter { $0.key != "xmlns" } }
        count[elementName, default: 0] += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
