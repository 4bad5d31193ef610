import Testing
import RolloutData
@testable import Localization

@Suite("Texts and formats")
struct CatalogueTests {
    @Test("every key has a text in every language", arguments: Language.allCases)
    func catalogueIsComplete(_ language: Language) {
        let table = Catalogue.table(language)
        let missing = TextKey.allCases.filter { (table[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "missing in \(language.rawValue): \(missing.map(\.rawValue))")
        #expect(table.count == TextKey.allCases.count)
    }

    @Test func numbersFollowTheLanguage() {
        #expect(Language.indonesian.percent(0.5819) == "58,2%")
        #expect(Language.english.percent(0.5819) == "58.2%")
        #expect(Language.indonesian.integer(1234567) == "1.234.567")
        #expect(Language.english.integer(1234567) == "1,234,567")
        #expect(Language.english.integer(-305) == "-305")
        #expect(Language.indonesian.percent(1) == "100,0%")
        #expect(Language.english.decimal(0.05, decimals: 1) == "0.1")
        #expect(Language.english.percent(0) == "0.0%")
    }

    @Test func datesFollowTheirPrecision() {
        #expect(Language.indonesian.date(PartialDate(iso: "2024-03-07")!) == "7 Mar 2024")
        #expect(Language.indonesian.date(PartialDate(iso: "2025-12-15")!) == "15 Des 2025")
        #expect(Language.english.date(PartialDate(iso: "2025-12-15")!) == "15 Dec 2025")
        #expect(Language.indonesian.date(PartialDate(iso: "2025-05")!) == "Mei 2025")
        #expect(Language.english.date(PartialDate(iso: "2017")!) == "2017")
        #expect(Language.indonesian.date(Day(iso: "2026-08-08")!) == "8 Agu 2026")
    }

    @Test func stagesHaveTheGlossaryNames() {
        #expect(Language.indonesian.name(MallStage.inaugurated) == "Diresmikan")
        #expect(Language.english.name(DigitalStage.locus) == "Designated locus")
        #expect(Language.indonesian.name(IslandGroup.baliNusaTenggara) == "Bali-Nusa Tenggara")
    }

    @Test func textsOfTheDataShowTheInterfaceLanguageOrMarkTheOther() {
        let both = LocalizedText(indonesian: "Peresmian bersama", english: "Joint inauguration")
        #expect(Language.indonesian.pick(both) == "Peresmian bersama")
        #expect(Language.english.pick(both) == "Joint inauguration")
        #expect(Language.indonesian.pick(LocalizedText(english: "Joint inauguration")) == "[EN] Joint inauguration")
        #expect(Language.english.pick(LocalizedText(indonesian: "Peresmian bersama")) == "[ID] Peresmian bersama")
        #expect(Language.english.pick(LocalizedText(english: "Joint")) == "Joint")
        #expect(Language.english.pick(nil as LocalizedText?) == nil)
    }
}
