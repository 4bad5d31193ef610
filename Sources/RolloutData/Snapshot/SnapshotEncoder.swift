import JSONSupport
/// Writes a snapshot in the canonical form of docs/snapshot-format.md: records in canonical order,
/// every key of the format present (`null` for unknown values), keys sorted.
public enum SnapshotEncoder {
    public static func encode(_ snapshot: Snapshot) -> [UInt8] {
        CanonicalJSON.encode(jsonValue(snapshot.canonicalized()))
    }

    static func jsonValue(_ snapshot: Snapshot) -> JSONValue {
        .object([
            "format": .string(SnapshotDecoder.formatName),
            "version": .string(snapshot.version.description),
            "revision": .integer(snapshot.revision),
            "asOf": .string(snapshot.asOf.description),
            "title": .string(snapshot.title),
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
        ])
    }
}

extension PartialDate? {
    var jsonValue: JSONValue { .string(self?.description) }
}

extension LocalizedText {
    var jsonValue: JSONValue { .object(["id": .string(indonesian), "en": .string(english)]) }
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
        .object(["stage": .string(stage.rawValue), "date": date.jsonValue, "sources": .strings(sources),
                 "note": .string(note)])
    }
}

extension Mall {
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id), "name": .string(name), "stages": .array(stages.map(\.jsonValue)),
            "portalIntegration": .string(portalIntegration.rawValue), "services": .integer(services),
            "agencies": .integer(agencies), "sources": .strings(sources), "note": .string(note),
        ]
        members[place.member.key] = place.member.value
        return .object(members)
    }
}

extension DigitalAdoption {
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["stages": .array(stages.map(\.jsonValue)), "note": .string(note)]
        members[place.member.key] = place.member.value
        return .object(members)
    }
}

extension ReportedTotal {
    var jsonValue: JSONValue {
        .object(["date": .string(date.description), "total": .integer(total), "sources": .strings(sources),
                 "note": .string(note)])
    }
}

extension Batch {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "date": date.jsonValue, "kind": .string(kind.rawValue),
                 "announced": .integer(announced), "malls": .strings(mallIDs), "sources": .strings(sources),
                 "note": .string(note)])
    }
}

extension Milestone {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "date": date.jsonValue, "kind": .string(kind.rawValue),
                 "title": title.jsonValue, "sources": .strings(sources)])
    }
}

extension Claim {
    var jsonValue: JSONValue {
        .object(["text": .string(text), "value": .integer(value), "date": date.jsonValue, "sources": .strings(sources)])
    }
}

extension Conflict {
    var jsonValue: JSONValue {
        .object(["id": .string(id), "subject": .string(subject), "topic": topic.jsonValue,
                 "claims": .array(claims.map(\.jsonValue)), "resolution": .string(resolution)])
    }
}
