import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// Saving (Ctrl-S, `:simpan`) and the app's answers, the conflict chooser, quitting with unsaved
/// changes, reloading a file changed on disk, and the refusals of the built-in data and
/// `--read-only`.
@Suite("Saving and quitting")
struct SaveFlowTests {
    let fixture: EditingFixture

    init() throws {
        fixture = try EditingFixture()
    }


    func edited(_ route: Route = .screen(.overview)) throws -> DashboardState {
        var state = fixture.state(route)
        try Editor.apply(EditingFixture.note, &state)
        return state
    }

    /// The store the app would answer a save with: the snapshot, its revision raised.
    func written(_ snapshot: Snapshot) -> LoadedStore {
        var next = snapshot.canonicalized()
        next.revision += 1
        return LoadedStore(RolloutStore(validated: next, origin: fixture.store.origin))
    }

    @Test func ctrlSAsksTheAppToSaveAndEditsWaitForTheAnswer() throws {
        let state = try edited()
        let (saving, effects) = fixture.press([.control("s")], from: state)
        guard case .save(let snapshot)? = effects.first, effects.count == 1 else {
            Issue.record("Ctrl-S gives one save effect")
            return
        }
        #expect(snapshot == state.store.snapshot && snapshot.revision == 0, "the data, with the revision it was loaded with")
        #expect(saving.editing?.isSaving == true && saving.message?.text == "Menyimpan…")
        let (waiting, none) = fixture.press([.character("a")], from: saving)
        #expect(none.isEmpty && waiting.mode == .browsing && waiting.message?.text == "Sedang menyimpan: tunggu sampai selesai")
        #expect(fixture.press([.control("s")], from: fixture.state()).0.message?.text == "Tidak ada perubahan untuk disimpan")
    }

    @Test func savedTakesTheNewRevisionAndTheMarkGoes() throws {
        var state = fixture.press([.control("s")], from: try edited()).0
        let effects = Reducer.reduce(&state, .saved(written(state.store.snapshot)))
        #expect(effects.isEmpty)
        #expect(state.store.snapshot.revision == 1 && state.editing?.base.revision == 1)
        #expect(state.editing?.hasUnsavedChanges == false && state.editing?.isSaving == false)
        #expect(state.message?.text == "Tersimpan ke /tmp/mppdash-tests/rollout.json (revisi 1)")
        state = fixture.press([.character("u")], from: state).0
        #expect(state.editing?.unsavedCount == 1 && state.store.snapshot.revision == 1, "undo after a save keeps the file's revision")
        #expect(state.store.index.mallByID["mpp-73.06"]?.note == nil)
    }

    @Test func aFailedSaveKeepsTheEdits() throws {
        var state = fixture.press([.control("s")], from: try edited()).0
        _ = Reducer.reduce(&state, .saveFailed("No space left on device"))
        #expect(state.editing?.unsavedCount == 1 && state.editing?.isSaving == false)
        #expect(state.message == StatusMessage(
            "Gagal menyimpan: No space left on device. Berkas tidak berubah; perubahan tetap ada, belum disimpan", isError: true))
    }

    @Test func conflictsAreChosenOneByOneThenSaved() throws {
        var state = fixture.press([.control("s")], from: try edited()).0
        let conflicts = [SaveConflict(subject: "mall:mpp-73.06", title: state.subjectTitle("mall:mpp-73.06"), mine: ["note: Catatan"],
                                      theirs: ["note: Lain"]),
                         SaveConflict(subject: "total:2026-02-10", title: "Total", mine: [], theirs: ["320"])]
        #expect(conflicts[0].title == "MPP Kabupaten Gowa")
        _ = Reducer.reduce(&state, .saveConflicts(conflicts))
        guard case .saveConflicts = state.mode else {
            Issue.record("the chooser opens")
            return
        }
        #expect(state.message?.text == "Proses lain menyimpan data yang sama: 2 konflik, pilih versi")
        let (early, none) = fixture.press([.character("m"), .enter], from: state)
        #expect(none.isEmpty && early.message?.text == "Pilih versi untuk setiap konflik: 1 belum")
        let (done, effects) = fixture.press([.character("m"), .character("t"), .enter], from: state)
        #expect(effects == [.saveResolved(state.store.snapshot, choices: ["mall:mpp-73.06": .mine, "total:2026-02-10": .theirs])])
        #expect(done.mode == .browsing && done.editing?.isSaving == true)
        let (cancelled, _) = fixture.press([.escape], from: state)
        #expect(cancelled.mode == .browsing && cancelled.editing?.unsavedCount == 1)
        #expect(cancelled.message?.text == "Tidak disimpan: perubahan tetap ada, belum disimpan")
    }

    @Test func quittingWithUnsavedChangesAsks() throws {
        let state = try edited(.screen(.provinces))
        for keys in [[Key.character("q")], [.character("Q")], [.control("c")]] {
            let (asked, effects) = fixture.press(keys, from: state)
            #expect(effects.isEmpty && asked.mode == .confirmUnsavedQuit && asked.isRunning, "\(keys)")
            #expect(asked.message?.text == "Ada 1 perubahan belum disimpan. Simpan dulu? (s)impan / (k)eluar tanpa simpan / Esc batal")
        }
        let (asked, _) = fixture.press([.character("q")], from: state)
        #expect(fixture.press([.escape], from: asked).0.mode == .browsing)
        #expect(fixture.press([.character("q")], from: asked).0.mode == .confirmUnsavedQuit, "q does not quit without saving")
        let (gone, quit) = fixture.press([.character("k")], from: asked)
        #expect(quit == [.quit] && !gone.isRunning)
        var saving = asked
        let saveEffects = Reducer.reduce(&saving, key: .character("s"))
        #expect(saveEffects == [.save(state.store.snapshot)])
        let answer = Reducer.reduce(&saving, .saved(written(saving.store.snapshot)))
        #expect(answer == [.quit] && !saving.isRunning, "quits once saved")
        var failed = asked
        _ = Reducer.reduce(&failed, key: .character("s"))
        _ = Reducer.reduce(&failed, .saveFailed("Permission denied"))
        #expect(failed.isRunning && failed.mode == .browsing, "a failed save does not quit")
        var english = state
        english.language = .english
        #expect(fixture.press([.character("q")], from: english).0.message?.text
            == "1 unsaved changes. Save first? (s)ave / (k) quit without saving / Esc cancel")
    }

    @Test func theBuiltInDataAndReadOnlyRefuseEveryEditKey() throws {
        let builtin = DashboardState(store: try RolloutStore.builtin(), today: EditingFixture.today, route: .mall("mpp-73.06"))
        #expect(builtin.access == .builtin && builtin.editing == nil)
        let readOnly = fixture.state(.mall("mpp-73.06"), access: .readOnly)
        #expect(readOnly.editing == nil)
        for key in [Key.character("a"), .character("u"), .control("r"), .control("s")] {
            let (refused, effects) = fixture.press([key], from: builtin)
            #expect(effects.isEmpty && refused.mode == .browsing, "\(key)")
            #expect(refused.message?.text == "Data bawaan hanya bisa dibaca: `mppdash init FILE` membuat salinan yang bisa diubah")
            var english = builtin
            english.language = .english
            #expect(fixture.press([key], from: english).0.message?.text == "The built-in data is read-only: `mppdash init FILE` makes an editable copy")
            #expect(fixture.press([key], from: readOnly).0.message?.text == "Dasbor dibuka hanya baca (--read-only): data tidak bisa diubah")
        }
        #expect(fixture.press([.character(":")] + EditingFixture.type("tambah total") + [.enter], from: readOnly).0.form == nil)
        #expect(!KeyBindings.footerHints(readOnly).contains { ["a", "u", "^S"].contains($0.key) }, "no edit keys in the footer")
        #expect(KeyBindings.footerHints(fixture.state()).contains { $0.key == "a" }, "where the data can be edited, a is in the footer")
        var theme = readOnly
        #expect(Reducer.reduce(&theme, .saveTheme).isEmpty, "--read-only writes not even the config file")
        #expect(theme.message?.text == "Hanya baca (--read-only): tema tidak disimpan")
        var list = fixture.state(.screen(.provinces), access: .readOnly)
        #expect(Reducer.reduce(&list, key: .character("e")).isEmpty, "--read-only exports nothing")
        #expect(list.message?.text == "Hanya baca (--read-only): tampilan tidak diekspor, tidak ada yang ditulis")
        #expect(Reducer.reduce(&list, .export(.csv, path: "/tmp/x.csv")).isEmpty)
        #expect(Palette.commands(for: "ekspor csv", list).isEmpty && !KeyBindings.footerHints(list).contains { $0.key == "e" })
        var editable = fixture.state(.screen(.provinces))
        #expect(Reducer.reduce(&editable, key: .character("e")).count == 1, "an editable dashboard exports")
    }

    @Test func aReloadKeepsThePlaceAndDropsWhatIsGone() throws {
        var state = fixture.state(.screen(.provinces))
        Reducer.select(&state, id: "73")
        _ = Reducer.reduce(&state, .open)
        Reducer.select(&state, id: "73.06")
        var theirs = fixture.store.snapshot
        theirs.revision = 3
        theirs.regions.removeAll { $0.code == "73.01" }
        theirs.coverageClaims.removeAll { $0.regions.contains("73.01") || $0.except.contains("73.01") }
        let reloaded = LoadedStore(RolloutStore(validated: theirs, origin: fixture.store.origin))
        _ = Reducer.reduce(&state, .reloaded(reloaded))
        #expect(state.stack == [.screen(.provinces), .province("73")] && Reducer.selectedRow(state)?.id == "73.06")
        #expect(state.message?.text == "Berkas berubah di disk: dimuat ulang (revisi 3)")
        #expect(state.editing?.base.revision == 3 && state.editing?.hasUnsavedChanges == false)
        var onPage = fixture.state(.mall("mpp-73.06"))
        var without = fixture.store.snapshot
        without.malls.removeAll { $0.id == "mpp-73.06" }
        without.batches = without.batches.map { batch in
            var batch = batch
            batch.mallIDs.removeAll { $0 == "mpp-73.06" }
            return batch
        }
        without.conflicts.removeAll { $0.subjects.contains("mall:mpp-73.06") }
        _ = Reducer.reduce(&onPage, .reloaded(LoadedStore(RolloutStore(validated: without, origin: fixture.store.origin))))
        #expect(onPage.route == .province("73"), "the page of an MPP no longer in the file is dropped")
    }

    @Test func aReloadWithUnsavedEditsTakesTheRebasedDataAndHistory() throws {
        var state = try edited()
        var theirs = fixture.store.snapshot
        theirs.revision = 2
        theirs.title = LocalizedText(indonesian: "Judul lain", english: "Another title")
        var mine = try theirs.applying(EditingFixture.note)
        mine.revision = 2
        var history = try #require(state.editing?.history)
        history.rebase { snapshot in
            var merged = snapshot
            merged.title = theirs.title
            merged.revision = 2
            return merged
        }
        _ = Reducer.reduce(&state, .reloaded(LoadedStore(RolloutStore(validated: mine, origin: fixture.store.origin)), onDisk: theirs,
                                             history: history))
        #expect(state.editing?.unsavedCount == 1 && state.store.snapshot.title == theirs.title)
        #expect(state.message?.text == "Berkas berubah di disk: dimuat ulang (revisi 2), 1 perubahan Anda tetap belum disimpan")
        state = fixture.press([.character("u")], from: state).0
        #expect(state.editing?.hasUnsavedChanges == false && state.store.snapshot.title == theirs.title, "undo keeps their change")
    }
}
