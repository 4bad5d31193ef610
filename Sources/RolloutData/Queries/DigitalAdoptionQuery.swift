/// MPP Digital adoption as of one day: how many regions stood at each stage.
public struct DigitalAdoptionSummary: Hashable, Sendable {
    public var asOf: Day
    /// Regions whose furthest stage reached for certain is the key (each region counted once).
    public var byStage: [DigitalStage: Int]
    /// Regions that may have reached a stage, by a date known only by year or month, or unknown.
    public var uncertain: Int
    /// `byStage` per province code.
    public var byProvince: [String: [DigitalStage: Int]]

    /// Regions at any stage for certain.
    public var adopting: Int { byStage.values.reduce(0, +) }
}

extension RolloutIndex {
    /// MPP Digital adoption as of `day`.
    public func digitalAdoption(asOf day: Day) -> DigitalAdoptionSummary {
        var byStage: [DigitalStage: Int] = [:]
        var byProvince: [String: [DigitalStage: Int]] = [:]
        var uncertain = 0
        for adoption in snapshot.digital {
            guard let (stage, certainty) = adoption.stage(asOf: day, knownBy: snapshot.asOf) else { continue }
            guard certainty == .yes else {
                uncertain += 1
                continue
            }
            byStage[stage, default: 0] += 1
            byProvince[adoption.place.provinceCode, default: [:]][stage, default: 0] += 1
        }
        return DigitalAdoptionSummary(asOf: day, byStage: byStage, uncertain: uncertain, byProvince: byProvince)
    }
}
