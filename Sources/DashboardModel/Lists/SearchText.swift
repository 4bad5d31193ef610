/// Search text folded so that accents and case do not matter: "pangkep" finds "PANGKEP", "e"
/// finds "é". It gives what Foundation's `folding(options: [.diacriticInsensitive,
/// .caseInsensitive], locale: nil)` gives for Latin script (U+0000–U+024F, U+1E00–U+1EFF and the
/// combining marks U+0300–U+036F, which the tests check scalar by scalar, and every name in the
/// built-in dataset), without Foundation in the binary; other scripts are only lowercased.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if combiningMarks.contains(scalar.value) { continue }
            if let replacement = table[scalar] {
                folded += replacement
            } else {
                folded += String(scalar).lowercased()
            }
        }
        return folded
    }

    /// The combining diacritical marks, dropped (a decomposed "é" is "e" and U+0301).
    private static let combiningMarks: ClosedRange<UInt32> = 0x300...0x36F

    /// The letters whose folding is not their lowercase: each folded text with the letters that
    /// fold to it.
    private static let groups: [(folded: String, letters: String)] = [
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"),
        ("a\u{2BE}", "ẚ"),
        ("b", "ḂḃḄḅḆḇ"),
        ("c", "ÇçĆćĈĉĊċČčḈḉ"),
        ("d", "ĎďḊḋḌḍḎḏḐḑḒḓ"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ("f", "Ḟḟ"),
        ("g", "ĜĝĞğĠġĢģǦǧǴǵḠḡ"),
        ("h", "ĤĥȞȟḢḣḤḥḦḧḨḩḪḫẖ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋḬḭḮḯỈỉỊị"),
        ("j", "Ĵĵǰ"),
        ("k", "ĶķǨǩḰḱḲḳḴḵ"),
        ("l", "ĹĺĻļĽľḶḷḸḹḺḻḼḽ"),
        ("m", "ḾḿṀṁṂṃ"),
        ("n", "ÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ"),
        ("o", "ÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ("p", "ṔṕṖṗ"),
        ("r", "ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ"),
        ("s", "ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩẛ"),
        ("ss", "ßẞ"),
        ("t", "ŢţŤťȚțṪṫṬṭṮṯṰṱẗ"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ("v", "ṼṽṾṿ"),
        ("w", "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"),
        ("x", "ẊẋẌẍ"),
        ("y", "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ"),
        ("z", "ŹźŻżŽžẐẑẒẓẔẕ"),
        ("æ", "ǢǣǼǽ"),
        ("ø", "Ǿǿ"),
        ("ʒ", "Ǯǯ"),
        ("\u{2BC}n", "ŉ"),
        ("μ", "µ"),
    ]

    private static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for group in groups {
            for letter in group.letters.unicodeScalars { table[letter] = group.folded }
        }
        return table
    }()
}
