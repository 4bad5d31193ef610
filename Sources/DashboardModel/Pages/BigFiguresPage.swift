package import TerminalCanvas
import Localization
import RolloutData

/// One figure of the big-figure Overview: the number as the language writes it (nil when it is
/// unknown), its role, and the words that say what it counts, beside it.
package struct BigFigure {
    package var number: String?
    package var role: StyleRole
    package var lines: [(String, StyleRole)]
}

/// Angka besar / Big figures: the Overview's headline figures for a projector, each kept apart
/// and named in words, computed from the same figures as the normal Overview.
package enum BigFiguresPage {
    /// `b`: on the Overview, switches between the normal and the big figures; elsewhere, opens
    /// the Overview in big figures.
    package static func toggle(_ state: inout DashboardState) {
        if state.route == .screen(.overview) {
            state.bigFigures.toggle()
        } else {
            state.stack = [.screen(.overview)]
            state.bigFigures = true
        }
        if state.bigFigures { state.message = StatusMessage(state.language.text(.bigFiguresOn)) }
    }

    /// The figures, most important first: the total KemenPAN-RB reported (every value side by
    /// side with a conflict mark when a conflict disputes it) and its date, its share of the
    /// target, the MPPs known by name, the regions covered by a provincial report only.
    package static func figures(_ state: DashboardState) -> [BigFigure] {
        let language = state.language
        let headline = state.figures.headline
        let units = state.figures.coverage.national.units
        var figures: [BigFigure] = []
        if let official = headline.official {
            let values = OverviewPage.reportedValues(headline)
            let disputed = values.count > 1
            var lines = [(language.text(.bigReported, language.name(official.reporter), language.date(official.date)),
                          StyleRole.text)]
            if official.isApproximate || official.isOrdinal { lines.append((language.total(official), .muted)) }
            lines += headline.disputes.map { ("! " + language.pick($0.topic), StyleRole.conflict) }
            figures.append(BigFigure(number: values.map(language.integer).joined(separator: " / ") + (disputed ? " !" : ""),
                                     role: disputed ? .conflict : .header, lines: lines))
            figures.append(BigFigure(number: language.percent(OverviewPage.share(official, units: units)), role: .header,
                                     lines: [(language.text(.bigShare, language.integer(units)), .text),
                                             (language.text(.denominatorBasis), .muted)]))
        } else {
            figures.append(BigFigure(number: nil, role: .unknown, lines: [(language.text(.headlineNone), .unknown)]))
        }
        var named = [(language.text(.bigNamed), StyleRole.text)]
        if headline.namedPossiblyOpen > 0 {
            named.append(("+\(language.integer(headline.namedPossiblyOpen)) \(language.text(.uncertain))", .unknown))
        }
        figures.append(BigFigure(number: language.integer(headline.namedOpen), role: .gaugeFilled, lines: named))
        figures.append(BigFigure(number: "+" + language.integer(headline.claimCovered), role: .chart2,
                                 lines: [(language.text(.bigClaimed), .text)]))
        return figures
    }
}
