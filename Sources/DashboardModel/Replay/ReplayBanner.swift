import Localization
import RolloutData
package import TerminalCanvas

/// The words of the replay: the banner naming what landed on the day shown ("7 Mar 2024 — 16 /
/// 17 ! MPP diresmikan", the disputed count in the conflict role), and its part of the status
/// bar (speed, paused, finished). Every figure comes from the data.
package enum ReplayBanner {
    /// A piece of the banner and its role.
    package typealias Segment = (text: String, role: StyleRole)

    /// The banner as pieces of text and their roles; empty when no replay runs.
    package static func segments(_ state: DashboardState) -> [Segment] {
        guard let replay = state.replay else { return [] }
        let language = state.language
        let dash = state.glyphs.emDash
        func line(_ date: String, _ key: TextKey, _ figure: String = "", role: StyleRole = .header, then more: String = "") -> [Segment] {
            // The figure is cut out of the sentence, so that it takes its own role.
            let parts = language.text(key, "\u{1}", more).split(separator: "\u{1}", omittingEmptySubsequences: false)
            let lead = "\(date) \(dash) "
            guard parts.count == 2 else { return [(lead + parts.joined(), .header)] }
            return [(lead + parts[0], .header), (figure, role), (String(parts[1]), .header)]
        }
        // A record's own date when it is what puts it on this day, else "by" the day: an MPP
        // known only to be open by then, a soft launch narrowed by a window.
        func when(_ date: PartialDate?) -> String {
            if let date, date.lastDay == replay.day { return language.date(date) }
            return language.text(.replayBy, language.date(replay.day))
        }
        switch replay.landing {
        case .start:
            return line(language.date(replay.day), .replayStart)
        case .end:
            return line(language.date(replay.day), .replayEnd)
        case .batches(let batches):
            return batches.enumerated().flatMap { offset, batch -> [Segment] in
                let counts = batch.announcedCounts.isEmpty ? [batch.mallIDs.count] : batch.announcedCounts
                let disputed = counts.count > 1
                let figure = counts.map(language.integer).joined(separator: " / ") + (disputed ? " !" : "")
                let text = line(when(batch.date), batch.kind == .inauguration ? .replayBatch : .replaySoftLaunch, figure,
                                role: disputed ? .conflict : .header)
                return offset == 0 ? text : [(state.glyphs.separator, .header)] + text
            }
        case .openings(let malls):
            let dates = Set(malls.map { when(ReplaySteps.openingStage($0)?.date) })
            let date = dates.count == 1 ? dates.first! : when(nil)
            let names = malls.map(\.name).joined(separator: ", ")
            if malls.count > 1 { return line(date, .replayOpenedMany, language.integer(malls.count), then: names) }
            let inaugurated = ReplaySteps.openingStage(malls[0])?.stage == .inaugurated
            return line(date, inaugurated ? .replayOpenedInaugurated : .replayOpenedOperating, names)
        case .totals(let totals):
            let dates = Set(totals.map { when($0.date) })
            let date = dates.count == 1 ? dates.first! : when(nil)
            var pieces: [Segment] = []
            for (offset, total) in totals.enumerated() {
                let figure = RecordNames.totalFigure(total, state)
                if offset > 0 { pieces.append((" / ", .header)) }
                pieces.append((figure.text, figure.disputed ? .conflict : .header))
                pieces.append((" (\(RecordNames.reporter(total.reporter, sources: total.sources, state)))", .header))
            }
            let sentence = line(date, .replayTotal)
            return Array(sentence.prefix(1)) + pieces + Array(sentence.dropFirst(2))
        }
    }

    /// The replay's part of the status bar: "Putar ulang 2× · dijeda", "Putar ulang selesai".
    package static func status(_ state: DashboardState) -> String? {
        guard let replay = state.replay else { return nil }
        let language = state.language
        if replay.isFinished { return language.text(.replayFinished) }
        let speed = replay.speed
        let decimals = speed == speed.rounded() ? 0 : (speed * 10 == (speed * 10).rounded() ? 1 : 2)
        let times = language.decimal(speed, decimals: decimals) + (state.glyphs.isUnicode ? "×" : "x")
        let text = language.text(.replayStatus, times)
        return replay.isPaused ? text + state.glyphs.separator + language.text(.replayPaused) : text
    }
}
