import JSONSupport
/// Writes a snapshot in the canonical form of docs/snapshot-format.md, always as the current
/// version (1.1): records in canonical order, every key of the format present (`null` for unknown
/// values), keys sorted; a text has only the languages it is given in.
public enum SnapshotEncoder {
    public static func encode(_ snapshot: Snapshot) -> [UInt8] {
        CanonicalJSON.encode(jsonValue(snapshot.canonicalized()))
    }

    static func jsonValue(_ snapshot: Snapshot) -> JSONValue {
        .object([
            "format": .string(SnapshotDecoder.formatName),
            "version": .string(SnapshotVersion.current.description),
            "revision": .integer(snapshot.revision),
            "asOf": .string(snapshot.asOf.description),
            "regionsAsOf": .string(snapshot.regionsAsOf?.description),
            "title": snapshot.title.jsonValue,
            "administrativeSources": .strings(snapshot.administrativeSources),
            "sources": .array(snapshot.sources.map(\.jsonValue)),
            "provinces": .array(snapshot.provinces.map(\.jsonValue)),
            "regions": .array(snapshot.regions.map(\.jsonValue)),
            "malls": .array(snapshot.malls.map(\.jsonValue)),
            "digital": .array(snapshot.digital.map(\.jsonValue)),
            "reportedTotals": .array(snapshot.reportedTotals.map(\.jsonValue)),
            "batches": .array(snapshot.batches.map(\.jsonValue)),
            "milestones": .array(snapshot.milestones.map(\.jsonValue)),
            "conflicts": .array(snapshot.conflicts.map(\.jsonValue)),
            "coverageClaims": .array(snapshot.coverageClaims.map(\.jsonValue)),
        ])
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
