/// Days that sources put around an imprecise or unknown date: the event happened on or after
/// `notBefore` and on or before `notAfter` (at least one of them is given).
///
/// The 2024 soft launch, dated only "2024", happened after 2024-06-24 and before 2024-08-20:
/// `DateWindow(notBefore: 2024-06-25, notAfter: 2024-08-19)`.
public struct DateWindow: Hashable, Sendable {
    public var notBefore: Day?
    public var notAfter: Day?

    public init(notBefore: Day?, notAfter: Day?) {
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}

/// A record with a date, possibly imprecise or unknown, and possibly narrowed by a window.
public protocol DatedRecord {
    /// nil when no source gives the date.
    var recordDate: PartialDate? { get }
    var window: DateWindow? { get }
}

extension DatedRecord {
    /// The first day the event may have happened: the later of the date's first day and
    /// `notBefore`; nil when nothing bounds it from below.
    public var possibleDay: Day? {
        switch (recordDate?.firstDay, window?.notBefore) {
        case let (first?, bound?): return max(first, bound)
        case let (first, bound): return first ?? bound
        }
    }

    /// The day by which the event had happened for certain: the earlier of the date's last day and
    /// `notAfter`; nil when nothing bounds it from above.
    public var certainDay: Day? {
        switch (recordDate?.lastDay, window?.notAfter) {
        case let (last?, bound?): return min(last, bound)
        case let (last, bound): return last ?? bound
        }
    }

    /// Whether the event had happened by `day`; `knownBy` is the snapshot's date, by which every
    /// recorded event had happened.
    public func certainty(asOf day: Day, knownBy: Day) -> Certainty {
        if day >= (certainDay ?? knownBy) { return .yes }
        return day >= (possibleDay ?? .earliest) ? .possibly : .no
    }
}
