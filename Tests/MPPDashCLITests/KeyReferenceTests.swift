@testable import MPPDashCLI
import Testing

/// The key reference writes keys as they are on a keyboard.
@Suite("Key reference")
struct KeyReferenceTests {
    @Test(arguments: [("PgDn/^F", ["Page Down", "Ctrl-F"]), ("Esc/Bksp", ["Esc", "Backspace"]), ("S-Tab", ["Shift-Tab"]),
                      ("/", ["/"]), ("f/|", ["f", "\\|"]), ("^", ["^"]), ("End/G", ["End", "G"])])
    func labelsAreSpelledOut(_ label: String, _ keys: [String]) {
        #expect(KeysCommand.spelledOut(label) == keys)
    }
}
