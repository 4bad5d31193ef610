import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// Undo (`u`) and redo (Ctrl-R) of the edits of a run, and the history's own bookkeeping.
@Suite("Undo and redo")
struct EditHistoryTests {
    let fixture: EditingFixture

    init() throws {
        fixture = try EditingFixture()
    }

    let total = SnapshotEdit.addReportedTotal(ReportedTotal(date: PartialDate(iso: "2026-02-10")!, total: 320, reporter: .kemenpanrb,
                                                            sources: ["menpan-2024-03-07"]))

    @Test func uUndoesAndCtrlRRedoesEachEditAndSaysWhat() throws {
        var state = fixture.state(.screen(.provinces))
        Reducer.select(&state, id: "73")
        try Editor.apply(EditingFixture.note, &state)
        try Editor.apply(total, &state)
        let edited = state.store.snapshot
        #expect(state.editing?.unsavedCount == 2)
        state = fixture.press([.character("u")], from: state).0
        #expect(state.message?.text == "Diurungkan: total 320 per 10 Feb 2026")
        #expect(state.editing?.unsavedCount == 1)
        state = fixture.press([.character("u")], from: state).0
        #expect(state.store.snapshot == fixture.store.snapshot, "back to the data as loaded")
        #expect(state.editing?.hasUnsavedChanges == false && state.editing?.unsavedCount == 0)
        #expect(fixture.press([.character("u")], from: state).0.message?.text == "Tidak ada perubahan untuk diurungkan")
        state = fixture.press([.control("r"), .control("r")], from: state).0
        #expect(state.store.snapshot == edited)
        #expect(state.message?.text == "Diulang: total 320 per 10 Feb 2026")
        #expect(state.route == .screen(.provinces) && Reducer.selectedRow(state)?.id == "73", "the view keeps its place")
        var english = state
        english.language = .english
        #expect(fixture.press([.control("r")], from: english).0.message?.text == "Nothing to redo")
        #expect(fixture.press([.character("u")], from: english).0.message?.text == "Undone: total 320 as of 10 Feb 2026")
    }

    @Test func aNewEditForgetsWhatCouldBeRedone() throws {
        var state = fixture.state()
        try Editor.apply(EditingFixture.note, &state)
        state = fixture.press([.character("u")], from: state).0
        try Editor.apply(total, &state)
        #expect(state.editing?.history.redoSteps.isEmpty == true && state.editing?.history.undoSteps.count == 1)
    }

    @Test func undoingAnAddedMPPLeavesItsPage() throws {
        var state = fixture.state(.region("73.11"))
        let mall = Mall(id: "mpp-73.11", place: .region("73.11"), name: "MPP Kabupaten Barru",
                        stages: [StageEvent(stage: .inaugurated, date: PartialDate(iso: "2026-02-10"), sources: ["menpan-2024-03-07"])],
                        sources: ["menpan-2024-03-07"])
        try Editor.apply(.addMall(mall), &state)
        state = fixture.press([.enter], from: state).0
        #expect(state.route == .mall("mpp-73.11"))
        state = fixture.press([.character("u")], from: state).0
        #expect(state.route == .region("73.11"), "the page of an MPP that no longer exists is dropped")
        #expect(state.message?.text == "Diurungkan: MPP baru MPP Kabupaten Barru")
    }

    @Test func theUnsavedCountFollowsTheSavedPoint() throws {
        var history = EditHistory()
        let snapshot = fixture.store.snapshot
        history.record(EditingFixture.note, before: snapshot)
        history.markSaved()
        #expect(history.unsavedCount == 0)
        _ = history.undo(from: snapshot)
        #expect(history.unsavedCount == 1, "undoing what was saved is a change")
        history.record(total, before: snapshot)
        #expect(history.unsavedCount == 2, "the saved edit undone, and a new one")
    }

    @Test func rebaseCarriesTheStepsAndDropsThoseItCannot() throws {
        var history = EditHistory()
        let base = fixture.store.snapshot
        let first = try base.applying(EditingFixture.note)
        history.record(EditingFixture.note, before: base)
        history.record(total, before: first)
        var moved = history
        moved.rebase { snapshot in
            var snapshot = snapshot
            snapshot.revision = 7
            return snapshot
        }
        #expect(moved.undoSteps.map(\.snapshot.revision) == [7, 7] && moved.undoSteps.map(\.edit) == [EditingFixture.note, total])
        var cut = history
        cut.rebase { $0 == base ? nil : $0 }
        #expect(cut.undoSteps.map(\.edit) == [total], "the step back to the base is dropped, and every older one")
        _ = history.undo(from: try first.applying(total))
        history.rebase { _ in nil }
        #expect(history.undoSteps.isEmpty && history.redoSteps.isEmpty)
    }
}
