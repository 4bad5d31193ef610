/// Who stated a figure (a reported total, a batch's count, a conflict's claim).
public enum Reporter: String, DeclarationOrdered, Sendable {
    /// KemenPAN-RB, the ministry in charge, including its minister and deputies quoted by the press.
    case kemenpanrb
    /// Kementerian Dalam Negeri (Home Affairs).
    case kemendagri
    case regionalGovernment = "regional-government"
    case vicePresident = "vice-president"
    /// A figure of the press's own.
    case press
    case other
}
