import Testing
@testable import TerminalCanvas

/// The territories of a dot map: each dot within the reach goes to the nearest centre.
@Suite("Territories on a layered dot canvas")
struct LayeredDotCanvasTests {
    @Test func aLoneCentreIsADiscOfItsReach() {
        var canvas = LayeredDotCanvas(width: 10, height: 5, layers: 2)
        canvas.plotTerritories([(x: 10, y: 10, layer: 1, marked: false)], reach: 3)
        #expect(canvas.layer(column: 5, row: 2) == 1, "the centre's cell")
        #expect(canvas.layer(column: 6, row: 2) == 1 && canvas.layer(column: 4, row: 2) == 1, "3 dots either side")
        #expect(canvas.layer(column: 7, row: 2) == nil && canvas.layer(column: 5, row: 4) == nil, "nothing beyond the reach")
        #expect(canvas.pointCount(column: 5, row: 2) == 1 && canvas.pointCount(column: 6, row: 2) == 0, "only centres are counted")
    }

    @Test func twoCentresShareTheSpaceBetweenThemHalfway() {
        var canvas = LayeredDotCanvas(width: 8, height: 1, layers: 2)
        canvas.plotTerritories([(x: 1, y: 1, layer: 0, marked: false), (x: 14, y: 1, layer: 1, marked: true)], reach: 10)
        #expect((0...3).allSatisfy { canvas.layer(column: $0, row: 0) == 0 }, "dots 0–7 are nearer the first")
        #expect((4...7).allSatisfy { canvas.layer(column: $0, row: 0) == 1 }, "dots 8–15 are nearer the second")
        #expect(!canvas.isMarked(column: 3, row: 0) && canvas.isMarked(column: 4, row: 0), "only the marked centre's territory is marked")
        #expect(canvas.markedBounds == Rect(x: 4, y: 0, width: 4, height: 1))
    }

    @Test func aCentreOffTheCanvasDrawsOnlyWhatFallsOnIt() {
        var canvas = LayeredDotCanvas(width: 4, height: 2, layers: 1)
        canvas.plotTerritories([(x: -2, y: 3, layer: 0, marked: false)], reach: 3)
        #expect(canvas.layer(column: 0, row: 0) == 0, "its edge reaches the canvas")
        #expect(canvas.layer(column: 1, row: 0) == nil)
        #expect((0..<4).allSatisfy { canvas.pointCount(column: $0, row: 0) == 0 }, "a centre off the canvas is not counted")
    }
}
