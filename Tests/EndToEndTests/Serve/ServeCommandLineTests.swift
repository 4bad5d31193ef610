import Testing

/// `mppdash serve` runs `mppdash-serve`, beside it, with its arguments.
@Suite("mppdash serve: the command line")
struct ServeCommandLineTests {
    @Test func mppdashServeRunsTheServerWithItsArguments() throws {
        let help = try PseudoTerminal([MPPDash.executable, "serve", "--help"], columns: 200)
        #expect(help.waitForExit() == .exited(0))
        #expect(help.text.contains("USAGE: mppdash serve [--listen <host:port>] --authorized-keys <file> [--editors <file>]"), "\(help.text)")

        let folder = try ScratchFolder()
        let keys = try folder.file("keys", contents: "# viewers\nssh-rsa AAAAB3NzaC1yc2E budi\n")
        let refused = try PseudoTerminal([MPPDash.executable, "serve", "--authorized-keys", keys, "--host-key", folder.path("host_key"),
                                          "--listen", "127.0.0.1:0"], columns: 200)
        #expect(refused.waitForExit() == .exited(1))
        #expect(refused.text.contains("mppdash serve: \(keys):2: ssh-rsa keys are not supported"), "\(refused.text)")
        #expect(!folder.names().contains("host_key"), "nothing is written when the keys are refused")
    }
}
