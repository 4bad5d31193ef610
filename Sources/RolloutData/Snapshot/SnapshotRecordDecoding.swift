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
              !url.seen || url.value != nil, !published.seen || published.value != nil else { return nil }
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
    mutating func read(_ key: String, _ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Bool {
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
        var stage = Field<Stage>(), date = Field<PartialDate?>(), sources = Field<[String]>(), note = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "stage": stage.set(try decoding.choice(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(stage, "stage", at: start), decoding.required(sources, "sources", at: start))
        guard let stage = values.0, let sources = values.1,
              !date.seen || date.value != nil, !note.seen || note.value != nil else { return nil }
        return StageEvent(stage: stage, date: decoding.optional(date), sources: sources, note: decoding.optional(note))
    }

    static func readList(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> [StageEvent]? {
        try decoding.elements(&reader) { try read(&$0, decoding) }
    }
}

extension Mall {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Mall? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), place = PlaceFields(), name = Field<String>()
        var stages = Field<[StageEvent<MallStage>]>(), portal = Field<PortalIntegration>()
        var services = Field<Int?>(), agencies = Field<Int?>(), sources = Field<[String]>(), note = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            if try place.read(key, &reader, decoding) { return }
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "name": name.set(try decoding.string(&reader))
            case "stages": stages.set(try StageEvent.readList(&reader, decoding))
            case "portalIntegration": portal.set(try decoding.choice(&reader))
            case "services": services.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "agencies": agencies.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), place.place(decoding, at: start),
                      decoding.required(name, "name", at: start), decoding.required(stages, "stages", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let id = values.0, let place = values.1, let name = values.2, let stages = values.3,
              let sources = values.4,
              !services.seen || services.value != nil, !agencies.seen || agencies.value != nil,
              !note.seen || note.value != nil else { return nil }
        return Mall(id: id, place: place, name: name, stages: stages, portalIntegration: portal.value ?? .unknown,
                    services: decoding.optional(services), agencies: decoding.optional(agencies),
                    sources: sources, note: decoding.optional(note))
    }
}

extension DigitalAdoption {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> DigitalAdoption? {
        let start = reader.nextValueOffset()
        var place = PlaceFields(), stages = Field<[StageEvent<DigitalStage>]>(), note = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            if try place.read(key, &reader, decoding) { return }
            switch key {
            case "stages": stages.set(try StageEvent.readList(&reader, decoding))
            case "note": note.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (place.place(decoding, at: start), decoding.required(stages, "stages", at: start))
        guard let place = values.0, let stages = values.1, !note.seen || note.value != nil else { return nil }
        return DigitalAdoption(place: place, stages: stages, note: decoding.optional(note))
    }
}

extension ReportedTotal {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> ReportedTotal? {
        let start = reader.nextValueOffset()
        var date = Field<PartialDate>(), total = Field<Int>(), sources = Field<[String]>(), note = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "date": date.set(try decoding.date(&reader))
            case "total": total.set(try decoding.integer(&reader))
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(date, "date", at: start), decoding.required(total, "total", at: start),
                      decoding.required(sources, "sources", at: start))
        guard let date = values.0, let total = values.1, let sources = values.2,
              !note.seen || note.value != nil else { return nil }
        return ReportedTotal(date: date, total: total, sources: sources, note: decoding.optional(note))
    }
}

extension Batch {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Batch? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), date = Field<PartialDate?>(), kind = Field<BatchKind>(), announced = Field<Int?>()
        var malls = Field<[String]>(), sources = Field<[String]>(), note = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "kind": kind.set(try decoding.choice(&reader))
            case "announced": announced.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "malls": malls.set(try decoding.strings(&reader))
            case "sources": sources.set(try decoding.strings(&reader))
            case "note": note.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(kind, "kind", at: start),
                      decoding.required(malls, "malls", at: start), decoding.required(sources, "sources", at: start))
        guard let id = values.0, let kind = values.1, let malls = values.2, let sources = values.3,
              !date.seen || date.value != nil, !announced.seen || announced.value != nil,
              !note.seen || note.value != nil else { return nil }
        return Batch(id: id, date: decoding.optional(date), kind: kind, announced: decoding.optional(announced),
                     mallIDs: malls, sources: sources, note: decoding.optional(note))
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
              !date.seen || date.value != nil else { return nil }
        return Milestone(id: id, date: decoding.optional(date), kind: kind, title: title, sources: sources)
    }
}

extension Claim {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Claim? {
        let start = reader.nextValueOffset()
        var text = Field<String>(), value = Field<Int?>(), date = Field<PartialDate?>(), sources = Field<[String]>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "text": text.set(try decoding.string(&reader))
            case "value": value.set(try decoding.nullable(&reader) { try decoding.integer(&$0) })
            case "date": date.set(try decoding.nullable(&reader) { try decoding.date(&$0) })
            case "sources": sources.set(try decoding.strings(&reader))
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(text, "text", at: start), decoding.required(sources, "sources", at: start))
        guard let text = values.0, let sources = values.1,
              !value.seen || value.value != nil, !date.seen || date.value != nil else { return nil }
        return Claim(text: text, value: decoding.optional(value), date: decoding.optional(date), sources: sources)
    }
}

extension Conflict {
    static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Conflict? {
        let start = reader.nextValueOffset()
        var id = Field<String>(), subject = Field<String>(), topic = Field<LocalizedText>()
        var claims = Field<[Claim]>(), resolution = Field<String?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "id": id.set(try decoding.string(&reader))
            case "subject": subject.set(try decoding.string(&reader))
            case "topic": topic.set(try decoding.text(&reader))
            case "claims": claims.set(try decoding.elements(&reader) { try Claim.read(&$0, decoding) })
            case "resolution": resolution.set(try decoding.nullable(&reader) { try decoding.string(&$0) })
            default: try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(id, "id", at: start), decoding.required(subject, "subject", at: start),
                      decoding.required(topic, "topic", at: start), decoding.required(claims, "claims", at: start))
        guard let id = values.0, let subject = values.1, let topic = values.2, let claims = values.3,
              !resolution.seen || resolution.value != nil else { return nil }
        return Conflict(id: id, subject: subject, topic: topic, claims: claims, resolution: decoding.optional(resolution))
    }
}
