import Testing

/// Two real `mppdash` processes on one snapshot file, each in its own tmux: an official records
/// a 2026 batch (a new MPP, the batch with its members, the national total it brought) and saves
/// with Ctrl-S; the other dashboard shows it without restarting; an undo in the first, saved,
/// reaches the second too; and `mppdash history` has every change with who made it.
@Suite("Editing in tmux", .enabled(if: Tmux.isInstalled))
struct EditingTmuxTests {
    static let source = "https://menpan.go.id/site/berita-terkini/peresmian-mpp-2026"

    @Test func aBatchRecordedInOneDashboardAppearsInAnotherAndItsUndoToo() throws {
        let folder = try ScratchFolder.withSnapshot()
        let file = folder.snapshot
        let editor = try Tmux([MPPDash.executable, "--snapshot", file, "--user", "budi"], environment: ["LANG": "C.UTF-8"],
                              columns: 80, rows: 24)
        let viewer = try Tmux([MPPDash.executable, "--snapshot", file, "--read-only", "--lang", "en"],
                              environment: ["LANG": "C.UTF-8"], columns: 120, rows: 40)
        #expect(editor.waitFor("revisi 0").found)
        #expect(viewer.waitFor("Reported by KemenPAN-RB: 305 MPPs").found, "\(viewer.capture())")

        // A new MPP for Kab. Aceh Utara (11.08), from its row of the Regions list, with a new source.
        editor.sendKeys("3", literal: true)
        #expect(editor.waitFor("▶11.01").found)
        editor.sendKeys("j", "j", "j", "j", "j", "j", "j")
        #expect(editor.waitFor("▶11.08").found)
        editor.sendKeys("a", literal: true)
        expectScreen(editor, "MPP baru · Kab. Aceh Utara")
        editor.sendKeys("j", "j", "Enter")
        expectScreen(editor, "Nama *   MPP Kabupaten Aceh Utara")
        editor.sendKeys("Tab", "Tab", "Tab")
        editor.sendKeys("2026-03-10", literal: true)
        editor.sendKeys("Tab")
        editor.sendKeys(Self.source, literal: true)
        expectScreen(editor, "sumber baru")
        editor.sendKeys("Tab")
        editor.sendKeys("Peresmian MPP 10 Maret 2026", literal: true)
        editor.sendKeys("Enter")
        expectScreen(editor, "belum disimpan (1)")

        // The batch of that day, from the Timeline, its members picked by the words typed.
        editor.sendKeys("4", "a", "j", "Enter")
        expectScreen(editor, "Peresmian serentak (gelombang) ─")
        editor.sendKeys("2026-03-10", literal: true)
        editor.sendKeys("Tab", "Tab")
        editor.sendKeys("9", literal: true)
        editor.sendKeys("Tab", "Tab")
        editor.sendKeys("aceh utara", literal: true)
        editor.sendKeys("Enter")
        expectScreen(editor, "1 dipilih: MPP Kabupaten Aceh Utara")
        editor.sendKeys("Tab")
        editor.sendKeys(Self.source, literal: true)
        expectScreen(editor, "menpan.go.id: Peresmian MPP 10 Maret 2026")
        editor.sendKeys("Enter")
        expectScreen(editor, "belum disimpan (2)")

        // The national total it brought, reported by KemenPAN-RB after the batch.
        editor.sendKeys("a", "Enter")
        expectScreen(editor, "Total MPP *")
        editor.sendKeys("2026-03-10", literal: true)
        editor.sendKeys("Tab")
        editor.sendKeys("314", literal: true)
        editor.sendKeys("Tab", "Tab", "Tab", "Right", "Right", "Tab")
        editor.sendKeys(Self.source, literal: true)
        expectScreen(editor, "sesudah peresmian hari itu")
        editor.sendKeys("Enter")
        expectScreen(editor, "belum disimpan (3)")

        editor.sendKeys("C-s")
        expectScreen(editor, "Tersimpan ke \(file) (revisi 1)")
        let shown = viewer.waitFor("Reported by KemenPAN-RB: 314 MPPs as of 10 March 2026")
        #expect(shown.found, "the other dashboard did not show the save:\n\(shown.screen)")
        #expect(shown.screen.contains("revision 1"), "\(shown.screen)")

        editor.sendKeys("u", literal: true)
        expectScreen(editor, "Diurungkan: total 314")
        editor.sendKeys("C-s")
        expectScreen(editor, "(revisi 2)")
        let undone = viewer.waitFor("Reported by KemenPAN-RB: 305 MPPs")
        #expect(undone.found, "the undo did not reach the other dashboard:\n\(undone.screen)")

        let history = try MPPDash.output(["history", file, "--lang", "en"])
        for line in ["· budi · revision 1", "+ mall:mpp-11.08  added: \"MPP Kabupaten Aceh Utara\"", "+ batch:2026-03-10  added",
                     "+ total:2026-03-10/314/after/kemenpanrb/", "· budi · revision 2", "- total:2026-03-10/314/after/kemenpanrb/"] {
            #expect(history.contains(line), "no \(line.debugDescription) in the history:\n\(history)")
        }

        quit(editor, viewer)
    }

    /// Two officials change the note of the same MPP: the second save finds the first one's
    /// version, the chooser shows both, and the version chosen is written as the next revision,
    /// which the first dashboard then shows.
    @Test func theSameRecordChangedTwiceIsChosenNeverOverwritten() throws {
        let folder = try ScratchFolder.withSnapshot()
        let file = folder.snapshot
        let (first, second) = (try editor(file, user: "budi"), try editor(file, user: "sari"))
        noteOnGowa(first, "Catatan Budi")
        noteOnGowa(second, "Catatan Sari")
        first.sendKeys("C-s")
        expectScreen(first, "(revisi 1)")
        expectScreen(second, "Berkas diubah proses lain pada data yang juga Anda ubah")
        second.sendKeys("C-s")
        expectScreen(second, "1 konflik")
        #expect(second.capture().contains("Catatan Budi") && second.capture().contains("Catatan Sari"), "\(second.capture())")
        second.sendKeys("m", "Enter")
        expectScreen(second, "(revisi 2)")
        expectScreen(first, "Catatan: Catatan Sari")
        let history = try MPPDash.output(["history", file, "--mall", "mpp-73.06"])
        #expect(history.contains("· budi · revisi 1") && history.contains("· sari · revisi 2"), "\(history)")
        #expect(history.contains("\"Catatan Budi\" → \"Catatan Sari\""), "\(history)")
        quit(first, second)
    }

    /// Changes to different records merge: the second dashboard reads the first one's save in
    /// under its unsaved edit, and its own save writes both.
    @Test func changesToDifferentRecordsMerge() throws {
        let folder = try ScratchFolder.withSnapshot()
        let file = folder.snapshot
        let (first, second) = (try editor(file, user: "budi"), try editor(file, user: "sari"))
        noteOnGowa(first, "Catatan Budi")
        second.sendKeys("a", literal: true)
        expectScreen(second, "Ubah data")
        second.sendKeys("j", "j", "j", "Enter")
        expectScreen(second, "URL")
        second.sendKeys(Self.source, literal: true)
        second.sendKeys("Tab")
        second.sendKeys("Peresmian MPP 2026", literal: true)
        second.sendKeys("Enter")
        expectScreen(second, "belum disimpan (1)")

        first.sendKeys("C-s")
        expectScreen(first, "(revisi 1)")
        expectScreen(second, "Berkas berubah di disk: dimuat ulang (revisi 1)")
        expectScreen(second, "belum disimpan (1)")
        second.sendKeys("C-s")
        expectScreen(second, "(revisi 2)")
        let history = try MPPDash.output(["history", file])
        let lines = history.split(whereSeparator: \.isNewline).map(String.init)
        let revisions = lines.filter { $0.contains(" · revisi ") }
        #expect(revisions.count == 2 && revisions[0].hasSuffix("· budi · revisi 1") && revisions[1].hasSuffix("· sari · revisi 2"), "\(history)")
        #expect(lines.contains("  ~ mall:mpp-73.06  note: — → \"Catatan Budi\""), "\(history)")
        #expect(lines.contains("  + source:menpan-peresmian-mpp-2026  ditambahkan: \"Peresmian MPP 2026\""), "\(history)")
        quit(first, second)
    }

    /// With `--read-only` the edit and export keys only say so, and nothing is written beside the file.
    @Test func aReadOnlyDashboardNeitherEditsNorWrites() throws {
        let folder = try ScratchFolder.withSnapshot()
        let file = folder.snapshot
        let before = folder.names()
        let viewer = try Tmux([MPPDash.executable, "--snapshot", file, "--read-only"],
                              environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": folder.path("config")], columns: 80, rows: 24)
        expectScreen(viewer, "hanya baca")
        viewer.sendKeys("a", literal: true)
        expectScreen(viewer, "data tidak bisa diubah")
        #expect(!viewer.capture().contains("Ubah data"))
        viewer.sendKeys("C-s")
        viewer.sendKeys("e", literal: true)
        expectScreen(viewer, "tidak diekspor")
        viewer.sendKeys("Q", literal: true)
        #expect(viewer.waitForExit() == 0)
        #expect(folder.names() == before, "a read-only dashboard wrote beside the snapshot or a config file")
    }

    private func editor(_ file: String, user: String) throws -> Tmux {
        let tmux = try Tmux([MPPDash.executable, "--snapshot", file, "--user", user], environment: ["LANG": "C.UTF-8"],
                            columns: 100, rows: 30)
        expectScreen(tmux, "revisi 0")
        return tmux
    }

    /// Opens the page of MPP Kabupaten Gowa through the finder and records `note` as its note.
    private func noteOnGowa(_ tmux: Tmux, _ note: String) {
        tmux.sendKeys("/", literal: true)
        tmux.sendKeys("mpp kabupaten gowa", literal: true)
        expectScreen(tmux, "MPP Kabupaten Gowa")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "Wilayah: Kab. Gowa")
        tmux.sendKeys("a", literal: true)
        expectScreen(tmux, "Catatan MPP · MPP Kabupaten Gowa")
        tmux.sendKeys("j", "j", "j", "Enter")
        expectScreen(tmux, "Catatan MPP · MPP Kabupaten Gowa ─")
        tmux.sendKeys(note, literal: true)
        tmux.sendKeys("Enter")
        expectScreen(tmux, "belum disimpan (1)")
    }
}

extension ScratchFolder {
    /// A scratch folder with an editable copy of the built-in dataset (`mppdash init`) in it.
    static func withSnapshot() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        let initialize = try PseudoTerminal([MPPDash.executable, "init", folder.snapshot], environment: MPPDash.environment(),
                                            columns: 120, rows: 40)
        #expect(initialize.waitForExit() == .exited(0))
        return folder
    }

    /// The snapshot of `withSnapshot`.
    var snapshot: String { path("rollout.json") }
}
