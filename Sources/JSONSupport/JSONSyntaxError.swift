/// A JSON document that cannot be read: broken syntax, invalid UTF-8 or a truncated file.
///
/// `offset` is the byte offset where reading stopped; `JSONReader.location(of:)` turns it into a
/// line and column.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
