import Glibc
import Testing

/// The dashboard's loop sleeps (no processor time) until a key, a signal or the loading thread
/// has news; a snapshot that could never arrive (a FIFO) is refused at once.
@Suite("Dashboard waiting and loading")
struct DashboardLoadingTests {
    @Test func waitsWithoutUsingTheProcessorAndCtrlCEndsIt() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        let before = try #require(ProcessorTime.ticks(of: terminal.pid))
        // The dashboard must still be waiting half a second later, and asleep meanwhile.
        #expect(terminal.waitForExit(timeout: .milliseconds(500)) == nil, "ended by itself: \(terminal.recent)")
        let after = try #require(ProcessorTime.ticks(of: terminal.pid))
        print("mppdash processor time while waiting 500 ms for a key: \((after - before) * 10) ms")
        #expect(after - before <= 10, "\(after - before) ticks of processor time in 500 ms of waiting")
        let start = ContinuousClock.now
        terminal.write("\u{03}")
        #expect(terminal.waitForExit() == .exited(130))
        print("mppdash exit latency after Ctrl-C while idle: \(ContinuousClock.now - start)")
        expectRestored(terminal)
    }

    /// A FIFO nobody writes to would keep a reader waiting for ever: it is refused at once, the
    /// terminal restored and the reason printed after.
    @Test func aFIFOSnapshotIsRefusedAtOnce() throws {
        let folder = try ScratchFolder()
        let fifo = try folder.fifo("rollout.json")
        let terminal = try MPPDash.start(["--snapshot", fifo])
        #expect(terminal.waitForExit() == .exited(1))
        #expect(terminal.text.contains("\(fifo): is a FIFO (named pipe), not a regular file; expected a snapshot file"),
                "\(terminal.recent)")
        expectRestored(terminal)
    }

    /// A snapshot file loads behind the loading frame, which shows the bytes read, and the
    /// dashboard follows.
    @Test func showsTheBytesReadThenTheDashboard() throws {
        let folder = try ScratchFolder()
        let file = folder.path("rollout.json")
        let initialised = try PseudoTerminal([MPPDash.executable, "init", file], environment: MPPDash.environment())
        #expect(initialised.waitForExit() == .exited(0))
        let terminal = try MPPDash.start(["--snapshot", file])
        #expect(terminal.waitFor("MB terbaca (100%)"), "\(terminal.recent)")
        MPPDash.expectOverview(terminal)
        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0))
        expectRestored(terminal)
    }
}

/// The processor time a process has used, from /proc.
enum ProcessorTime {
    /// User plus system time, in clock ticks (10 ms on Linux).
    static func ticks(of pid: pid_t) -> Int? {
        guard let file = fopen("/proc/\(pid)/stat", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 1024)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // After "pid (comm) ": state is field 3, utime 14 and stime 15.
        guard let close = line.lastIndex(of: ")") else { return nil }
        let fields = line[line.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }
}

/// A fresh folder for one test, removed with what is in it when the value goes away.
final class ScratchFolder {
    let path: String

    init() throws {
        var template = Array("/tmp/mppdash-e2e-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw SpawnError("mkdtemp") }
        path = String(cString: made)
    }

    deinit {
        for name in names() { unlink(path(name)) }
        rmdir(path)
    }

    /// The names in the folder, hidden ones included, sorted.
    func names() -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    func path(_ name: String) -> String { path + "/" + name }

    /// A file named `name` in the folder holding `contents`.
    func file(_ name: String, contents: String) throws -> String {
        let file = path(name)
        guard let stream = fopen(file, "w") else { throw SpawnError("fopen \(file)") }
        defer { fclose(stream) }
        let bytes = Array(contents.utf8)
        guard fwrite(bytes, 1, bytes.count, stream) == bytes.count else { throw SpawnError("fwrite \(file)") }
        return file
    }

    /// A FIFO named `name` in the folder.
    func fifo(_ name: String) throws -> String {
        let fifo = path(name)
        guard mkfifo(fifo, 0o600) == 0 else { throw SpawnError("mkfifo \(fifo)") }
        return fifo
    }
}
