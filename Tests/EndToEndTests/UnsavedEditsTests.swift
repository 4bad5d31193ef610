import Glibc
import Testing

/// A dashboard with unsaved edits ended by a signal or a lost connection: the edits are written
/// to a copy beside the snapshot, which itself stays as it was, and the terminal is restored.
@Suite("Unsaved edits at an abrupt end")
struct UnsavedEditsTests {
    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")])
    func areKeptInACopyBesideTheSnapshot(signal: Int32, name: String) throws {
        let folder = try ScratchFolder.withSnapshot()
        let file = folder.snapshot
        let before = try Files.bytes(file)
        let terminal = try MPPDash.start(["--snapshot", file, "--user", "budi"])
        MPPDash.expectOverview(terminal)
        terminal.write("a")
        #expect(terminal.waitFor("Ubah data"))
        terminal.write("jjj\r")
        #expect(terminal.waitFor("Penerbit"))
        terminal.write("https://example.go.id/berita/mpp-baru\tBerita MPP baru\r")
        #expect(terminal.waitFor("belum disimpan"), "\(terminal.recent)")
        kill(terminal.pid, signal)
        #expect(terminal.waitForExit() == .exited(128 + signal), "\(name)")
        expectRestored(terminal)

        #expect(try Files.bytes(file) == before, "the snapshot file changed")
        let copies = folder.names().filter { $0.hasPrefix("rollout.json.unsaved-budi-") && $0.hasSuffix(".json") }
        try #require(copies.count == 1, "\(folder.names())")
        let copy = folder.path(copies[0])
        let validate = try PseudoTerminal([MPPDash.executable, "validate", copy], environment: MPPDash.environment(), columns: 200, rows: 40)
        #expect(validate.waitForExit() == .exited(0), "\(validate.text)")
        #expect(String(decoding: try Files.bytes(copy), as: UTF8.self).contains("\"url\": \"https://example.go.id/berita/mpp-baru\""))
    }
}
