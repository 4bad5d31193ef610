/// Whether something held on a given day, as far as the sources tell.
///
/// A date known only by year or month makes the days inside that period `possibly`; an unknown
/// date makes every day before the snapshot's own date `possibly`. Queries count `yes` and
/// `possibly` separately instead of guessing.
public enum Certainty: Int, Comparable, Sendable {
    case no
    case possibly
    case yes

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension StageEvent {
    /// Whether this stage had been reached by `day`; `knownBy` is the snapshot's date, by which
    /// every recorded stage had been reached.
    public func certainty(asOf day: Day, knownBy: Day) -> Certainty {
        guard let date else { return day >= knownBy ? .yes : .possibly }
        if date.lastDay <= day { return .yes }
        return date.firstDay <= day ? .possibly : .no
    }
}

extension Mall {
    /// Whether the MPP was open to the public (operating or inaugurated) on `day`.
    public func openCertainty(asOf day: Day, knownBy: Day) -> Certainty {
        stages.filter(\.stage.isOpen).map { $0.certainty(asOf: day, knownBy: knownBy) }.max() ?? .no
    }
}

extension DigitalAdoption {
    /// The furthest MPP Digital stage reached by `day`, and how sure that is: the highest stage
    /// that is certain, or else the highest that is possible.
    public func stage(asOf day: Day, knownBy: Day) -> (stage: DigitalStage, certainty: Certainty)? {
        var possible: DigitalStage?
        for event in stages.reversed() {
            switch event.certainty(asOf: day, knownBy: knownBy) {
            case .yes: return (event.stage, .yes)
            case .possibly: possible = possible ?? event.stage
            case .no: break
            }
        }
        return possible.map { ($0, .possibly) }
    }
}
