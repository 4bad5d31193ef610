/// Whether something held on a given day, as far as the sources tell.
///
/// A date known only by year or month makes the days inside that period `possibly` (narrowed by a
/// date window when sources bound it); an unknown date makes every day before the snapshot's own
/// date `possibly`, or before its window's `notAfter`. Queries count `yes` and
/// `possibly` separately instead of guessing.
public enum Certainty: Int, Comparable, Sendable {
    case no
    case possibly
    case yes

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// From which day an MPP was possibly, and certainly, open: what `Mall.openCertainty` answers
/// for any day, computed once per MPP so that a query over many days or many MPPs does no more
/// than compare days.
public struct OpenInterval: Hashable, Sendable {
    /// The first day the MPP may have been open; nil when it never opened.
    public var possiblyFrom: Day?
    /// The first day it was open for certain; nil when it never opened.
    public var certainlyFrom: Day?

    public init(_ mall: Mall, knownBy: Day) {
        for event in mall.stages where event.stage.isOpen {
            let (possibly, certainly) = (event.possibleDay ?? .earliest, event.certainDay ?? knownBy)
            possiblyFrom = min(possiblyFrom ?? possibly, possibly)
            certainlyFrom = min(certainlyFrom ?? certainly, certainly)
        }
    }

    public func certainty(asOf day: Day) -> Certainty {
        if let certainlyFrom, day >= certainlyFrom { return .yes }
        if let possiblyFrom, day >= possiblyFrom { return .possibly }
        return .no
    }
}

extension Day {
    /// Before every date a snapshot can hold.
    public static let earliest = Day(year: 1, month: 1, day: 1)!
}

extension Mall {
    /// Whether the MPP was open to the public (operating or inaugurated) on `day`.
    public func openCertainty(asOf day: Day, knownBy: Day) -> Certainty {
        OpenInterval(self, knownBy: knownBy).certainty(asOf: day)
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
