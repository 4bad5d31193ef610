package import RolloutData

/// Reading what was typed into a field: dates, counts and URLs, forgiving of spaces around them.
package enum FieldValues {
    /// A date as officials write it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `DD/MM/YYYY` (one-digit
    /// day and month allowed); nil for anything else or a day that does not exist.
    package static func date(_ text: String) -> PartialDate? {
        let text = trimmed(text)
        if let date = PartialDate(iso: text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy(isDigits) else { return nil }
        return PartialDate(iso: "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))")
    }

    /// A whole number ≥ 0 of at most nine digits; nil for anything else.
    package static func count(_ text: String) -> Int? {
        let text = trimmed(text)
        guard (1...9).contains(text.count), isDigits(Substring(text)) else { return nil }
        return Int(text)
    }

    /// The host of an `http://` or `https://` address without spaces, lower-cased and without
    /// `www.` (`menpan.go.id`); nil when the text is not such an address.
    package static func host(ofURL text: String) -> String? {
        let text = trimmed(text)
        guard !text.contains(where: \.isWhitespace) else { return nil }
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return nil }
        let host = lowered.dropFirst(scheme.count).prefix { !"/?#:".contains($0) }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              host.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" })
        else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// The text without spaces at either end.
    package static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func padded(_ text: Substring) -> String { text.count == 1 ? "0" + text : String(text) }
}

/// The ids a form gives the records it adds, in the style of the data's own: `mpp-73.06`,
/// `2026-02-10` for a batch, `2026-02-10-73-all` for a coverage claim, `batch-2026-02-10` for a
/// conflict, `antaranews-bali-peresmian-mpp` for a source; with `-2`, `-3`… when taken.
package enum Identifiers {
    /// `base`, or `base-2`, `base-3`… : the first that `isTaken` does not refuse.
    package static func unique(_ base: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(base) else { return base }
        var number = 2
        while isTaken("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// Lower-case letters and digits, every other run of characters one `-`, accents dropped.
    package static func slug(_ text: String) -> String {
        var result = ""
        for scalar in SearchText.fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }

    /// A new source's id from its URL: the site's name from its host, the parts of a sub-site
    /// after it (`bali.antaranews.com` → `antaranews-bali`), then the last part of the path
    /// (`peresmian-mpp-2026`), at most 48 characters.
    package static func source(url: String) -> String {
        guard let host = FieldValues.host(ofURL: url) else { return "source" }
        var labels = host.split(separator: ".").map(String.init)
        while labels.count > 1, let last = labels.last, genericLabels.contains(last) { labels.removeLast() }
        let site = labels.reversed().joined(separator: "-")
        let path = FieldValues.trimmed(url).split(separator: "/", omittingEmptySubsequences: true).dropFirst(2)
            .map { $0.prefix { !"?#".contains($0) } }.last { !$0.isEmpty }
        let page = path.map { slug(String($0.hasSuffix(".html") ? $0.dropLast(5) : $0)) } ?? ""
        let id = slug(page.isEmpty ? site : site + "-" + page)
        return String(id.prefix(48)).split(separator: "-").joined(separator: "-")
    }

    /// The last labels of a host that say nothing of the site (`go.id`, `co.id`, `com`).
    private static let genericLabels: Set<String> = ["com", "id", "go", "co", "or", "ac", "net", "org", "info", "news", "web", "sch", "my"]
}
