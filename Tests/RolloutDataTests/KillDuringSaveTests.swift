import Foundation
import Testing
@testable import RolloutData

/// A save killed with SIGKILL at any moment leaves the old or the new file, valid, and what it
/// left behind is cleaned up by the next save; the audit log ends up with every saved revision
/// once.
@Suite("A save killed at a random moment")
struct KillDuringSaveTests {
    /// The `SaveLoop` executable of this build (Tests/SaveLoop), beside the test bundle.
    static let saveLoop: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("SaveLoop").path), folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("SaveLoop").path
    }()

    /// A running `SaveLoop` (spawned directly, its standard output a pipe) and the revisions it reports.
    struct Child {
        let pid: pid_t
        let output: Int32
        var pending: [UInt8] = []

        init(file: String) throws {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(KillDuringSaveTests.saveLoop), strdup(file), nil]
            defer { arguments.forEach { free($0) } }
            let environment: [UnsafeMutablePointer<CChar>?] = [nil]
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, KillDuringSaveTests.saveLoop, &actions, nil, arguments, environment)
            close(ends[1])
            guard spawned == 0 else {
                close(ends[0])
                throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
            }
            self.pid = pid
            output = ends[0]
        }

        /// The next revision reported, waiting at most until `deadline` (a deadline already past
        /// reads only what is there); nil at the end of the output or when the deadline passed.
        mutating func nextRevision(before deadline: ContinuousClock.Instant) -> Int? {
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    return Int(line.dropFirst("saved ".count))
                }
                let left = max(.zero, ContinuousClock.now.duration(to: deadline))
                var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
                let milliseconds = Int32(left.components.seconds * 1_000 + left.components.attoseconds / 1_000_000_000_000_000)
                guard poll(&poller, 1, milliseconds) > 0 else {
                    if ContinuousClock.now >= deadline { return nil }
                    continue
                }
                var chunk = [UInt8](repeating: 0, count: 4_096)
                let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                guard count > 0 else { return nil }
                pending += chunk[..<count]
            }
        }

        /// Waits for the child to end; the signal that ended it (0 when it exited).
        func waitForEnd() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return status & 0x7F
        }
    }

    /// The temporary files of saves (`.NAME.tmp-PID-N`, `.NAME.bak-PID-N`) of processes other than `pid`.
    func leftovers(in folder: TemporaryFolder, except pid: Int32) throws -> [String] {
        try folder.names().filter { name in
            guard name.hasPrefix(".rollout.json.tmp-") || name.hasPrefix(".rollout.json.bak-") else { return false }
            return !name.dropFirst(".rollout.json.tmp-".count).hasPrefix("\(pid)-")
        }
    }

    @Test func everyKillLeavesTheOldOrTheNewFileValid() throws {
        let runs = 200
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        _ = try RolloutStore.create(SmallSnapshot.make(), at: path)
        var random = SplitMix64(seed: 11)
        var outcomes = (old: 0, new: 0, leftBehind: 0)
        for run in 0..<runs {
            var child = try Child(file: path)
            let deadline = ContinuousClock.now + .seconds(10)
            guard var last = child.nextRevision(before: deadline) else {
                kill(child.pid, SIGKILL)
                _ = child.waitForEnd()
                close(child.output)
                Issue.record("run \(run): the child reported no save")
                return
            }
            #expect(try leftovers(in: folder, except: child.pid).isEmpty, "run \(run): the first save removes what killed saves left")
            usleep(UInt32.random(in: 0...8_000, using: &random))
            kill(child.pid, SIGKILL)
            #expect(child.waitForEnd() == SIGKILL, "run \(run): killed, not ended")
            // Dead, so all it reported is in the pipe already: read it without waiting.
            while let revision = child.nextRevision(before: .now) { last = revision }
            close(child.output)
            let store = try RolloutStore.load(path: path)
            let revision = store.snapshot.revision
            #expect(revision == last || revision == last + 1, "run \(run): revision \(revision), expected \(last) or \(last + 1)")
            if revision == last { outcomes.old += 1 } else { outcomes.new += 1 }
            if try !leftovers(in: folder, except: 0).isEmpty { outcomes.leftBehind += 1 }
        }
        let final = try RolloutStore.load(path: path)
        var edited = final.snapshot
        edited.title = LocalizedText(english: "after the kills")
        let saved = try final.save(edited, user: AuditUser(name: "test"), at: AuditTime.now()).store
        #expect(try leftovers(in: folder, except: 0).isEmpty)
        #expect(try AuditLog.read(AuditLog.path(ofSnapshot: path)).map(\.revision) == Array(1...saved.snapshot.revision),
                "every saved revision in the log, once")
        print("kill during save: \(runs) runs, \(outcomes.old) left the old file, \(outcomes.new) the new one, \(outcomes.leftBehind) left temporary files")
    }
}
