/// A key of an object as `JSONReader` found it: where its text stands in the document, so that a
/// decoder compares it with the keys it knows (`switch key { case "id": … }`) without making a
/// `String` of every key read. (String values are read this way too, to look them up among those
/// already read before a `String` is made.)
///
/// It points into the document's bytes: use it only while reading them. A key with escapes or
/// non-ASCII characters is compared as the text it decodes to, with `String`'s equality, as a
/// `String` key always was.
public struct JSONKey: CustomStringConvertible {
    /// The document the key was read from.
    let document: UnsafeBufferPointer<UInt8>
    /// The key's bytes as written, without its quotes.
    let written: Range<Int>
    /// No escapes and ASCII only: the bytes are the text.
    let isPlain: Bool
    let hasEscapes: Bool

    /// The key's text, escapes decoded.
    public var string: String {
        let raw = UnsafeBufferPointer(rebasing: document[written])
        // The text was checked when it was read, so decoding it again cannot fail.
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        var reader = JSONReader(bytes: document, at: written.lowerBound)
        return (try? reader.readEscapedString(from: written.lowerBound)) ?? String(decoding: raw, as: UTF8.self)
    }

    public var description: String { string }

    /// True when the key is `pattern`.
    public static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        guard key.isPlain else { return key.string == pattern.description }
        let count = pattern.utf8CodeUnitCount
        guard key.written.count == count else { return false }
        let text = pattern.utf8Start
        var index = 0
        while index < count {
            if key.document[key.written.lowerBound + index] != text[index] { return false }
            index += 1
        }
        return true
    }

    public static func == (key: JSONKey, text: String) -> Bool {
        key.string == text
    }

    /// A number from the key's length and its first and last bytes: equal for equal plain keys.
    var sketch: Int {
        guard let first = written.first else { return 0 }
        return written.count &* 31 &+ Int(document[first]) &+ Int(document[written.upperBound - 1]) &* 7
    }

    /// True when both keys are the same text.
    func isSame(as other: JSONKey) -> Bool {
        guard isPlain, other.isPlain else { return string == other.string }
        guard written.count == other.written.count else { return false }
        var index = 0
        while index < written.count {
            if document[written.lowerBound + index] != other.document[other.written.lowerBound + index] { return false }
            index += 1
        }
        return true
    }
}
