import CNcursesw
import Glibc
import TerminalCanvas

/// The locale decides whether ncursesw can print anything but ASCII: under `LANG=C` or with
/// `LANG` unset it prints box and block characters as blanks or as garbage, so the dashboard
/// then draws with `GlyphSet.ascii`.
enum LocaleDetection {
    /// Activates the environment's locale and returns its character set (`nl_langinfo(CODESET)`).
    ///
    /// A locale that names UTF-8 but is not installed on this host (`en_US.UTF-8` on a server
    /// with only `C.UTF-8`) makes `setlocale` fail; the character type then comes from
    /// `C.UTF-8`, which glibc 2.35 and later always have.
    static func activate(environment: (String) -> String?) -> String {
        if setlocale(LC_ALL, "") == nil, namesUTF8(environment: environment) {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
        return cn_codeset().map { String(cString: $0) } ?? ""
    }

    /// Whether the locale variable that decides the character type (`LC_ALL`, else `LC_CTYPE`,
    /// else `LANG`) names a UTF-8 locale.
    static func namesUTF8(environment: (String) -> String?) -> Bool {
        let value = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap(environment).first { !$0.isEmpty }
        return value.map { isUTF8(codeset: $0.split(separator: ".").last.map(String.init) ?? "") } ?? false
    }

    /// `UTF-8`, `utf8`, `UTF8@euro`… but not `ANSI_X3.4-1968` or `ISO-8859-1`.
    static func isUTF8(codeset: String) -> Bool {
        let name = codeset.lowercased().split(separator: "@").first ?? ""
        return name.filter { $0 != "-" } == "utf8"
    }

    /// The glyphs for a character set, with the notice to show when they are ASCII only because
    /// of the locale (not when the user asked for `--ascii`).
    static func glyphs(codeset: String, forceASCII: Bool) -> (glyphs: GlyphSet, notice: TerminalNotice?) {
        if forceASCII { return (.ascii, nil) }
        return isUTF8(codeset: codeset) ? (.unicode, nil) : (.ascii, .asciiGlyphs(codeset: codeset))
    }
}
