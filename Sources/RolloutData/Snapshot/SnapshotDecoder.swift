public import JSONSupport
/// Reads a snapshot from JSON text into the model (docs/snapshot-format.md), then validates it.
///
/// Every problem is reported at once, each with its JSON path; reading a newer major version is
/// refused before anything else is said about the file.
public enum SnapshotDecoder {
    /// The format name every snapshot carries in its `format` key.
    public static let formatName = "mppdash-snapshot"

    /// Above this many bytes from the start of the `malls` list to the end of the file, the MPPs
    /// are read in two halves on two threads (`JSONDecodingContext.records(_:parallelAbove:_:)`).
    public static let parallelAbove = 1 << 20

    /// Decodes and validates a snapshot; `file` names it in messages.
    public static func decode(_ bytes: UnsafeRawBufferPointer, file: String,
                              parallelAbove: Int = parallelAbove) throws(SnapshotError) -> Snapshot {
        var (snapshot, fileIndices, problems) = try decodeUnvalidated(bytes, file: file, parallelAbove: parallelAbove)
        problems += SnapshotValidator.problems(in: snapshot, fileIndices: fileIndices)
        guard problems.isEmpty else { throw SnapshotError(file: file, problems: problems) }
        return snapshot
    }

    /// Decodes and validates a snapshot as `decode(_:file:parallelAbove:)` does, running `alongside`
    /// on the decoded snapshot on a second thread while this one validates it (the store's index);
    /// returns its result with a valid snapshot. The bytes are let go once decoded, so that they
    /// and the validation's and the index's memory are never held at once.
    public static func decode<Extra: Sendable>(
        _ bytes: consuming [UInt8], file: String, parallelAbove: Int = parallelAbove,
        alongside: @escaping @Sendable (Snapshot) -> Extra
    ) throws(SnapshotError) -> (snapshot: Snapshot, extra: Extra) {
        let decoded = bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotError) in try decodeUnvalidated(buffer, file: file, parallelAbove: parallelAbove) }
        }
        _ = consume bytes
        let (snapshot, fileIndices, found) = try decoded.get()
        guard found.isEmpty else {
            throw SnapshotError(file: file, problems: found + SnapshotValidator.problems(in: snapshot, fileIndices: fileIndices))
        }
        let extra = BackgroundThread.run { alongside(snapshot) }
        let problems = SnapshotValidator.problems(in: snapshot, fileIndices: fileIndices)
        let result = extra.join()
        guard problems.isEmpty else { throw SnapshotError(file: file, problems: problems) }
        return (snapshot, result)
    }

    /// The snapshot as read, with the problems found while reading it; throws when there is no
    /// snapshot to validate.
    private static func decodeUnvalidated(
        _ bytes: UnsafeRawBufferPointer, file: String, parallelAbove: Int
    ) throws(SnapshotError) -> (snapshot: Snapshot, fileIndices: FileIndices, problems: [SnapshotProblem]) {
        let utf8 = bytes.bindMemory(to: UInt8.self)
        guard utf8.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw SnapshotError(file: file, message: "the file is empty; expected a JSON snapshot object")
        }
        let decoding = JSONDecodingContext()
        var reader = JSONReader(bytes: utf8)
        var decoded: DecodedSnapshot?
        do {
            decoded = try DecodedSnapshot.read(&reader, decoding, parallelAbove: parallelAbove)
            if !reader.isAtEnd() {
                throw JSONSyntaxError(offset: reader.offset, message: "expected the end of the file after the snapshot, found \(reader.describeNext())")
            }
        } catch let error as JSONSyntaxError {
            let (line, column) = reader.location(of: error.offset)
            let problem = SnapshotProblem(
                path: decoding.currentPath, message: "invalid JSON: \(error.message)", line: line, column: column)
            throw SnapshotError(file: file, problems: [problem])
        } catch {
            throw SnapshotError(file: file, message: "unreadable: \(error)")
        }
        if let version = decoded?.version, version.major > SnapshotVersion.current.major {
            throw SnapshotError(file: file, problems: [SnapshotProblem(
                path: JSONPath().appending(key: "version"),
                message: "this snapshot has format version \(version), newer than the \(SnapshotVersion.current.major).x this mppdash reads; upgrade mppdash to open it")])
        }
        if let version = decoded?.version, version.major < 1 {
            throw SnapshotError(file: file, problems: [SnapshotProblem(
                path: JSONPath().appending(key: "version"),
                message: "expected format version 1.0 or later, found \(version), a draft before the first published format; write the file again with `mppdash init` and copy its data over")])
        }
        let problems = located(decoding.problems, in: reader)
        guard let decoded, let snapshot = decoded.snapshot else {
            throw SnapshotError(file: file, problems: problems)
        }
        return (snapshot, decoded.fileIndices, problems)
    }

    /// Decodes and validates a snapshot held in a byte array.
    public static func decode(_ bytes: [UInt8], file: String, parallelAbove: Int = parallelAbove) throws(SnapshotError) -> Snapshot {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotError) -> Snapshot in try decode(buffer, file: file, parallelAbove: parallelAbove) }
        }
        return try result.get()
    }

    /// Adds line and column to problems found while reading, in one pass over the text.
    private static func located(_ found: [(offset: Int?, problem: SnapshotProblem)], in reader: JSONReader) -> [SnapshotProblem] {
        found.map { entry in
            var problem = entry.problem
            if let offset = entry.offset {
                let (line, column) = reader.location(of: offset)
                problem.line = line
                problem.column = column
            }
            return problem
        }
    }
}

/// The file index of each record that decoded, per top-level list, so that validation can name
/// `malls[12]` even when an earlier record was dropped for a type error.
public struct FileIndices: Sendable {
    var byList: [String: [Int]] = [:]
    /// The top-level lists that lost records, or were not lists at all, for problems already
    /// reported.
    var incomplete: Set<String> = []

    public init() {}

    func path(_ list: String, _ position: Int) -> JSONPath {
        JSONPath([.key(list), .index(byList[list]?[position] ?? position)])
    }

    /// False when `list` lost records or was not a list: a reference missing from it may be to one
    /// of those records, and is not reported on top of their own problems.
    func isComplete(_ list: String) -> Bool {
        !incomplete.contains(list)
    }
}

/// What the top level of a file decoded to, before validation.
struct DecodedSnapshot {
    var version: SnapshotVersion?
    var snapshot: Snapshot?
    var fileIndices = FileIndices()

    // swiftlint:disable:next function_body_length
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext, parallelAbove: Int) throws -> DecodedSnapshot {
        var result = DecodedSnapshot()
        let start = reader.nextValueOffset()
        var formatStart: Int?
        var format = Field<String>(), version = Field<SnapshotVersion>(), revision = Field<Int>()
        var asOf = Field<Day>(), regionsAsOf = Field<Day?>(), title = Field<LocalizedText>(), administrative = Field<[String]>()
        var sources = Field<[Source]>(), provinces = Field<[Province]>(), regions = Field<[Region]>()
        var malls = Field<[Mall]>(), digital = Field<[DigitalAdoption]>(), totals = Field<[ReportedTotal]>()
        var batches = Field<[Batch]>(), milestones = Field<[Milestone]>(), conflicts = Field<[Conflict]>()
        var claims = Field<[CoverageClaim]>()

        func list<Record>(_ key: String, _ read: () throws -> (records: [Record], indices: [Int], count: Int)?) throws -> [Record]? {
            guard let (records, indices, count) = try read() else {
                result.fileIndices.incomplete.insert(key)
                return nil
            }
            result.fileIndices.byList[key] = indices
            if records.count < count { result.fileIndices.incomplete.insert(key) }
            return records
        }

        let isObject = try decoding.object(&reader) { reader, key in
            switch key {
            case "format":
                formatStart = reader.nextValueOffset()
                format.set(try decoding.string(&reader))
            case "version":
                let versionStart = reader.nextValueOffset()
                if let text = try decoding.string(&reader) {
                    let parsed = SnapshotVersion(text)
                    if parsed == nil { decoding.report("expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"\(text)\"", at: versionStart) }
                    version.set(parsed)
                } else {
                    version.set(nil)
                }
            case "revision": revision.set(try decoding.integer(&reader))
            case "asOf": asOf.set(try decoding.day(&reader))
            case "regionsAsOf": regionsAsOf.set(try decoding.nullable(&reader) { try decoding.day(&$0) })
            case "title": title.set(try decoding.text(&reader))
            case "administrativeSources": administrative.set(try decoding.strings(&reader))
            case "sources": sources.set(try list(key.string) { try decoding.records(&reader) { try Source.read(&$0, decoding) } })
            case "provinces": provinces.set(try list(key.string) { try decoding.records(&reader) { try Province.read(&$0, decoding) } })
            case "regions": regions.set(try list(key.string) { try decoding.records(&reader) { try Region.read(&$0, decoding) } })
            case "malls": malls.set(try list(key.string) { try decoding.records(&reader, parallelAbove: parallelAbove) { try Mall.read(&$0, $1) } })
            case "digital": digital.set(try list(key.string) { try decoding.records(&reader) { try DigitalAdoption.read(&$0, decoding) } })
            case "reportedTotals": totals.set(try list(key.string) { try decoding.records(&reader) { try ReportedTotal.read(&$0, decoding) } })
            case "batches": batches.set(try list(key.string) { try decoding.records(&reader) { try Batch.read(&$0, decoding) } })
            case "milestones": milestones.set(try list(key.string) { try decoding.records(&reader) { try Milestone.read(&$0, decoding) } })
            case "conflicts": conflicts.set(try list(key.string) { try decoding.records(&reader) { try Conflict.read(&$0, decoding) } })
            case "coverageClaims": claims.set(try list(key.string) { try decoding.records(&reader) { try CoverageClaim.read(&$0, decoding) } })
            default: try reader.skipValue()
            }
        }
        guard isObject else { return result }
        result.version = version.value
        // Plain strings where texts belong are 1.0's English notes, and a mistake from 1.1 on.
        decoding.settlePending(keep: version.value.map { $0 >= .bilingualTexts } ?? false)
        let formatName = decoding.required(format, "format", at: start)
        if let formatName, formatName != SnapshotDecoder.formatName {
            decoding.report("expected \"\(SnapshotDecoder.formatName)\", found \"\(formatName)\"", at: formatStart, path: JSONPath().appending(key: "format"))
        }
        let values = (
            decoding.required(version, "version", at: start), decoding.required(revision, "revision", at: start),
            decoding.required(asOf, "asOf", at: start), decoding.required(title, "title", at: start),
            decoding.required(provinces, "provinces", at: start), decoding.required(regions, "regions", at: start),
            decoding.required(malls, "malls", at: start), decoding.required(sources, "sources", at: start)
        )
        guard formatName == SnapshotDecoder.formatName,
              let version = values.0, let revision = values.1, let asOf = values.2, let title = values.3,
              let provinces = values.4, let regions = values.5, let malls = values.6, let sources = values.7,
              !regionsAsOf.isWrong else {
            return result
        }
        result.snapshot = Snapshot(
            version: version, revision: revision, asOf: asOf, regionsAsOf: decoding.optional(regionsAsOf), title: title,
            administrativeSources: administrative.value ?? [], sources: sources, provinces: provinces,
            regions: regions, malls: malls, digital: digital.value ?? [], reportedTotals: totals.value ?? [],
            batches: batches.value ?? [], milestones: milestones.value ?? [], conflicts: conflicts.value ?? [],
            coverageClaims: claims.value ?? [])
        return result
    }
}
