/// The short names officials and the press use for provinces and cities, and the words of the
/// name they stand for (folded, as `SearchText.fold` writes them): the finder reads "jatim" as
/// "jawa timur". The one table of them; a short name is read both ways, as typed and expanded.
package enum Abbreviations {
    package static let table: [String: String] = [
        "sumut": "sumatera utara", "sumbar": "sumatera barat", "sumsel": "sumatera selatan",
        "babel": "bangka belitung", "kepri": "kepulauan riau",
        "dki": "jakarta", "jkt": "jakarta",
        "jabar": "jawa barat", "jateng": "jawa tengah", "jatim": "jawa timur",
        "diy": "yogyakarta", "jogja": "yogyakarta", "jogjakarta": "yogyakarta", "yogya": "yogyakarta",
        "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur",
        "kalbar": "kalimantan barat", "kalteng": "kalimantan tengah", "kalsel": "kalimantan selatan",
        "kaltim": "kalimantan timur", "kaltara": "kalimantan utara",
        "sulut": "sulawesi utara", "sulteng": "sulawesi tengah", "sulsel": "sulawesi selatan",
        "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat",
        "malut": "maluku utara", "pabar": "papua barat", "pbd": "papua barat daya",
        "kab": "kabupaten",
    ]
}
