import Foundation
import RolloutData
import Testing

/// `mppdash import` through the real binary: the round trip with `export`, the preview, the dry
/// run, one change written, bad rows refused with nothing written.
@Suite("Importing a spreadsheet on the command line")
struct ImportCommandTests {
    let folder: URL
    let snapshot: String

    init() throws {
        folder = try CommandRunner.temporaryFolder("mppdash-import")
        snapshot = folder.appendingPathComponent("rollout.json").path
        #expect(try CommandRunner.run(["init", snapshot]).status == 0)
    }

    private func sheet(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The snapshot file is byte for byte what it was, and no backup of it was made.
    private func expectUntouched(_ before: Data) throws {
        #expect(try bytes(snapshot) == before)
        #expect(!FileManager.default.fileExists(atPath: snapshot + ".bak"))
    }

    /// One new stage of MPP Kabupaten Gowa, in Indonesian with semicolons, CRLF and DD/MM/YYYY.
    private func oneChange() throws -> String {
        try sheet("gowa.csv", "jenis;kode_wilayah;nama_mpp;tahap;tanggal;sumber\r\nmpp;73.06;MPP Kabupaten Gowa;Beroperasi;25/01/2024;menpan-2024-03-07\r\n")
    }

    @Test func theExportOfAnInitedCopyImportsIntoItAsNoChange() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("rollout.csv").path
        #expect(try CommandRunner.run(["export", "--format", "csv", "--snapshot", snapshot, "--output", exported]).status == 0)
        let before = try bytes(snapshot)
        let result = try CommandRunner.run(["import", exported, "--into", snapshot, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output == "Import of \(exported) into \(snapshot): rows 293, changes 0\nNothing changes: every row is already on record.\n")
        try expectUntouched(before)
    }

    @Test func aDryRunPrintsThePreviewAndLeavesTheFileByteForByte() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try bytes(snapshot)
        let file = try oneChange()
        let result = try CommandRunner.run(["import", file, "--into", snapshot, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.output == """
            Impor \(file) ke \(snapshot): 1 baris, 1 perubahan

            MPP yang sudah tercatat
              MPP Kabupaten Gowa (mpp-73.06): + Beroperasi 25 Jan 2024

            Uji coba (--dry-run): \(snapshot) tidak diubah.

            """)
        try expectUntouched(before)
    }

    @Test func anImportWritesItsOneChangeOnceAndTheNextExportHasIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try bytes(snapshot)
        let file = try oneChange()
        let result = try CommandRunner.run(["import", file, "--into", snapshot, "--user", "budi", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("  MPP Kabupaten Gowa (mpp-73.06): + Operating 25 Jan 2024\n\n\(snapshot) written: revision 1, by budi.\n"))
        #expect(try bytes(snapshot + ".bak") == before)
        let written = try RolloutStore.load(path: snapshot).snapshot
        var expected = try BuiltinDataset.snapshot()
        let gowa = try #require(expected.malls.firstIndex { $0.id == "mpp-73.06" })
        expected.malls[gowa].stages.insert(StageEvent(stage: .operating, date: PartialDate(iso: "2024-01-25"), sources: ["menpan-2024-03-07"]), at: 0)
        expected.revision = 1
        #expect(written == expected)
        let export = try CommandRunner.run(["export", "--format", "csv", "--snapshot", snapshot])
        #expect(export.output.contains("\nmpp,73.06,mpp-73.06,MPP Kabupaten Gowa,operating,2024-01-25,https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mpp-digital,,,unknown,,,,,\n"))
        let again = try CommandRunner.run(["import", file, "--into", snapshot])
        #expect(again.output.hasSuffix("1 baris, 0 perubahan\nTidak ada yang berubah: setiap baris sudah tercatat.\n"))
    }

    @Test func badRowsAreAllPrintedAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try bytes(snapshot)
        let file = try sheet("bad.csv", """
            record,region_code,stage,date,source
            mpp,73.06,operating,2024-01-25,menpan-2024-03-07
            mpp,73.06,inaugurated,2024-02-30,menpan-2024-03-07
            digital,73.71,lokus,2026-12-01,

            """)
        let result = try CommandRunner.run(["import", file, "--into", snapshot])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == """
            \(file):3: column date: expected a date that exists, found "2024-02-30" (Feb 2024 has 29 days)
            \(file):4: column date: expected a date no later than today (2026-11-29), found "2026-12-01"
            \(file):4: column source: expected a URL or the id of a recorded source (every fact needs one), found nothing

            """)
        try expectUntouched(before)
    }

    @Test func theBuiltInDatasetIsNoTarget() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try oneChange()
        for arguments in [["import", file], ["import", file, "--into", "<built-in>"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64)
            #expect(result.error.hasPrefix("Error: expected --into SNAPSHOT, a snapshot file: the built-in dataset cannot be changed; write an editable copy with `mppdash init FILE` and import into it\n"))
        }
        let missing = try CommandRunner.run(["import", "/nonexistent/rollout.csv", "--into", snapshot])
        #expect(missing.status == 1)
        #expect(missing.error == "cannot open /nonexistent/rollout.csv: No such file or directory\n")
    }
}
