/// A JSON document that cannot be read: broken syntax, invalid UTF-8, a truncated file or a key
/// given twice in one object.
///
/// `offset` is the byte offset where reading stopped; `JSONReader.location(of:)` turns it into a
/// line and column.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// A key that came twice in one object, and the offset of its first occurrence.
    public struct DuplicateKey: Hashable, Sendable {
        public var key: String
        public var firstOffset: Int
    }

    public var offset: Int
    public var message: String
    /// Set for a duplicate key until `JSONDecodingContext` has named its JSON path in `message`.
    public var duplicate: DuplicateKey?

    public init(offset: Int, message: String, duplicate: DuplicateKey? = nil) {
        self.offset = offset
        self.message = message
        self.duplicate = duplicate
    }
}
