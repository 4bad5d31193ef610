import Foundation
import RolloutData
import Testing

/// `mppdash history`: the audit log of saves made through the store, printed by the real binary.
@Suite("mppdash history")
struct HistoryCommandTests {
    let folder: URL
    let path: String

    /// A snapshot of the built-in dataset saved twice: by ana (a new MPP and a batch naming it),
    /// then by budi over SSH (a note on an existing MPP, and a new English title).
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("rollout.json").path
        let created = try RolloutStore.create(BuiltinDataset.snapshot(), at: path)
        var first = created.snapshot
        let source = first.sources[0].id
        let date = PartialDate(iso: "2025-12-01")!
        first.malls.append(Mall(id: "mpp-test-baru", place: .region(first.regions[0].code), name: "MPP Uji Baru",
                                stages: [StageEvent(stage: .inaugurated, date: date, sources: [source])], sources: [source]))
        first.batches.append(Batch(id: "2025-12-01-test", date: date, kind: .inauguration, mallIDs: ["mpp-test-baru"], sources: [source]))
        let ana = AuditUser.from(option: "ana", environment: [:], passwdName: nil)
        guard case .saved(let saved) = try created.save(first, user: ana, at: AuditTime(iso: "2026-01-05T08:30:00Z")!) else {
            throw SnapshotError(file: path, message: "the first save did not write")
        }
        var second = saved.snapshot
        second.malls[0].note = LocalizedText(indonesian: "Dicek ulang", english: "Checked again")
        second.title = LocalizedText(indonesian: second.title.indonesian!, english: "Edited title")
        let budi = AuditUser.from(option: nil, environment: ["USER": "budi", "SSH_CONNECTION": "10.1.2.3 50000 10.0.0.1 22"], passwdName: nil)
        _ = try saved.save(second, user: budi, at: AuditTime(iso: "2026-01-06T09:00:00Z")!)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    @Test func printsOneBlockPerSaveInBothLanguages() throws {
        defer { cleanUp() }
        let mallID = try RolloutStore.load(path: path).snapshot.malls[0].id
        let indonesian = try CommandRunner.run(["history", path])
        #expect(indonesian.status == 0)
        #expect(indonesian.output == """
            2026-01-05T08:30:00Z · ana · revisi 1
              + mall:mpp-test-baru  ditambahkan: "MPP Uji Baru"
              + batch:2025-12-01-test  ditambahkan: "2025-12-01-test"

            2026-01-06T09:00:00Z · budi@10.1.2.3 · revisi 2
              ~ snapshot:title  "MPP rollout in Indonesia: built-in data…" → "Edited title"
              ~ mall:\(mallID)  note: — → "Dicek ulang"

            """)
        let english = try CommandRunner.run(["history", path, "--lang", "en"])
        #expect(english.output.contains("2026-01-05T08:30:00Z · ana · revision 1\n  + mall:mpp-test-baru  added: \"MPP Uji Baru\""))
        #expect(english.output.contains("~ snapshot:title  \"MPP rollout in Indonesia: built-in data…\" → \"Edited title\""))
        #expect(english.output.contains("~ mall:\(mallID)  note: — → \"Checked again\""))
    }

    @Test func findsTheChangesOfOneMPPAndOneSubject() throws {
        defer { cleanUp() }
        let byMall = try CommandRunner.run(["history", path, "--mall", "mpp-test-baru", "--lang", "en"])
        #expect(byMall.status == 0)
        #expect(byMall.output == """
            2026-01-05T08:30:00Z · ana · revision 1
              + mall:mpp-test-baru  added: "MPP Uji Baru"
              + batch:2025-12-01-test  added: "2025-12-01-test"

            """)
        let bySubject = try CommandRunner.run(["history", path, "--subject", "snapshot:title", "--lang", "en"])
        #expect(bySubject.output.hasPrefix("2026-01-06T09:00:00Z · budi@10.1.2.3 · revision 2\n  ~ snapshot:title"))
        #expect(bySubject.output.split(separator: "\n").count == 2)
        let none = try CommandRunner.run(["history", path, "--mall", "mpp-none"])
        #expect(none.status == 0 && none.output == "Tidak ada perubahan tersimpan yang cocok.\n")
    }

    @Test func printsTheEntriesAsJSON() throws {
        defer { cleanUp() }
        let result = try CommandRunner.run(["history", path, "--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 4)
        #expect(entries.map { $0["revision"] as? Int } == [1, 1, 2, 2])
        #expect(entries.first?["user"] as? String == "ana" && entries.first?["change"] as? String == "added")
        #expect(entries.first?["before"] is NSNull)
        #expect((entries.first?["after"] as? [String: Any])?["name"] as? String == "MPP Uji Baru")
    }

    @Test func aFileWithoutHistoryAndAMissingFile() throws {
        defer { cleanUp() }
        let fresh = folder.appendingPathComponent("fresh.json").path
        _ = try RolloutStore.create(BuiltinDataset.snapshot(), at: fresh)
        let empty = try CommandRunner.run(["history", fresh, "--lang", "en"])
        #expect(empty.status == 0 && empty.output == "No saved changes yet.\n")
        let missing = try CommandRunner.run(["history", folder.appendingPathComponent("missing.json").path])
        #expect(missing.status == 1)
        #expect(missing.error == "cannot open \(folder.appendingPathComponent("missing.json").path): No such file or directory\n")
    }

    @Test func aDamagedLogExitsOneNamingTheLine() throws {
        defer { cleanUp() }
        let log = path + ".history.jsonl"
        var lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        lines[2] = #"{"after": null, "before": null, "change": "added", "revision": "two", "subject": "mall:x", "time": "2026-01-06T09:00:00Z", "user": "budi"}"#
        try (lines.joined(separator: "\n") + "\n").write(toFile: log, atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["history", path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "\(log): revision: expected a whole number, found the string \"two\" (line 3, column 64)\n")
    }
}
