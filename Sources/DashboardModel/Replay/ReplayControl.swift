import RolloutData

/// What the replay's keys and ticks do to the state. Time comes only from `state.now`.
enum ReplayControl {
    /// The screens the replay runs on; starting it elsewhere shows the Overview.
    static let screens: [Screen] = [.overview, .map, .timeline]

    static func run(_ command: ReplayCommand, _ state: inout DashboardState) {
        if command == .start {
            start(&state)
            return
        }
        guard let replay = state.replay else { return }
        switch command {
        case .start:
            return
        case .stop:
            state.replay = nil
            Reducer.setAsOf(&state, replay.returnDay)
            Reducer.keepSelectionVisible(&state)
            state.message = StatusMessage(state.language.text(.replayStopped, state.language.date(state.asOf)))
            return
        case .togglePause:
            if replay.isFinished {
                state.replay?.isPaused = false
                show(&state, position: 0)
            } else {
                state.replay?.isPaused.toggle()
            }
        case .speed(let step):
            state.replay?.speedIndex = min(max(0, replay.speedIndex + step), Replay.speeds.count - 1)
        case .step(let step):
            state.replay?.isPaused = true
            show(&state, position: min(max(0, replay.position + step), replay.days.count - 1))
        }
        schedule(&state)
    }

    /// The next step, when its time has come.
    static func tick(_ state: inout DashboardState) {
        guard let replay = state.replay, let deadline = replay.deadline, deadline <= state.now else { return }
        show(&state, position: replay.position + 1)
        schedule(&state)
    }

    private static func start(_ state: inout DashboardState) {
        if !screens.contains(where: { state.route == .screen($0) }) { state.stack = [.screen(.overview)] }
        let end = min(state.dataAsOf, state.today)
        state.replay = Replay(days: ReplaySteps.days(state.store.index, through: end), returnDay: state.asOf)
        // The banner takes a row from the screen: the lists keep their selection in sight.
        Reducer.keepSelectionVisible(&state)
        show(&state, position: 0)
        schedule(&state)
    }

    /// The next deadline: one step's interval from now while running, none while paused or at the end.
    private static func schedule(_ state: inout DashboardState) {
        guard let replay = state.replay else { return }
        state.replay?.deadline = replay.isPaused || replay.isFinished ? nil : state.now + replay.stepInterval
    }

    /// Shows the step at `position`: its day as the as-of date (the start lies before the dates
    /// the keys reach), and on the Timeline its batch selected.
    private static func show(_ state: inout DashboardState, position: Int) {
        guard var replay = state.replay else { return }
        replay.position = position
        replay.landing = ReplaySteps.landing(on: replay.day, replay, state.store.index)
        state.replay = replay
        Reducer.show(&state, asOf: replay.day)
        if state.route == .screen(.timeline), case .batches(let batches) = replay.landing, let batch = batches.first {
            Reducer.select(&state, id: batch.id)
        }
    }
}
