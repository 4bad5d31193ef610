/// A per-address limit on failed authentication: an address with `maximum` failures within
/// `window` is refused until the oldest of them is older than the window. A pure value, the
/// time passed in, so that it is tested without clocks; at most `addressLimit` addresses are
/// remembered (the ones whose failures are all old are forgotten first), so that its memory is
/// bounded whatever arrives.
public struct FailedAuthenticationLimit: Sendable {
    public let maximum: Int
    public let window: Duration
    let addressLimit: Int
    private var failures: [String: [ContinuousClock.Instant]] = [:]

    public init(maximum: Int, window: Duration, addressLimit: Int = 10_000) {
        self.maximum = max(1, maximum)
        self.window = window
        self.addressLimit = addressLimit
    }

    /// Whether `address` is refused at `now`.
    public func isBlocked(_ address: String, at now: ContinuousClock.Instant) -> Bool {
        recent(address, at: now).count >= maximum
    }

    /// Records a failure of `address` at `now`.
    public mutating func recordFailure(_ address: String, at now: ContinuousClock.Instant) {
        var times = recent(address, at: now)
        times.append(now)
        failures[address] = Array(times.suffix(maximum))
        if failures.count > addressLimit { forgetOld(at: now) }
    }

    /// The number of addresses remembered.
    var addressCount: Int { failures.count }

    private func recent(_ address: String, at now: ContinuousClock.Instant) -> [ContinuousClock.Instant] {
        (failures[address] ?? []).filter { now - $0 < window }
    }

    /// Forgets addresses without a recent failure; if that is not enough, those whose latest
    /// failure is oldest.
    private mutating func forgetOld(at now: ContinuousClock.Instant) {
        failures = failures.filter { !$0.value.allSatisfy { now - $0 >= window } }
        guard failures.count > addressLimit else { return }
        let byLatest = failures.sorted { ($0.value.last ?? now) < ($1.value.last ?? now) }
        for (address, _) in byLatest.prefix(failures.count - addressLimit) { failures[address] = nil }
    }
}
