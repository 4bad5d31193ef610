/// Colour pairs, allocated once per (foreground, background) and reused.
///
/// ncurses draws colour through numbered pairs, and a terminal has only `COLOR_PAIRS` of them
/// (64 on an 8-colour `xterm`). A theme uses a bounded set, so the cache normally never runs
/// out; if it does, a colour combination gets the nearest pair that already exists (same
/// background, else same foreground, else the terminal's default pair 0) instead of failing.
///
/// The terminal's own colours get a pair of their own too, not pair 0: each change from a
/// coloured cell back to pair 0 without attributes makes ncurses send a full attribute reset
/// (`ESC(B ESC[m`) after the colour change (`ESC[39m`), 6 bytes more for every run of colour.
struct ColorPairCache {
    private struct Colors: Hashable {
        var foreground: Int?
        var background: Int?
    }

    /// The number of pairs, pair 0 (the terminal's default colours) included.
    let pairCount: Int
    /// Colours are numbered 0..<colorCount; others are drawn in the default colour.
    let colorCount: Int
    /// Whether -1 means the terminal's own colour (`use_default_colors` succeeded). Without it
    /// the defaults are white on black.
    let defaultColors: Bool

    private var pairs: [Colors: Int16] = [:]
    private var allocated: [(colors: Colors, pair: Int16)] = []

    init(pairCount: Int, colorCount: Int, defaultColors: Bool) {
        self.pairCount = min(pairCount, Int(Int16.max) + 1)
        self.colorCount = colorCount
        self.defaultColors = defaultColors
    }

    /// The pair for two colours (nil: the terminal's own; 0 only when no pair is left).
    /// `initPair(pair, foreground,
    /// background)` defines a new pair in ncurses and says whether that worked.
    mutating func pair(foreground: Int?, background: Int?,
                       initPair: (Int16, Int16, Int16) -> Bool) -> Int16 {
        let colors = Colors(foreground: valid(foreground), background: valid(background))
        if let pair = pairs[colors] { return pair }
        let pair: Int16
        let next = allocated.count + 1
        if next < pairCount,
           initPair(Int16(next), number(colors.foreground, default: 7), number(colors.background, default: 0)) {
            pair = Int16(next)
            allocated.append((colors, pair))
        } else {
            pair = nearest(to: colors)
        }
        pairs[colors] = pair
        return pair
    }

    /// Forgets every pair, for a new theme: pairs are then defined again from 1.
    mutating func reset() {
        pairs.removeAll()
        allocated.removeAll()
    }

    private func valid(_ color: Int?) -> Int? {
        guard let color, color >= 0, color < colorCount, color <= Int(Int16.max) else { return nil }
        return color
    }

    private func number(_ color: Int?, default fallback: Int16) -> Int16 {
        color.map { Int16($0) } ?? (defaultColors ? -1 : fallback)
    }

    private func nearest(to colors: Colors) -> Int16 {
        allocated.first { $0.colors.background == colors.background }?.pair
            ?? allocated.first { $0.colors.foreground == colors.foreground }?.pair
            ?? 0
    }
}
