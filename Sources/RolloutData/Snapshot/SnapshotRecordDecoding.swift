import JSONSupport
// How each record of the snapshot format is read. Each reader records a problem for every key with
// a wrong value or missing, and returns nil when the record cannot be built.

extension Source {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Source? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), url = Field<String?>(), title = Field<String>()
        var publisher = Field<String>(), published = Field<PartialDate?>(), official = Field<Bool>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "url": url.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            case "title": title.set(try decoding.string(&reader))
            case "publisher": publisher.set(try decoding.string(&reader))
            case "published": published.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "official": official.set(try decoding.bool(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(title, "title", at: start),
                      decoding.required(publisher, "publisher", at: start), decoding.required(official, "official", at: start))
        guard let id = values.0, let title = values.1, let publisher = values.2, let official = values.3,
              !url.isWrong, !published.isWrong else { return nil }
        return Source(id: id, url: decoding.optional(url), title: title, publisher: publisher,
                      published: decoding.optional(published), isOfficial: official)
    }
}

extension Province {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Province? {
        let start = reader.nextValueOffset()
        var code = Field<String>(), name = Field<String>(), group = Field<IslandGroup>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "code": code.set(try decoding.string(&reader))
            case "name": name.set(try decoding.string(&reader))
            case "islandGroup": group.set(try decoding.choice(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(code, "code", at: start), decoding.required(name, "name", at: start),
                      decoding.required(group, "islandGroup", at: start))
        guard let code = values.0, let name = values.1, let group = values.2 else { return nil }
        return Province(code: code, name: name, islandGroup: group)
    }
}

extension Region {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Region? {
        let start = reader.nextValueOffset()
        var code = Field<String>(), province = Field<String>(), kind = Field<RegionKind>()
        var name = Field<String>(), autonomous = Field<Bool>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "code": code.set(try decoding.string(&reader))
            case "province": province.set(try decoding.string(&reader))
            case "kind": kind.set(try decoding.choice(&reader))
            case "name": name.set(try decoding.string(&reader))
            case "autonomous": autonomous.set(try decoding.bool(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(code, "code", at: start), decoding.required(province, "province", at: start),
                      decoding.required(kind, "kind", at: start), decoding.required(name, "name", at: start),
                      decoding.required(autonomous, "autonomous", at: start))
        guard let code = values.0, let province = values.1, let kind = values.2, let name = values.3,
              let autonomous = values.4 else { return nil }
        return Region(code: code, provinceCode: province, kind: kind, name: name, isAutonomous: autonomous)
    }
}

/// The `region` / `province` pair of keys that places a mall or an MPP Digital adoption.
struct PlaceFields {
    var region = Field<String>()
    var province = Field<String>()

    /// Reads the key if it is one of the pair; false for any other key.
    mutating func read(_ key: JSONKey, _ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Bool {
        switch key {
        case "region": region.set(try decoding.string(&reader))
        case "province": province.set(try decoding.string(&reader))
        default: return false
        }
        return true
    }

    func place(_ decoding: JSONDecodingContext, at start: Int) -> Place? {
        switch (region.seen, province.seen) {
        case (true, true):
            decoding.report("expected either \"region\" or \"province\", found both", at: start)
            return nil
        case (false, false):
            decoding.report("missing key \"region\" (or \"province\" for a province-level MPP)", at: start)
            return nil
        case (true, false):
            return region.value.map(Place.region)
        case (false, true):
            return province.value.map(Place.province)
        }
    }
}

extension StageEvent {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> StageEvent? {
        let start = reader.nextValueOffset()
        var stage = Field<Stage>(), date = Field<PartialDate?>(), window = Field<DateWindow?>()
        var sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "stage": stage.set(try decoding.choice(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "window": window.set(try decoding.nullable(&reader) { try decoding.window(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(stage, "stage", at: start), decoding.required(sources, "sources", at: start))
        guard let stage = values.0, let sources = values.1, !date.isWrong, !window.isWrong, !note.isWrong else { return nil }
        return StageEvent(stage: stage, date: decoding.optional(date), window: decoding.optional(window), sources: sources,
                          note: decoding.optional(note))
    }

    static func readList(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> [StageEvent]? {
        try decoding.elements(&reader) { try read(&$0, decoding) }
    }
}

extension FacilityCount {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> FacilityCount? {
        let start = reader.nextValueOffset()
        var date = Field<PartialDate?>(), services = Field<Int?>(), agencies = Field<Int?>()
        var sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "services": services.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "agencies": agencies.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        guard let sources = decoding.required(sources, "sources", at: start),
              !date.isWrong, !services.isWrong, !agencies.isWrong, !note.isWrong else { return nil }
        return FacilityCount(date: decoding.optional(date), services: decoding.optional(services),
                             agencies: decoding.optional(agencies), sources: sources, note: decoding.optional(note))
    }
}

extension Mall {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Mall? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), place = PlaceFields(), name = Field<String>()
        var stages = Field<[StageEvent<MallStage>]>(), portal = Field<PortalIntegration>(), portalSources = Field<[String]>()
        var counts = Field<[FacilityCount]>()
        var services = Field<Int?>(), agencies = Field<Int?>(), sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            if try place.read(key, &reader, decoding) { return }
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "name": name.set(try decoding.string(&reader))
            case "stages": stages.set(try StageEvent.readList(&reader, decoding))
            case "portalIntegration": portal.set(try decoding.choice(&reader))
            case "portalSources": portalSources.set(try decoding.strings(&reader))
            case "counts": counts.set(try decoding.elements(&reader) { try FacilityCount.read(&$0, decoding) })
            case "services": services.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "agencies": agencies.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), place.place(decoding, at: start),
                      decoding.required(name, "name", at: start), decoding.required(stages, "stages", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let id = values.0, let place = values.1, let name = values.2, let stages = values.3,
              let sources = values.4, !portalSources.isWrong, !counts.isWrong, !services.isWrong, !agencies.isWrong, !note.isWrong else { return nil }
        return Mall(id: id, place: place, name: name, stages: stages, portalIntegration: portal.value ?? .unknown,
                    portalSources: portalSources.value ?? [],
                    counts: counts.value ?? legacyCounts(decoding.optional(services), decoding.optional(agencies), sources),
                    sources: sources, note: decoding.optional(note))
    }

    /// Format 1.0's `services` and `agencies`: one undated count with the mall's sources, when
    /// either is known.
    private static func legacyCounts(_ services: Int?, _ agencies: Int?, _ sources: [String]) -> [FacilityCount] {
        guard services != nil || agencies != nil else { return [] }
        return [FacilityCount(date: nil, services: services, agencies: agencies, sources: sources)]
    }
}

extension DigitalAdoption {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> DigitalAdoption? {
        let start = reader.nextValueOffset()
        var place = PlaceFields(), stages = Field<[StageEvent<DigitalStage>]>(), note = Field<LocalizedText?>()
        var services = Field<[DigitalService]>()
        guard try decoding.object(&reader, { reader, key in
            if try place.read(key, &reader, decoding) { return }
            switch key {
            case "stages": stages.set(try StageEvent.readList(&reader, decoding))
            case "services": services.set(try decoding.elements(&reader) { try DigitalService.read(&$0, decoding) })
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (place.place(decoding, at: start), decoding.required(stages, "stages", at: start))
        guard let place = values.0, let stages = values.1, !services.isWrong, !note.isWrong else { return nil }
        return DigitalAdoption(place: place, stages: stages, services: services.value ?? [], note: decoding.optional(note))
    }
}

extension DigitalService {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> DigitalService? {
        let start = reader.nextValueOffset()
        var name = Field<String>(), date = Field<PartialDate?>(), sources = Field<[String]>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "name": name.set(try decoding.string(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(name, "name", at: start), decoding.required(sources, "sources", at: start))
        guard let name = values.0, let sources = values.1, !date.isWrong else { return nil }
        return DigitalService(name: name, date: decoding.optional(date), sources: sources)
    }
}

extension ReportedTotal {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> ReportedTotal? {
        let start = reader.nextValueOffset()
        var date = Field<PartialDate>(), total = Field<Int>(), reporter = Field<Reporter>(), approximate = Field<Bool>()
        var relation = Field<BatchRelation?>(), ordinal = Field<Bool>(), window = Field<DateWindow?>()
        var sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "date": date.set(try decoding.date(&reader))
            case "total": total.set(try decoding.integer(&reader))
            case "reporter": reporter.set(try decoding.choice(&reader))
            case "approximate": approximate.set(try decoding.bool(&reader))
            case "batchRelation": relation.set(try decoding.nullable(&reader) { try decoding.choice(&$0) })
            case "ordinal": ordinal.set(try decoding.bool(&reader))
            case "window": window.set(try decoding.nullable(&reader) { try decoding.window(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(date, "date", at: start), decoding.required(total, "total", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let date = values.0, let total = values.1, let sources = values.2,
              !reporter.isWrong, !approximate.isWrong, !ordinal.isWrong, !relation.isWrong, !window.isWrong, !note.isWrong else { return nil }
        return ReportedTotal(date: date, total: total, reporter: reporter.value ?? .other,
                             isApproximate: approximate.value ?? false, batchRelation: decoding.optional(relation),
                             isOrdinal: ordinal.value ?? false, window: decoding.optional(window), sources: sources,
                             note: decoding.optional(note))
    }
}

extension Announcement {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Announcement? {
        let start = reader.nextValueOffset()
        var count = Field<Int>(), reporter = Field<Reporter>(), sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "count": count.set(try decoding.integer(&reader))
            case "reporter": reporter.set(try decoding.choice(&reader))
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(count, "count", at: start), decoding.required(reporter, "reporter", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let count = values.0, let reporter = values.1, let sources = values.2, !note.isWrong else { return nil }
        return Announcement(count: count, reporter: reporter, sources: sources, note: decoding.optional(note))
    }
}

extension Batch {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Batch? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), date = Field<PartialDate?>(), window = Field<DateWindow?>(), kind = Field<BatchKind>()
        var announcements = Field<[Announcement]>(), announced = Field<Int?>()
        var malls = Field<[String]>(), sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "window": window.set(try decoding.nullable(&reader) { try decoding.window(&$0) })
            case "kind": kind.set(try decoding.choice(&reader))
            case "announcements": announcements.set(try decoding.elements(&reader) { try Announcement.read(&$0, decoding) })
            case "announced": announced.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "malls": malls.set(try decoding.strings(&reader))
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(kind, "kind", at: start),
                      decoding.required(malls, "malls", at: start), decoding.required(sources, "sources", at: start))
        guard let id = values.0, let kind = values.1, let malls = values.2, let sources = values.3,
              !announcements.isWrong, !date.isWrong, !window.isWrong, !announced.isWrong, !note.isWrong else { return nil }
        // Format 1.0's `announced`: one announcement of unknown reporter, with the batch's sources.
        let legacy = decoding.optional(announced).map { [Announcement(count: $0, reporter: .other, sources: sources)] } ?? []
        return Batch(id: id, date: decoding.optional(date), window: decoding.optional(window), kind: kind,
                     announcements: announcements.value ?? legacy, mallIDs: malls, sources: sources,
                     note: decoding.optional(note))
    }
}

extension Milestone {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Milestone? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), date = Field<PartialDate?>(), kind = Field<MilestoneKind>()
        var title = Field<LocalizedText>(), sources = Field<[String]>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "kind": kind.set(try decoding.choice(&reader))
            case "title": title.set(try decoding.text(&reader))
            case "sources": sources.set(try decoding.strings(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(kind, "kind", at: start),
                      decoding.required(title, "title", at: start), decoding.required(sources, "sources", at: start))
        guard let id = values.0, let kind = values.1, let title = values.2, let sources = values.3,
              !date.isWrong else { return nil }
        return Milestone(id: id, date: decoding.optional(date), kind: kind, title: title, sources: sources)
    }
}

extension CoverageClaim {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> CoverageClaim? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), date = Field<PartialDate>(), province = Field<String>(), covers = Field<CoverageScope>()
        var regions = Field<[String]>(), except = Field<[String]>(), count = Field<Int?>()
        var sources = Field<[String]>(), note = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "date": date.set(try decoding.date(&reader))
            case "province": province.set(try decoding.string(&reader))
            case "covers": covers.set(try decoding.choice(&reader))
            case "regions": regions.set(try decoding.strings(&reader))
            case "except": except.set(try decoding.strings(&reader))
            case "count": count.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(date, "date", at: start),
                      decoding.required(province, "province", at: start), decoding.required(covers, "covers", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let id = values.0, let date = values.1, let province = values.2, let covers = values.3, let sources = values.4,
              !regions.isWrong, !except.isWrong, !count.isWrong, !note.isWrong else { return nil }
        return CoverageClaim(id: id, date: date, provinceCode: province, covers: covers, regions: regions.value ?? [],
                             except: except.value ?? [], count: decoding.optional(count), sources: sources,
                             note: decoding.optional(note))
    }
}

extension Claim {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Claim? {
        let start = reader.nextValueOffset()
        var text = Field<LocalizedText>(), value = Field<Int?>(), date = Field<PartialDate?>()
        var reporter = Field<Reporter?>(), sources = Field<[String]>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "text": text.set(try decoding.text(&reader))
            case "value": value.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "reporter": reporter.set(try decoding.nullable(&reader) { try decoding.choice(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(text, "text", at: start), decoding.required(sources, "sources", at: start))
        guard let text = values.0, let sources = values.1, !value.isWrong, !date.isWrong, !reporter.isWrong else { return nil }
        return Claim(text: text, value: decoding.optional(value), date: decoding.optional(date),
                     reporter: decoding.optional(reporter), sources: sources)
    }
}

extension Conflict {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Conflict? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), subject = Field<String>(), related = Field<[String]>(), topic = Field<LocalizedText>()
        var claims = Field<[Claim]>(), resolution = Field<LocalizedText?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "subject": subject.set(try decoding.string(&reader))
            case "related": related.set(try decoding.strings(&reader))
            case "topic": topic.set(try decoding.text(&reader))
            case "claims": claims.set(try decoding.elements(&reader) { try Claim.read(&$0, decoding) })
            case "resolution": resolution.set(try decoding.optionalText(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(subject, "subject", at: start),
                      decoding.required(topic, "topic", at: start), decoding.required(claims, "claims", at: start))
        guard let id = values.0, let subject = values.1, let topic = values.2, let claims = values.3,
              !related.isWrong, !resolution.isWrong else { return nil }
        return Conflict(id: id, subject: subject, related: related.value ?? [], topic: topic, claims: claims,
                        resolution: decoding.optional(resolution))
    }
}
