public import JSONSupport
/// Writes a snapshot in the canonical form of docs/snapshot-format.md, always as the current
/// version (1.1): records in canonical order, every key of the format present (`null` for unknown
/// values), keys sorted; a text has only the languages it is given in.
///
/// The document is written as a stream, record by record (`CanonicalJSONStream`): a save of the
/// 100,000-MPP snapshot needs a buffer and one record's JSON value beyond the snapshot itself.
public enum SnapshotEncoder {
    /// The whole file in memory (an export).
    public static func encode(_ snapshot: Snapshot) -> [UInt8] {
        CanonicalJSON.encodeDocument(members(snapshot.canonicalized()))
    }

    /// Writes the whole file into `stream` (a save).
    public static func write(_ snapshot: Snapshot, to stream: inout CanonicalJSONStream) throws(JSONFileError) {
        try stream.writeDocument(members(snapshot.canonicalized()))
    }

    /// The top level of a canonical snapshot, each list streamed record by record.
    static func members(_ snapshot: Snapshot) -> [(key: String, value: StreamedValue)] {
        [
            ("format", .value(.string(SnapshotDecoder.formatName))),
            ("version", .value(.string(SnapshotVersion.current.description))),
            ("revision", .value(.integer(snapshot.revision))),
            ("asOf", .value(.string(snapshot.asOf.description))),
            ("regionsAsOf", .value(.string(snapshot.regionsAsOf?.description))),
            ("title", .value(snapshot.title.jsonValue)),
            ("administrativeSources", .value(.strings(snapshot.administrativeSources))),
            ("sources", .records(snapshot.sources, \.jsonValue)),
            ("provinces", .records(snapshot.provinces, \.jsonValue)),
            ("regions", .records(snapshot.regions, \.jsonValue)),
            ("malls", .records(snapshot.malls, \.jsonValue)),
            ("digital", .records(snapshot.digital, \.jsonValue)),
            ("reportedTotals", .records(snapshot.reportedTotals, \.jsonValue)),
            ("batches", .records(snapshot.batches, \.jsonValue)),
            ("milestones", .records(snapshot.milestones, \.jsonValue)),
            ("conflicts", .records(snapshot.conflicts, \.jsonValue)),
            ("coverageClaims", .records(snapshot.coverageClaims, \.jsonValue)),
        ]
    }

    /// The snapshot as one JSON tree (in the order it has): what the stream writes, built whole.
    static func jsonValue(_ snapshot: Snapshot) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in members(snapshot) {
            switch value {
            case .value(let value): object[key] = value
            case .array(let count, let element): object[key] = .array((0..<count).map(element))
            }
        }
        return .object(object)
    }
}

extension PartialDate? {
    var jsonValue: JSONValue { .string(self?.description) }
}

extension LocalizedText {
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [:]
        if let indonesian { members["id"] = .string(indonesian) }
        if let english { members["en"] = .string(english) }
        return .object(members)
    }
}

extension LocalizedText? {
    var jsonValue: JSONValue { self?.jsonValue ?? .null }
}

extension DateWindow? {
    var jsonValue: JSONValue {
        guard let self else { return .null }
        return .object(["notBefore": .string(self.notBefore?.description), "notAfter": .string(self.notAfter?.description)])
    }
}

extension Place {
    var member: (key: String, value: JSONValue) {
        switch self {
        case .region(let code): return ("region", .string(code))
        case .province(let code): return ("province", .string(code))
        }
    }
}

extension Source {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "url": .string(url), "title": .string(title), "publisher": .string(publisher),
                 "published": published.jsonValue, "official": .bool(isOfficial)])
    }
}

extension Province {
    var jsonValue: JSONValue {
        .object(["code": .string(code), "name": .string(name), "islandGroup": .string(islandGroup.rawValue)])
    }
}

extension Region {
    var jsonValue: JSONValue {
        .object(["code": .string(code), "province": .string(provinceCode), "kind": .string(kind.rawValue),
                 "name": .string(name), "autonomous": .bool(isAutonomous)])
    }
}

extension StageEvent {
    var jsonValue: JSONValue {
        .object(["stage": .string(stage.rawValue), "date": date.jsonValue, "window": window.jsonValue,
                 "sources": .strings(sources), "note": note.jsonValue])
    }
}

extension FacilityCount {
    var jsonValue: JSONValue {
        .object(["date": date.jsonValue, "services": .integer(services), "agencies": .integer(agencies),
                 "sources": .strings(sources), "note": note.jsonValue])
    }
}

extension Mall {
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id), "name": .string(name), "stages": .array(stages.map(\.jsonValue)),
            "portalIntegration": .string(portalIntegration.rawValue), "portalSources": .strings(portalSources), "counts": .array(counts.map(\.jsonValue)),
            "sources": .strings(sources), "note": note.jsonValue,
        ]
        members[place.member.key] = place.member.value
        return .object(members)
    }
}

extension DigitalAdoption {
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["stages": .array(stages.map(\.jsonValue)), "services": .array(services.map(\.jsonValue)),
                                            "note": note.jsonValue]
        members[place.member.key] = place.member.value
        return .object(members)
    }
}

extension DigitalService {
    var jsonValue: JSONValue {
        .object(["name": .string(name), "date": date.jsonValue, "sources": .strings(sources)])
    }
}

extension ReportedTotal {
    var jsonValue: JSONValue {
        .object(["date": .string(date.description), "total": .integer(total), "reporter": .string(reporter.rawValue),
                 "approximate": .bool(isApproximate), "batchRelation": .string(batchRelation?.rawValue),
                 "ordinal": .bool(isOrdinal), "window": window.jsonValue, "sources": .strings(sources),
                 "note": note.jsonValue])
    }
}

extension Announcement {
    var jsonValue: JSONValue {
        .object(["count": .integer(count), "reporter": .string(reporter.rawValue), "sources": .strings(sources),
                 "note": note.jsonValue])
    }
}

extension Batch {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "date": date.jsonValue, "window": window.jsonValue, "kind": .string(kind.rawValue),
                 "announcements": .array(announcements.map(\.jsonValue)), "malls": .strings(mallIDs),
                 "sources": .strings(sources), "note": note.jsonValue])
    }
}

extension Milestone {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "date": date.jsonValue, "kind": .string(kind.rawValue),
                 "title": title.jsonValue, "sources": .strings(sources)])
    }
}

extension CoverageClaim {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "date": .string(date.description), "province": .string(provinceCode),
                 "covers": .string(covers.rawValue), "regions": .strings(regions), "except": .strings(except),
                 "count": .integer(count), "sources": .strings(sources), "note": note.jsonValue])
    }
}

extension Claim {
    var jsonValue: JSONValue {
        .object(["text": text.jsonValue, "value": .integer(value), "date": date.jsonValue,
                 "reporter": .string(reporter?.rawValue), "sources": .strings(sources)])
    }
}

extension Conflict {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "subject": .string(subject), "related": .strings(related), "topic": topic.jsonValue,
                 "claims": .array(claims.map(\.jsonValue)), "resolution": resolution.jsonValue])
    }
}
