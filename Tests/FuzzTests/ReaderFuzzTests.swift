import JSONSupport
@testable import RolloutData
import Testing
@testable import ThemeCatalog

/// Seeded random mutations of a valid snapshot and a valid theme through their readers: byte
/// flips, truncations, duplicated slices and inserted garbage. Every mutant must give either a
/// value or problems that each name a JSON path and a message; a crash fails the whole run. The
/// seed is fixed, so a failure reproduces; the mutant's number and kind are in the message.
@Suite("Reader fuzzing")
struct ReaderFuzzTests {
    static let mutations = 2_000

    /// The built-in dataset cut down to two provinces (DK Jakarta and Sulawesi Selatan) with
    /// every kind of record they have, so that 2,000 mutants decode in a few seconds in a debug
    /// build (the whole dataset takes 6 ms a mutant there).
    static func smallSnapshot() throws -> [UInt8] {
        var snapshot = try BuiltinDataset.snapshot()
        let provinces: Set = ["31", "73"]
        let inProvinces = { (code: String) in provinces.contains(String(code.prefix { $0 != "." })) }
        snapshot.provinces.removeAll { !provinces.contains($0.code) }
        snapshot.regions.removeAll { !provinces.contains($0.provinceCode) }
        snapshot.malls.removeAll { !inProvinces($0.place.code) }
        snapshot.digital.removeAll { !inProvinces($0.place.code) }
        let malls = Set(snapshot.malls.map(\.id))
        for index in snapshot.batches.indices { snapshot.batches[index].mallIDs.removeAll { !malls.contains($0) } }
        snapshot.batches.removeAll { $0.mallIDs.isEmpty }
        let batches = Set(snapshot.batches.map(\.id))
        snapshot.coverageClaims.removeAll { !provinces.contains($0.provinceCode) }
        let claims = Set(snapshot.coverageClaims.map(\.id))
        let resolves = { (subject: String) -> Bool in
            let (kind, id) = (subject.prefix { $0 != ":" }, String(subject.drop { $0 != ":" }.dropFirst()))
            switch kind {
            case "mall": return malls.contains(id)
            case "batch": return batches.contains(id)
            case "digital", "region", "province": return inProvinces(id)
            case "claim": return claims.contains(id)
            default: return true
            }
        }
        snapshot.conflicts.removeAll { conflict in !([conflict.subject] + conflict.related).allSatisfy(resolves) }
        let bytes = SnapshotEncoder.encode(snapshot)
        _ = try SnapshotDecoder.decode(bytes, file: "small.json")
        return bytes
    }

    @Test func snapshotReaderSurvivesMutations() throws {
        let original = try Self.smallSnapshot()
        var mutator = Mutator(seed: 2024)
        var accepted = 0
        for number in 0..<Self.mutations {
            let (kind, bytes) = mutator.mutate(original)
            do throws(SnapshotError) {
                _ = try SnapshotDecoder.decode(bytes, file: "mutant.json")
                accepted += 1
            } catch {
                Self.expectProblems(error, number: number, kind: kind)
            }
        }
        print("snapshot mutants: \(Self.mutations), accepted: \(accepted)")
    }

    @Test func themeReaderSurvivesMutations() throws {
        let original = Array(try #require(BuiltinThemes.files.first { $0.name == "default" }).json.utf8)
        var mutator = Mutator(seed: 2025)
        var accepted = 0
        for number in 0..<Self.mutations {
            let (kind, bytes) = mutator.mutate(original)
            do throws(JSONFileError) {
                _ = try ThemeDecoder.decode(bytes, file: "default.json")
                accepted += 1
            } catch {
                Self.expectProblems(error, number: number, kind: kind)
            }
        }
        print("theme mutants: \(Self.mutations), accepted: \(accepted)")
    }

    private static func expectProblems(_ error: JSONFileError, number: Int, kind: Mutator.Kind) {
        #expect(!error.problems.isEmpty, "mutant \(number) (\(kind)) refused without a problem")
        for problem in error.problems {
            #expect(!problem.message.isEmpty && !problem.path.description.isEmpty,
                    "mutant \(number) (\(kind)): \(problem)")
        }
    }
}

/// Makes mutants of a document, reproducibly from a seed.
struct Mutator {
    enum Kind: CaseIterable {
        case flip, truncate, duplicate, garbage
    }

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    private mutating func below(_ bound: Int) -> Int {
        Int(random.next() % UInt64(max(1, bound)))
    }

    /// One to three mutations of the same kind, at random places.
    mutating func mutate(_ document: [UInt8]) -> (Kind, [UInt8]) {
        let kind = Kind.allCases[below(Kind.allCases.count)]
        var bytes = document
        for _ in 0...below(3) where !bytes.isEmpty {
            let at = below(bytes.count)
            switch kind {
            case .flip:
                bytes[at] ^= UInt8(1 << below(8))
            case .truncate:
                bytes.removeSubrange(at...)
            case .duplicate:
                let slice = bytes[at..<min(bytes.count, at + 1 + below(64))]
                bytes.insert(contentsOf: Array(slice), at: below(bytes.count))
            case .garbage:
                let garbage = (0...below(16)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                bytes.insert(contentsOf: garbage, at: at)
            }
        }
        return (kind, bytes)
    }
}
