import Testing
@testable import NcursesScreen

/// Records the pairs the cache defines, as ncurses' `init_pair` would receive them.
private final class PairRecorder {
    var defined: [(pair: Int16, foreground: Int16, background: Int16)] = []
    var fails = false

    func initPair(_ pair: Int16, _ foreground: Int16, _ background: Int16) -> Bool {
        if fails { return false }
        defined.append((pair, foreground, background))
        return true
    }
}

@Suite("Colour pairs")
struct ColorPairCacheTests {
    @Test func eachCombinationGetsOnePairThatIsReused() {
        var cache = ColorPairCache(pairCount: 256, colorCount: 256, defaultColors: true)
        let recorder = PairRecorder()
        let header = cache.pair(foreground: 117, background: nil, initPair: recorder.initPair)
        let selected = cache.pair(foreground: 231, background: 25, initPair: recorder.initPair)
        #expect(header == 1)
        #expect(selected == 2)
        #expect(cache.pair(foreground: 117, background: nil, initPair: recorder.initPair) == 1)
        #expect(cache.pair(foreground: 231, background: 25, initPair: recorder.initPair) == 2)
        #expect(recorder.defined.map(\.pair) == [1, 2])
        #expect(recorder.defined[0].foreground == 117 && recorder.defined[0].background == -1)
        #expect(recorder.defined[1].foreground == 231 && recorder.defined[1].background == 25)
    }

    @Test func theTerminalsOwnColoursGetAPairOfTheirOwn() {
        var cache = ColorPairCache(pairCount: 64, colorCount: 8, defaultColors: true)
        let recorder = PairRecorder()
        #expect(cache.pair(foreground: nil, background: nil, initPair: recorder.initPair) == 1)
        #expect(cache.pair(foreground: nil, background: nil, initPair: recorder.initPair) == 1)
        #expect(recorder.defined.count == 1)
        #expect(recorder.defined[0].foreground == -1 && recorder.defined[0].background == -1)
    }

    @Test func coloursTheTerminalDoesNotHaveAreItsDefault() {
        var cache = ColorPairCache(pairCount: 64, colorCount: 8, defaultColors: true)
        let recorder = PairRecorder()
        #expect(cache.pair(foreground: 245, background: nil, initPair: recorder.initPair) == 1)
        #expect(cache.pair(foreground: -3, background: 4, initPair: recorder.initPair) == 2)
        #expect(recorder.defined.count == 2)
        #expect(recorder.defined[0].foreground == -1 && recorder.defined[0].background == -1)
        #expect(recorder.defined[1].foreground == -1 && recorder.defined[1].background == 4)
    }

    @Test func withoutDefaultColoursTheDefaultsAreWhiteOnBlack() {
        var cache = ColorPairCache(pairCount: 64, colorCount: 8, defaultColors: false)
        let recorder = PairRecorder()
        _ = cache.pair(foreground: 2, background: nil, initPair: recorder.initPair)
        _ = cache.pair(foreground: nil, background: 4, initPair: recorder.initPair)
        #expect(recorder.defined.map(\.foreground) == [2, 7])
        #expect(recorder.defined.map(\.background) == [0, 4])
    }

    @Test func neverDefinesMorePairsThanTheTerminalHas() {
        var cache = ColorPairCache(pairCount: 4, colorCount: 256, defaultColors: true)
        let recorder = PairRecorder()
        #expect(cache.pair(foreground: 1, background: nil, initPair: recorder.initPair) == 1)
        #expect(cache.pair(foreground: 2, background: 4, initPair: recorder.initPair) == 2)
        #expect(cache.pair(foreground: 3, background: nil, initPair: recorder.initPair) == 3)
        // Out of pairs: same background first, then same foreground, then the default pair.
        #expect(cache.pair(foreground: 5, background: 4, initPair: recorder.initPair) == 2)
        #expect(cache.pair(foreground: 1, background: 6, initPair: recorder.initPair) == 1)
        #expect(cache.pair(foreground: 7, background: 6, initPair: recorder.initPair) == 0)
        #expect(recorder.defined.count == 3)
        #expect(recorder.defined.allSatisfy { $0.pair < 4 })
    }

    @Test func pairNumbersStayWithinTheShortRange() {
        let cache = ColorPairCache(pairCount: 65536, colorCount: 256, defaultColors: true)
        #expect(cache.pairCount == 32768)
    }

    @Test func aFailedDefinitionFallsBackAndUsesNoNumber() {
        var cache = ColorPairCache(pairCount: 64, colorCount: 8, defaultColors: true)
        let recorder = PairRecorder()
        recorder.fails = true
        #expect(cache.pair(foreground: 1, background: nil, initPair: recorder.initPair) == 0)
        recorder.fails = false
        #expect(cache.pair(foreground: 2, background: nil, initPair: recorder.initPair) == 1)
    }

    @Test func resetStartsOverFromPairOne() {
        var cache = ColorPairCache(pairCount: 64, colorCount: 8, defaultColors: true)
        let recorder = PairRecorder()
        _ = cache.pair(foreground: 1, background: nil, initPair: recorder.initPair)
        _ = cache.pair(foreground: 2, background: nil, initPair: recorder.initPair)
        cache.reset()
        #expect(cache.pair(foreground: 3, background: nil, initPair: recorder.initPair) == 1)
        #expect(recorder.defined.map(\.pair) == [1, 2, 1])
    }
}
