import Testing
@testable import NcursesScreen

@Suite("The clipboard sequence (OSC 52)")
struct ClipboardTests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy"),
                      ("https://menpan.go.id/", "aHR0cHM6Ly9tZW5wYW4uZ28uaWQv")])
    func base64(_ text: String, _ encoded: String) {
        #expect(String(decoding: Clipboard.base64(Array(text.utf8)), as: UTF8.self) == encoded)
    }

    @Test func theSequenceWrapsTheTextForTheTerminal() {
        #expect(String(decoding: Clipboard.sequence("foo"), as: UTF8.self) == "\u{1B}]52;c;Zm9v\u{07}")
    }
}
