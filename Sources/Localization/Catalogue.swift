/// The words of the dashboard in each language (see ../shared/guide/GLOSSARY.md for the terms).
///
/// A test fails when a key is missing from either table.
public enum Catalogue {
    /// The text for `key` in `language`; the English text when a translation is missing, and the key
    /// itself as a last resort, so a gap shows instead of crashing.
    public static func text(_ key: TextKey, _ language: Language) -> String {
        table(language)[key] ?? english[key] ?? key.rawValue
    }

    public static func table(_ language: Language) -> [TextKey: String] {
        switch language {
        case .indonesian: return indonesian
        case .english: return english
        }
    }

    static let indonesian: [TextKey: String] = [
        .summaryTitle: "Ringkasan Mal Pelayanan Publik (MPP)",
        .asOf: "Per tanggal",
        .dataSource: "Data",
        .revision: "revisi",
        .provinces: "Provinsi",
        .regions: "Kabupaten/kota",
        .autonomousRegions: "Kabupaten/kota otonom",
        .denominator: "Penyebut resmi",
        .denominatorBasis: "508 kabupaten/kota otonom + DK Jakarta",
        .allRegionsBasis: "Cakupan atas 514 kabupaten/kota",
        .namedMalls: "MPP tercatat (nama)",
        .possiblyOpen: "mungkin sudah beroperasi (tanggal belum pasti)",
        .reportedTotal: "Total dilaporkan",
        .reportedTotalsDisagree: "laporan pada tanggal ini berbeda",
        .gapReportedNamed: "Selisih dilaporkan − tercatat",
        .coverage: "Cakupan",
        .uncertain: "belum pasti",
        .noReportYet: "belum ada laporan",
        .digitalAdoption: "MPP Digital (daerah tercatat)",
        .notRecordedPerRegion: "belum tercatat per daerah",
        .byIslandGroup: "Per kelompok pulau",
        .byProvince: "Per provinsi",
        .columnCode: "Kode",
        .columnProvince: "Provinsi",
        .columnIslandGroup: "Pulau",
        .columnRegions: "Kab/Kota",
        .columnWithMall: "Dgn MPP",
        .columnCoverage: "Cakupan",
        .columnDigital: "MPP Digital",
        .stagePlanned: "Direncanakan",
        .stageConstruction: "Dalam pembangunan",
        .stageOperating: "Beroperasi",
        .stageInaugurated: "Diresmikan",
        .digitalPilot: "Percontohan",
        .digitalCommitted: "Berkomitmen",
        .digitalLocus: "Lokus",
        .digitalLive: "Aktif",
        .unknown: "tidak diketahui",
        .sourcesDisagree: "Data antarsumber berbeda",
        .conflictsInData: "Konflik data tercatat",
        .outOf: "dari",
    ]

    static let english: [TextKey: String] = [
        .summaryTitle: "Public Service Mall (MPP) summary",
        .asOf: "As of",
        .dataSource: "Data",
        .revision: "revision",
        .provinces: "Provinces",
        .regions: "Regencies/cities",
        .autonomousRegions: "Autonomous regencies/cities",
        .denominator: "Official denominator",
        .denominatorBasis: "508 autonomous regencies/cities + DK Jakarta",
        .allRegionsBasis: "Coverage over all 514 regencies/cities",
        .namedMalls: "MPPs known by name",
        .possiblyOpen: "possibly open already (date uncertain)",
        .reportedTotal: "Reported total",
        .reportedTotalsDisagree: "reports on this date differ",
        .gapReportedNamed: "Reported minus named",
        .coverage: "Coverage",
        .uncertain: "uncertain",
        .noReportYet: "no report yet",
        .digitalAdoption: "MPP Digital (regions on record)",
        .notRecordedPerRegion: "not yet recorded per region",
        .byIslandGroup: "By island group",
        .byProvince: "By province",
        .columnCode: "Code",
        .columnProvince: "Province",
        .columnIslandGroup: "Island group",
        .columnRegions: "Reg/City",
        .columnWithMall: "With MPP",
        .columnCoverage: "Coverage",
        .columnDigital: "MPP Digital",
        .stagePlanned: "Planned",
        .stageConstruction: "Under construction",
        .stageOperating: "Operating",
        .stageInaugurated: "Inaugurated",
        .digitalPilot: "Pilot",
        .digitalCommitted: "Committed",
        .digitalLocus: "Designated locus",
        .digitalLive: "Live",
        .unknown: "unknown",
        .sourcesDisagree: "Sources disagree",
        .conflictsInData: "Recorded conflicts",
        .outOf: "of",
    ]
}
