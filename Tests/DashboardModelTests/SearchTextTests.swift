import Foundation
import RolloutData
import Testing
@testable import DashboardModel

/// `SearchText.fold` against Foundation's folding, which the binary no longer carries.
struct SearchTextTests {
    private func foundationFold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The full canonical decomposition with the combining marks taken out, lowercased.
    private func decomposedFold(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.canonicalCombiningClass == .notReordered })
        return String(kept).lowercased()
    }

    @Test func everyNameInTheBuiltInDatasetFoldsAsFoundationAndTheDecompositionFoldIt() throws {
        let snapshot = try RolloutStore.builtin().snapshot
        let names = snapshot.provinces.map(\.name) + snapshot.regions.map(\.name) + snapshot.malls.map(\.name)
        #expect(names.count > 500)
        for name in names {
            #expect(SearchText.fold(name) == foundationFold(name), "\(name)")
            #expect(SearchText.fold(name) == decomposedFold(name), "\(name)")
        }
    }

    @Test func everyLatinLetterFoldsAsFoundation() {
        let ranges: [ClosedRange<UInt32>] = [0x0...0x24F, 0x1E00...0x1EFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = String(Character(scalar))
            #expect(SearchText.fold(letter) == foundationFold(letter), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func combiningMarksAreDroppedAsFoundationDropsThem() {
        for value in UInt32(0x300)...0x36F {
            let decomposed = "E" + String(Unicode.Scalar(value)!) + "x"
            #expect(SearchText.fold(decomposed) == foundationFold(decomposed), "U+\(String(value, radix: 16, uppercase: true))")
            #expect(SearchText.fold(decomposed) == "ex")
        }
    }

    @Test func accentedNamesWrittenEitherWayFoldAlike() {
        for name in ["Sumatera Utara", "Pélayanan PUBLIK", "Đà Nẵng", "Straße", "Ñuñoa"] {
            let decomposed = name.decomposedStringWithCanonicalMapping
            #expect(SearchText.fold(name) == foundationFold(name), "\(name)")
            #expect(SearchText.fold(decomposed) == SearchText.fold(name), "\(name)")
        }
    }
}
