public import RolloutData

/// The replay (`r`, `mppdash --replay`): the as-of date animated from the day before the first
/// dated fact (nothing open, coverage 0) to the snapshot's date, one step per date on which
/// something lands. Its deadline is on the clock of `DashboardState.now`; the app loop sends
/// `.tick` when it comes (`DashboardState.nextTick`).
public struct Replay: Hashable, Sendable {
    /// The days it stops on, in order: the start first, the snapshot's date last.
    public let days: [Day]
    /// The step shown: an index into `days`.
    public internal(set) var position = 0
    /// What landed on the day shown.
    public internal(set) var landing: ReplayLanding = .start
    /// An index into `Replay.speeds`.
    public internal(set) var speedIndex = Replay.normalSpeed
    public internal(set) var isPaused = false
    /// When the next step lands; nil while paused or finished.
    public internal(set) var deadline: Duration?
    /// The as-of day before the replay, which ending it returns to.
    public let returnDay: Day

    /// The speeds `+` and `-` choose from, as multiples of one step per `interval`.
    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8]
    /// 1×.
    public static let normalSpeed = 2
    /// The time between two steps at 1×.
    public static let interval: Duration = .milliseconds(1500)

    init(days: [Day], returnDay: Day) {
        self.days = days
        self.returnDay = returnDay
    }

    /// The day shown.
    public var day: Day { days[position] }
    public var speed: Double { Self.speeds[speedIndex] }
    /// True on the snapshot's date, where the replay stops.
    public var isFinished: Bool { position == days.count - 1 }
    /// The time between two steps at the current speed.
    public var stepInterval: Duration { Self.interval / speed }
}

/// What landed on a day of the replay, which its banner names.
public enum ReplayLanding: Hashable, Sendable {
    /// The day before the first dated fact.
    case start
    /// Batches dated to the day (or whose window ends on it).
    case batches([Batch])
    /// MPPs known by name first open for certain on the day, outside a batch.
    case openings([Mall])
    /// National totals reported on the day, with no batch or opening.
    case totals([ReportedTotal])
    /// The snapshot's date, when nothing else lands on it.
    case end
}

/// What the keys of the replay do.
public enum ReplayCommand: Hashable, Sendable {
    /// Starts the replay (`r`, `--replay`), on the Overview unless the Map or the Timeline is shown.
    case start
    /// Ends it, the as-of date back where it was (Esc, `r`).
    case stop
    /// Pauses or resumes; at the end, starts again (Space).
    case togglePause
    /// One speed faster (1) or slower (-1) (`+`, `-`).
    case speed(Int)
    /// One step later (1) or earlier (-1), pausing (→, ←).
    case step(Int)
}
