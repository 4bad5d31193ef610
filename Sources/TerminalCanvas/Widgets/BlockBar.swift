/// The filled part of every horizontal bar (`Gauge`, `BarChart` and gauge cells of `Table`), so
/// that they all round the same way.
enum BlockBar {
    /// `fraction` clamped to 0...1; NaN counts as 0.
    private static func clamped(_ fraction: Double) -> Double {
        fraction.isNaN ? 0 : min(max(fraction, 0), 1)
    }

    /// The filled part of a bar `fraction` of `width` cells long: whole cells of the full block,
    /// then, in Unicode, one cell with the remaining eighths (`glyphs.eighths`). ASCII has whole
    /// cells only (its `eighths` are not used for partial cells).
    ///
    /// Rounded down, so that only 1 fills the bar (99.9 % never looks complete), except that a
    /// non-zero fraction shows at least one step (one eighth, or one cell in ASCII) and never
    /// looks like nothing.
    static func filled(_ fraction: Double, width: Int, glyphs: GlyphSet) -> String {
        let fraction = clamped(fraction)
        let stepsPerCell = glyphs.isUnicode ? glyphs.eighths.count - 1 : 1
        let steps = max(0, width) * stepsPerCell
        guard steps > 0, fraction > 0 else { return "" }
        // The tolerance keeps binary rounding from losing a step: 0.29 × 100 is 28.999999999999996.
        var filledSteps = Int((fraction * Double(steps) + 1e-9).rounded(.down))
        filledSteps = max(1, fraction < 1 ? min(filledSteps, steps - 1) : steps)
        let full = glyphs.eighths[glyphs.eighths.count - 1]
        var bar = String(repeating: full, count: filledSteps / stepsPerCell)
        if filledSteps % stepsPerCell > 0 { bar.append(glyphs.eighths[filledSteps % stepsPerCell]) }
        return bar
    }
}
