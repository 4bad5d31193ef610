public import RolloutData

extension String {
    /// The string with every occurrence of `placeholder` replaced, without Foundation.
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: placeholder) {
            result += rest[..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Language {
    /// The text for `key` in this language.
    public func text(_ key: TextKey) -> String { Catalogue.text(key, self) }

    /// The text for `key` with `{1}`, `{2}`, … replaced by the arguments in order.
    public func text(_ key: TextKey, _ arguments: String...) -> String {
        var result = Catalogue.text(key, self)
        for (position, argument) in arguments.enumerated() {
            result = result.replacingPlaceholder("{\(position + 1)}", with: argument)
        }
        return result
    }

    /// The name of an island group (the same in both languages).
    public func name(_ group: IslandGroup) -> String {
        switch group {
        case .sumatera: return "Sumatera"
        case .jawa: return "Jawa"
        case .baliNusaTenggara: return "Bali-Nusa Tenggara"
        case .kalimantan: return "Kalimantan"
        case .sulawesi: return "Sulawesi"
        case .maluku: return "Maluku"
        case .papua: return "Papua"
        }
    }

    public func name(_ stage: MallStage) -> String {
        switch stage {
        case .planned: return text(.stagePlanned)
        case .construction: return text(.stageConstruction)
        case .operating: return text(.stageOperating)
        case .inaugurated: return text(.stageInaugurated)
        }
    }

    public func name(_ stage: DigitalStage) -> String {
        switch stage {
        case .pilot: return text(.digitalPilot)
        case .committed: return text(.digitalCommitted)
        case .locus: return text(.digitalLocus)
        case .live: return text(.digitalLive)
        }
    }

    /// The regions on record at each MPP Digital stage. A stage with none on record is named as
    /// not recorded, never as zero: national figures reported without region names (60
    /// committed, 199 loci) are milestones, not per-region data.
    public func digitalRecorded(_ digital: DigitalAdoptionSummary, separator: String = "; ") -> String {
        let recorded = DigitalStage.allCases.filter { (digital.byStage[$0] ?? 0) > 0 }
        var parts = recorded.map { "\(name($0)) \(integer(digital.byStage[$0] ?? 0))" }
        if digital.uncertain > 0 { parts.append("\(text(.uncertain)) \(integer(digital.uncertain))") }
        let unrecorded = DigitalStage.allCases.filter { !recorded.contains($0) }
        if !unrecorded.isEmpty {
            parts.append(unrecorded.map(name).joined(separator: ", ") + ": " + text(.notRecordedPerRegion))
        }
        return parts.joined(separator: separator)
    }

    /// A text of the data in this language; when the data gives only the other language, that
    /// one with a marker of its language ("[EN] …" in the Indonesian interface, "[ID] …" in the
    /// English one).
    public func pick(_ text: LocalizedText) -> String {
        pick(indonesian: text.indonesian, english: text.english)
    }

    /// The rule of `pick` for any text given in Bahasa Indonesia, English or both (a theme's
    /// description, say): this language's text, else the other one after its marker.
    public func pick(indonesian: String?, english: String?) -> String {
        let (own, other, marker) = self == .indonesian ? (indonesian, english, "[EN] ") : (english, indonesian, "[ID] ")
        return own ?? marker + (other ?? "")
    }

    /// Who stated a figure: "KemenPAN-RB", "Kemendagri", "pers", … (the screens name the press
    /// by the publisher of its source, see the Dashboard's `RecordNames.reporter`).
    public func name(_ reporter: Reporter) -> String {
        switch reporter {
        case .kemenpanrb: return text(.reporterKemenpanrb)
        case .kemendagri: return text(.reporterKemendagri)
        case .regionalGovernment: return text(.reporterRegional)
        case .vicePresident: return text(.reporterVicePresident)
        case .press: return text(.reporterPress)
        case .other: return text(.reporterOther)
        }
    }

    /// A reported total as written: "305", "sekitar 237" for an approximate figure, "sedikitnya
    /// 52" for one from an ordinal statement ("the 52nd MPP").
    public func total(_ report: ReportedTotal) -> String {
        let number = integer(report.total)
        if report.isApproximate { return text(.approximately, number) }
        return report.isOrdinal ? text(.atLeast, number) : number
    }

    /// The counts a batch was announced with side by side ("16 / 17"); nil when no source gives
    /// one.
    public func announced(_ batch: Batch) -> String? {
        batch.announcedCounts.isEmpty ? nil : batch.announcedCounts.map(integer).joined(separator: " / ")
    }

    /// `pick` for an optional text; nil stays nil.
    public func pick(_ text: LocalizedText?) -> String? {
        text.map { pick($0) }
    }
}
