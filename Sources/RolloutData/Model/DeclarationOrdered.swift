/// An enumeration whose cases are ordered the way they are declared.
public protocol DeclarationOrdered: CaseIterable, Comparable where AllCases == [Self] {}

extension DeclarationOrdered {
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
