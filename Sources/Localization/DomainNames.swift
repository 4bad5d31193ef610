public import RolloutData

extension Language {
    /// The text for `key` in this language.
    public func text(_ key: TextKey) -> String { Catalogue.text(key, self) }

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

    /// A localized text of the data in this language.
    public func pick(_ text: LocalizedText) -> String {
        self == .indonesian ? text.indonesian : text.english
    }
}
