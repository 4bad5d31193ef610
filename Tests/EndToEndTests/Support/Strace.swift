import Glibc

/// Running a program under `strace`, to see the system calls it makes on its terminal.
enum Strace {
    static let executable: String? = ["/usr/bin/strace", "/usr/local/bin/strace", "/bin/strace"].first { path in
        access(path, X_OK) == 0
    }

    /// Whether strace is installed and may trace here (a container can refuse ptrace).
    static let isUsable: Bool = {
        guard let executable else { return false }
        let pid = try? Spawn.locked {
            try Spawn.spawn([executable, "-qq", "-o", "/dev/null", "/bin/true"], environment: Spawn.baseEnvironment,
                            newSession: false) { actions in
                for descriptor in Int32(0)...2 {
                    posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0)
                }
            }
        }
        guard let pid else { return false }
        return Spawn.waitForExit(pid, timeout: .seconds(10)) == .exited(0)
    }()

    /// The arguments that run `arguments` with every `read` and `write` of all its threads
    /// logged to `log`, each descriptor with its path and each string whole.
    static func arguments(_ arguments: [String], log: String) -> [String] {
        [executable ?? "strace", "-f", "-qq", "-y", "-s", "1000000", "-e", "trace=read,write", "-o", log] + arguments
    }

    /// One `read` or `write` from a log.
    struct Call {
        let name: String
        /// The descriptor's path (`/dev/pts/3`, `/memfd:…`).
        let path: String
        /// The call's line, arguments and result.
        let line: String
        /// The result: bytes read or written, or -1.
        let result: Int
    }

    /// The writes to the terminal (`/dev/pts/…`) in `calls`, split at each read of a key from
    /// it: the first part is what came before the first key.
    static func writesBetweenKeys(_ calls: [Call]) -> [[Call]] {
        var segments: [[Call]] = [[]]
        for call in calls where call.path.hasPrefix("/dev/pts/") {
            if call.name == "read", call.result > 0 { segments.append([]) }
            if call.name == "write" { segments[segments.count - 1].append(call) }
        }
        return segments
    }

    /// The calls in `log`, a call split by another thread's (`<unfinished ...>` … `<... write
    /// resumed>`) put back together.
    static func calls(inLog log: String) -> [Call] {
        guard let file = fopen(log, "r") else { return [] }
        defer { fclose(file) }
        var calls: [Call] = []
        var unfinished: [Substring: String] = [:]
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while getline(&buffer, &capacity, file) > 0, let buffer {
            let line = String(cString: buffer).trimmingSuffix("\n")
            guard let space = line.firstIndex(of: " ") else { continue }
            let pid = line[..<space]
            var call = String(line[line.index(after: space)...].drop { $0 == " " })
            if call.hasSuffix("<unfinished ...>") {
                unfinished[pid] = String(call.dropLast("<unfinished ...>".count))
                continue
            }
            if call.hasPrefix("<... "), let start = unfinished.removeValue(forKey: pid),
               let resumed = call.firstRange(of: "resumed>") {
                call = start + call[resumed.upperBound...]
            }
            guard let open = call.firstIndex(of: "("), let pathStart = call.firstIndex(of: "<"),
                  let pathEnd = call[pathStart...].firstIndex(of: ">"),
                  let outcome = call.split(separator: " = ").last else { continue }
            let result = Int(outcome.prefix { $0 == "-" || $0.isNumber }) ?? -1
            calls.append(Call(name: String(call[..<open]), path: String(call[call.index(after: pathStart)..<pathEnd]),
                              line: call, result: result))
        }
        return calls
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
