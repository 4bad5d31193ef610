import DashboardModel
import Localization
import RolloutData
import TerminalCanvas

/// Where the map's lon/lat box lands on a braille canvas: an equirectangular projection of
/// lon 95–141 E, lat 6 N–11 S fitted into the canvas with square dots (a cell is 2 × 4 dots and
/// about twice as tall as wide, so a dot is about square), centred horizontally.
struct MapProjection {
    static let west = 95.0, east = 141.0, north = 6.0, south = -11.0

    /// Dots per degree.
    let scale: Double
    /// The size of the map in cells.
    let width: Int
    let height: Int

    /// The largest map that fits in `width` × `height` cells.
    init(fitting width: Int, _ height: Int) {
        scale = max(0, min(Double(2 * width) / (Self.east - Self.west), Double(4 * height) / (Self.north - Self.south)))
        self.width = min(width, Int(((Self.east - Self.west) * scale / 2).rounded(.up)) + 1)
        self.height = min(height, Int(((Self.north - Self.south) * scale / 4).rounded(.up)) + 1)
    }

    /// Where a point falls, in dots with their fractions.
    func position(_ point: GeoPoint) -> (x: Double, y: Double) {
        ((point.longitude - Self.west) * scale, (Self.north - point.latitude) * scale)
    }

    /// The dot of a point; one outside the box falls outside the canvas and is not drawn.
    func dot(_ point: GeoPoint) -> (x: Int, y: Int) {
        let (x, y) = position(point)
        return (Int(x.rounded()), Int(y.rounded()))
    }

    /// How far a region's territory reaches from its centre, in degrees: about 60 km, so that
    /// neighbouring regions tile their island between them (half the way to each neighbour) while
    /// the sea between islands stays open; never less than a dot and a half.
    static let reach = 0.55

    /// The reach in dots.
    var reachInDots: Double { max(1.5, Self.reach * scale) }

    /// Whether the map is large enough to mark MPP Digital without hiding the colours (from 120×40).
    var marksDigital: Bool { scale >= 4.5 }
}

/// Peta / Map: every kabupaten/kota with a centre as its territory of braille dots (those nearer
/// its centre than any other's, within `MapProjection.reach`) in the colour of its status on the
/// as-of day (an ASCII density without Unicode), MPP Digital marked, the selected province
/// highlighted and outlined, and below the map the selected province's figures and a legend with
/// the national counts.
enum MapScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let (points, missing) = MapPage.points(state)
        let selected = MapPage.selectedProvince(state)
        let lines = panelLines(state, width: max(1, body.width - 2), missing: missing)
        let area = Rect(x: body.x + 1, y: body.y + 1, width: max(0, body.width - 2), height: max(0, body.height - 1))
        let projection = MapProjection(fitting: area.width, max(1, area.height - 1 - min(lines.count, body.height * 2 / 5)))
        let origin = (x: area.x + (area.width - projection.width) / 2, y: area.y)
        let canvas = canvas(points, projection, selected: selected)
        drawOutline(canvas, at: origin, in: &grid, clip: body, glyphs: state.glyphs)
        canvas.draw(in: &grid, at: origin, glyphs: state.glyphs) { layer, marked in
            marked ? .selected : (MapStatus(rawValue: layer) ?? .notOnRecord).role
        }
        for point in points where point.isDigital && projection.marksDigital {
            let dot = projection.dot(point.location)
            grid.write(digitalMark(state.glyphs), x: origin.x + dot.x / 2, y: origin.y + dot.y / 4, role: .digital)
        }
        let top = origin.y + projection.height + 1
        for (row, line) in lines.prefix(max(0, body.maxY - top)).enumerated() {
            var x = body.x + 1
            for (text, role) in line {
                x += grid.write(text, x: x, y: top + row, role: role, maxWidth: max(0, body.maxX - 1 - x))
            }
        }
    }

    /// The regions on a canvas of the projection's size, each as its territory around its centre
    /// in the layer of its status, those of the selected province marked.
    static func canvas(_ points: [MapPoint], _ projection: MapProjection, selected: String?) -> LayeredDotCanvas {
        var canvas = LayeredDotCanvas(width: projection.width, height: projection.height, layers: MapStatus.allCases.count)
        canvas.plotTerritories(points.map { point in
            let (x, y) = projection.position(point.location)
            return (x, y, point.status.rawValue, point.provinceCode == selected)
        }, reach: projection.reachInDots)
        return canvas
    }

    /// A frame one cell around the selected province's cells, drawn first so that the map's dots
    /// cover it where they meet.
    private static func drawOutline(_ canvas: LayeredDotCanvas, at origin: (x: Int, y: Int), in grid: inout CellGrid,
                                    clip: Rect, glyphs: GlyphSet) {
        guard let bounds = canvas.markedBounds else { return }
        let frame = Rect(x: origin.x + bounds.x - 1, y: origin.y + bounds.y - 1, width: bounds.width + 2, height: bounds.height + 2)
        for x in frame.x..<frame.maxX {
            for y in [frame.y, frame.maxY - 1] {
                let corner = x == frame.x ? (y == frame.y ? glyphs.topLeft : glyphs.bottomLeft)
                    : x == frame.maxX - 1 ? (y == frame.y ? glyphs.topRight : glyphs.bottomRight) : glyphs.horizontal
                grid.write(String(corner), x: x, y: y, role: .title, clip: clip)
            }
        }
        for y in (frame.y + 1)..<max(frame.y + 1, frame.maxY - 1) {
            for x in [frame.x, frame.maxX - 1] { grid.write(String(glyphs.vertical), x: x, y: y, role: .title, clip: clip) }
        }
    }

    /// The mark of a kabupaten/kota with MPP Digital.
    static func digitalMark(_ glyphs: GlyphSet) -> String { glyphs.isUnicode ? "\u{25C6}" : "*" }

    /// The lines below the map, most important first: the selected province's figures, the legend
    /// with the national count of each status, the cell rule, what is not drawn, MPP Digital.
    static func panelLines(_ state: DashboardState, width: Int, missing: Int) -> [[(String, StyleRole)]] {
        func wrapped(_ text: String, _ role: StyleRole) -> [[(String, StyleRole)]] {
            TextPage.wrap(text, width: width).map { [($0, role)] }
        }
        let language = state.language
        let province = MapPage.selectedProvince(state).map { PlacePage.provinceLines($0, state) } ?? []
        var lines: [[(String, StyleRole)]] = province.prefix(2).map { [$0] }
        let sample = state.glyphs.isUnicode ? "\u{28FF}" : String(LayeredDotCanvas.densities[4])
        let counts = state.figures.coverage.allRegions
        let entries = MapStatus.allCases.map { status in
            [(sample + " ", status.role), (status.label(language) + " " + language.integer(status.count(in: counts)), StyleRole.text)]
        }
        let entryWidth = (entries.map { $0.reduce(0) { $0 + DisplayWidth.of($1.0) } }.max() ?? 0) + 3
        let perRow = max(1, width / max(1, entryWidth))
        lines += wrapped(language.text(.mapLegend, language.date(state.asOf)) + ". " + language.text(.mapCellRule), .muted)
        for start in stride(from: 0, to: entries.count, by: perRow) {
            var line: [(String, StyleRole)] = []
            for entry in entries[start..<min(entries.count, start + perRow)] {
                let used = entry.reduce(0) { $0 + DisplayWidth.of($1.0) }
                line += entry + [(String(repeating: " ", count: entryWidth - used), .text)]
            }
            lines.append(line)
        }
        if missing > 0 { lines += wrapped(language.text(.mapMissing, language.integer(missing)), .warning) }
        let marked = MapProjection(fitting: max(0, state.width - 2), state.bodyHeight).marksDigital
        lines += wrapped(language.text(marked ? .mapDigital : .mapDigitalUnmarked, digitalMark(state.glyphs),
                                       language.digitalRecorded(state.figures.digital)), .digital)
        lines += province.dropFirst(2).map { [$0] }
        return lines
    }
}
