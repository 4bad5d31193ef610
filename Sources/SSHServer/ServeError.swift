/// Why `mppdash serve` cannot start: a file it was given, or an option, named with what was
/// expected and what was found.
public struct ServeError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
