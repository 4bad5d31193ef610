#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import JSONSupport

/// One line of the audit log: one change of one save.
public struct AuditEntry: Hashable, Sendable {
    public var time: AuditTime
    public var user: String
    /// The revision the save wrote.
    public var revision: Int
    public var change: SnapshotChange

    public init(time: AuditTime, user: String, revision: Int, change: SnapshotChange) {
        self.time = time
        self.user = user
        self.revision = revision
        self.change = change
    }

    /// The line as the log holds it (without its newline): keys sorted, on one line.
    public var jsonValue: JSONValue {
        .object(["time": .string(time.description), "user": .string(user), "revision": .integer(revision),
                 "change": .string(change.kind.rawValue), "subject": .string(change.subject),
                 "before": change.before ?? .null, "after": change.after ?? .null])
    }
}

/// The append-only history of a snapshot file, `NAME.history.jsonl` beside it: one JSON line per
/// changed record of every save (`AuditEntry`), appended under the save's lock.
///
/// A save writes its lines first to `.NAME.history.pending` (flushed to disk), then replaces the
/// snapshot, then appends them to the log and removes the pending file. A save killed after the
/// replace leaves the pending file, and the next save appends it (unless the log already ends
/// with it); one killed before the replace leaves lines of a revision that was never written,
/// and the next save removes them. So the log holds every saved revision's changes once, and no
/// others. A line cut short by a kill during the append is removed before the next append.
public enum AuditLog {
    /// The log of the snapshot file `path` (the real file, links followed).
    public static func path(ofSnapshot path: String) -> String { path + ".history.jsonl" }

    /// The lines of one save.
    static func lines(_ changes: [SnapshotChange], user: AuditUser, revision: Int, time: AuditTime) -> [UInt8] {
        var bytes: [UInt8] = []
        for change in changes {
            bytes += CanonicalJSON.encodeLine(AuditEntry(time: time, user: user.name, revision: revision, change: change).jsonValue)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The history of the snapshot file `path`: the entries of the log beside the real file
    /// (links followed). Throws when neither the file nor its log exists, or the log is not
    /// readable (see `read`).
    public static func history(ofSnapshot path: String) throws(SnapshotError) -> [AuditEntry] {
        let target = try AtomicFile.realFile(path, kind: SnapshotFile.kind)
        let log = self.path(ofSnapshot: target)
        guard FileSystem.exists(target) || FileSystem.exists(log) else {
            throw SnapshotError(file: path, failure: "cannot open \(path)", reason: "No such file or directory")
        }
        return try read(log)
    }

    /// Every entry of the log at `path`, in order; a log that does not exist has none. Throws,
    /// naming the file and the line, at the first line that is not an entry.
    public static func read(_ path: String) throws(SnapshotError) -> [AuditEntry] {
        guard FileSystem.exists(path) else { return [] }
        return try entries(in: RegularFile.contents(of: path, kind: "audit log"), file: path)
    }

    /// The entries of the text of a log; `file` names it in messages.
    static func entries(in bytes: [UInt8], file: String) throws(SnapshotError) -> [AuditEntry] {
        var result: [AuditEntry] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            do throws(JSONFileError) {
                result.append(try JSONDocument.decode(Array(line), file: file, kind: "audit entry", AuditLog.entry))
            } catch {
                throw SnapshotError(file: file, problems: error.problems.map { problem in
                    var located = problem
                    located.line = lineNumber
                    return located
                })
            }
        }
        return result
    }

    /// Reads one entry: an object with every key of `AuditEntry.jsonValue`.
    private static func entry(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> AuditEntry? {
        let start = reader.nextValueOffset()
        var time = Field<AuditTime>(), user = Field<String>(), revision = Field<Int>(), kind = Field<SnapshotChange.Kind>()
        var subject = Field<String>(), before = Field<JSONValue>(), after = Field<JSONValue>()
        let isObject = try decoding.object(&reader) { reader, key in
            switch key {
            case "time":
                let at = reader.nextValueOffset()
                let text = try decoding.string(&reader)
                let parsed = text.flatMap(AuditTime.init(iso:))
                if let text, parsed == nil { decoding.report("expected a UTC time YYYY-MM-DDTHH:MM:SSZ, found \"\(text)\"", at: at) }
                time.set(parsed)
            case "user": user.set(try decoding.string(&reader))
            case "revision": revision.set(try decoding.integer(&reader))
            case "change": kind.set(try decoding.choice(&reader))
            case "subject": subject.set(try decoding.string(&reader))
            case "before": before.set(try decoding.value(&reader))
            case "after": after.set(try decoding.value(&reader))
            default: try reader.skipValue()
            }
        }
        guard isObject else { return nil }
        let values = (decoding.required(time, "time", at: start), decoding.required(user, "user", at: start),
                      decoding.required(revision, "revision", at: start), decoding.required(kind, "change", at: start),
                      decoding.required(subject, "subject", at: start), decoding.required(before, "before", at: start),
                      decoding.required(after, "after", at: start))
        guard let time = values.0, let user = values.1, let revision = values.2, let kind = values.3, let subject = values.4,
              let before = values.5, let after = values.6 else { return nil }
        let change = SnapshotChange(subject: subject, kind: kind, before: before == .null ? nil : before, after: after == .null ? nil : after)
        return AuditEntry(time: time, user: user, revision: revision, change: change)
    }
}

/// The lines of one save on their way into the log (see `AuditLog`): kept in the pending file
/// until they are appended.
struct AuditJournal {
    let snapshotPath: String
    let logPath: String
    let pendingPath: String
    let operations: FileOperations

    /// The journal of the snapshot file `target` (the real file).
    init(snapshot target: String, operations: FileOperations) {
        let (folder, name) = FileSystem.split(target)
        snapshotPath = target
        logPath = AuditLog.path(ofSnapshot: target)
        pendingPath = FileSystem.join(folder, "." + name + ".history.pending")
        self.operations = operations
    }

    /// Settles what a killed save left: appends the pending lines when the file on disk has their
    /// revision (the replace happened) and the log does not end with them yet; removes them
    /// otherwise. Best effort: what cannot be done now stays for the next save.
    func recover(revisionOnDisk: Int) {
        guard FileSystem.exists(pendingPath) else { return }
        guard let pending = try? RegularFile.contents(of: pendingPath, kind: "pending audit lines"),
              let first = try? AuditLog.entries(in: pending, file: pendingPath).first,
              first.revision == revisionOnDisk else {
            unlink(pendingPath)
            return
        }
        let log = (try? RegularFile.contents(of: logPath, kind: "audit log")) ?? []
        if log.count >= pending.count, log.suffix(pending.count).elementsEqual(pending) {
            unlink(pendingPath)
            return
        }
        if (try? append(pending)) != nil { unlink(pendingPath) }
    }

    /// The mode the log and the pending file are created with, before the umask: the umask
    /// decides, so that editors with accounts of their own in one group and `umask 0002` (the
    /// SSH recipe of docs/ssh.md) can all append to a log that one of them created.
    static let creationMode: UInt32 = 0o666

    /// Writes the lines of a save to the pending file and flushes it; throws naming the snapshot
    /// file, the pending file and the reason.
    func prepare(_ lines: [UInt8]) throws(SnapshotError) {
        let failure = "cannot write the audit lines of \(snapshotPath) to \(pendingPath)"
        let descriptor = operations.openFile(pendingPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, Self.creationMode)
        guard descriptor >= 0 else { throw .system(snapshotPath, failure) }
        defer { close(descriptor) }
        do throws(JSONFileError) {
            try lines.withBytes { (bytes: UnsafeRawBufferPointer) throws(JSONFileError) in
                try operations.writeAll(bytes, to: descriptor, path: pendingPath)
            }
            guard operations.flushFile(descriptor) == 0 else { throw .system(pendingPath, failure) }
        } catch {
            unlink(pendingPath)
            throw SnapshotError(file: snapshotPath, failure: failure, reason: error.problems.map(\.message).joined(separator: "; "))
        }
    }

    /// Appends the prepared lines to the log and removes the pending file; when the append
    /// fails, the pending file stays for the next save to append.
    func commit(_ lines: [UInt8]) {
        if (try? append(lines)) != nil { unlink(pendingPath) }
    }

    /// Removes the prepared lines of a save that did not happen.
    func discard() {
        unlink(pendingPath)
    }

    /// Appends `lines` to the log (created if missing) in one write and flushes it; a last line
    /// cut short by a killed append is cut off first.
    private func append(_ lines: [UInt8]) throws(SnapshotError) {
        let descriptor = operations.openFile(logPath, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, Self.creationMode)
        guard descriptor >= 0 else { throw .system(logPath, "cannot open the audit log \(logPath)") }
        defer { close(descriptor) }
        cutUnfinishedLine(descriptor)
        try lines.withBytes { (bytes: UnsafeRawBufferPointer) throws(JSONFileError) in
            try operations.writeAll(bytes, to: descriptor, path: logPath)
        }
        guard operations.flushFile(descriptor) == 0 else { throw .system(logPath, "cannot flush \(logPath) to disk") }
    }

    /// Truncates the log after its last newline when it does not end with one.
    private func cutUnfinishedLine(_ descriptor: Int32) {
        var position = Int(lseek(descriptor, 0, SEEK_END)) - 1
        var byte: UInt8 = 0
        guard position >= 0, pread(descriptor, &byte, 1, off_t(position)) == 1, byte != 0x0A else { return }
        while position >= 0 {
            guard pread(descriptor, &byte, 1, off_t(position)) == 1 else { return }
            if byte == 0x0A { break }
            position -= 1
        }
        ftruncate(descriptor, off_t(position + 1))
    }
}

extension AuditEntry {
    /// True when the entry is about the MPP `id`: the MPP itself, a batch that lists it (before
    /// or after the change), or a conflict that names it as its subject or a related subject.
    public func concerns(mall id: String) -> Bool {
        if change.subject == Subject.mall(id) { return true }
        let versions = [change.before, change.after].compactMap { $0 }
        if change.subject.hasPrefix(Subject.batch("")) {
            return versions.contains { $0.member("malls")?.containsString(id) == true }
        }
        if change.subject.hasPrefix(Subject.conflict("")) {
            return versions.contains { version in
                version.member("subject") == .string(Subject.mall(id)) || version.member("related")?.containsString(Subject.mall(id)) == true
            }
        }
        return false
    }
}

extension JSONValue {
    /// The member `key` of an object; nil for anything else.
    public func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// True for an array that holds the string `text`.
    func containsString(_ text: String) -> Bool {
        guard case .array(let elements) = self else { return false }
        return elements.contains(.string(text))
    }
}
