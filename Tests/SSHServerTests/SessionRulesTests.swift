import Durations
@testable import SSHServer
import Testing

@Suite struct SessionSettingsTests {
    @Test func onlyTheLocaleAndColourHintsPassAndBounded() {
        var settings = SessionSettings()
        let taken = [("LANG", "en_US.UTF-8"), ("LC_TIME", "id_ID.UTF-8"), ("COLORTERM", "truecolor"), ("NO_COLOR", "1")].map {
            settings.setVariable($0.0, $0.1)
        }
        #expect(taken == [true, true, true, true])
        let refused = ["LD_PRELOAD", "PATH", "HOME", "TERM", "LC_", "LC_a", "MPPDASH_THEME"].map { settings.setVariable($0, "x") }
            + [settings.setVariable("LANG", String(repeating: "x", count: 257)), settings.setVariable("LANG", "a\nb")]
        #expect(!refused.contains(true))
        #expect(settings.environment["LANG"] == "en_US.UTF-8")
        for index in 0..<20 { _ = settings.setVariable("LC_X\(String(repeating: "X", count: index))", "C") }
        #expect(settings.environment.count == SessionSettings.variableLimit)
    }

    @Test func theDashboardsEnvironment() {
        var settings = SessionSettings()
        let requested = settings.requestTerminal(type: "xterm-kitty", columns: 200, rows: 5000, modes: [:])
        #expect(requested)
        #expect(settings.terminal?.rows == SessionSettings.sizeLimit)
        #expect(settings.dashboardEnvironment(base: ["HOME": "/srv", "PATH": "/opt/bin"])
            == ["TERM": "xterm-kitty", "LANG": "C.UTF-8", "HOME": "/srv", "PATH": "/opt/bin"])
        _ = settings.setVariable("LC_ALL", "id_ID.UTF-8")
        #expect(settings.dashboardEnvironment(base: [:]) == ["TERM": "xterm-kitty", "LC_ALL": "id_ID.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin"])
        let oddTypes = ["../../x", "", "xterm\u{1B}"].map { settings.requestTerminal(type: $0, columns: 80, rows: 24, modes: [:]) }
        #expect(oddTypes == [false, false, false])
        let resized = settings.resize(columns: 0, rows: 30)
        #expect(resized && settings.terminal?.columns == 1 && settings.terminal?.type == "xterm-kitty")
        var withoutTerminal = SessionSettings()
        let resizedWithout = withoutTerminal.resize(columns: 80, rows: 24)
        #expect(!resizedWithout)
    }

    @Test func theDashboardsArgumentsFollowTheRole() {
        let launch = DashboardLaunch(executable: "/opt/mppdash", snapshot: "/srv/rollout.json", environment: ["SECRET": "1", "HOME": "/srv"])
        #expect(launch.arguments(for: Viewer(name: "budi", fingerprint: "f", role: .viewer))
            == ["/opt/mppdash", "--snapshot", "/srv/rollout.json", "--user", "budi", "--read-only"])
        #expect(launch.arguments(for: Viewer(name: "sari", fingerprint: "f", role: .editor))
            == ["/opt/mppdash", "--snapshot", "/srv/rollout.json", "--user", "sari"])
        #expect(launch.base == ["HOME": "/srv"])
    }
}

@Suite struct FailedAuthenticationLimitTests {
    @Test func anAddressIsBlockedAtTheMaximumUntilItsFailuresAge() {
        let start = ContinuousClock.now
        var limit = FailedAuthenticationLimit(maximum: 3, window: .seconds(60))
        for second in 0..<3 {
            #expect(!limit.isBlocked("10.0.0.1", at: start + .seconds(second)))
            limit.recordFailure("10.0.0.1", at: start + .seconds(second))
        }
        #expect(limit.isBlocked("10.0.0.1", at: start + .seconds(3)))
        #expect(!limit.isBlocked("10.0.0.2", at: start + .seconds(3)))
        #expect(!limit.isBlocked("10.0.0.1", at: start + .seconds(60)))
    }

    @Test func itRemembersABoundedNumberOfAddresses() {
        let start = ContinuousClock.now
        var limit = FailedAuthenticationLimit(maximum: 2, window: .seconds(60), addressLimit: 100)
        for index in 0..<1000 { limit.recordFailure("10.0.\(index / 256).\(index % 256)", at: start + .milliseconds(index)) }
        #expect(limit.addressCount <= 100)
        limit.recordFailure("10.0.3.231", at: start + .seconds(2))
        #expect(limit.isBlocked("10.0.3.231", at: start + .seconds(2)))
    }
}

@Suite struct OptionTextTests {
    @Test func durations() throws {
        #expect(try DurationText.parse("15m", option: "--idle-timeout") == .seconds(900))
        #expect(try DurationText.parse("90s", option: "--idle-timeout") == .seconds(90))
        #expect(try DurationText.parse("1h", option: "--idle-timeout") == .seconds(3600))
        #expect(try DurationText.parse("0", option: "--idle-timeout") == nil)
        #expect(throws: ServeError("--idle-timeout: expected a duration such as 90s, 15m or 1h (or 0 for none), found \"15 minutes\"")) {
            _ = try DurationText.parse("15 minutes", option: "--idle-timeout")
        }
        #expect(DashboardServer.text(.seconds(900)) == "15m")
        #expect(DashboardServer.text(.seconds(90)) == "90s")
    }

    @Test func listenAddresses() throws {
        #expect(try ListenAddress.parse("127.0.0.1:2222") == ("127.0.0.1", 2222))
        #expect(try ListenAddress.parse("[::1]:22") == ("::1", 22))
        #expect(try ListenAddress.parse("0.0.0.0:0") == ("0.0.0.0", 0))
        for text in ["2222", "::1:22", "host:99999", ":22"] {
            #expect(throws: ServeError.self) { _ = try ListenAddress.parse(text) }
        }
    }
}
