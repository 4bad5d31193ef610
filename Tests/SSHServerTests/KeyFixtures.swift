/// Keys made with OpenSSH's ssh-keygen 9.2 for these tests (never used anywhere else), with the
/// fingerprints `ssh-keygen -l` printed for them: the reference the project's own parsing and
/// fingerprints are checked against.
enum KeyFixtures {
    static let ed25519Public = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIrVdDlICSe7NzfzzgIiA5CT6XcKXH/cfeTCq10WJEPI fixture"
    static let ed25519Fingerprint = "SHA256:5uB9BSFIxDQzCFW0/COKqB/IENq/LU7pmCiv3I5vj+A"
    /// The private half of `ed25519Public`, as `ssh-keygen -t ed25519 -N ""` wrote it.
    static let ed25519Private = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACCK1XQ5SAknuzc3884CIgOQk+l3Clx/3H3kwqtdFiRDyAAAAJDafHVf2nx1
        XwAAAAtzc2gtZWQyNTUxOQAAACCK1XQ5SAknuzc3884CIgOQk+l3Clx/3H3kwqtdFiRDyA
        AAAEDpsESb5JY/lLJ6VWbjS0RoZyXLEmnpxLuNxCesiIAicYrVdDlICSe7NzfzzgIiA5CT
        6XcKXH/cfeTCq10WJEPIAAAAB2ZpeHR1cmUBAgMEBQY=
        -----END OPENSSH PRIVATE KEY-----

        """
    static let ecdsaPublic = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBMO+H9Iz69smlZrFN1PUI5snNXen51By6L0Vttk3iubbnhdPS4rtnFDWnx9KyRDi6IWw4s+dVF5ysNL54zIoX/Y="
    static let ecdsaFingerprint = "SHA256:e13UBRbiKqlKbTSX8/r5tSvj6crPTW3tlrFji1tlT3Y"
    /// An Ed25519 key encrypted with a passphrase.
    static let encryptedPrivate = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABCGYKEcJp
        sDFlOuu3PwEei3AAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIICIykm1bTMlYqjh
        wdJjjJZkTpecRlcPNb45UjpsXSYCAAAAkNA9JZw6+7wnZotQNa+vzwuXmQw7UbbdmyiF+P
        C8rxfmpDtdLJtJ7Pmtc6u0Q9JLScooNEFFpvxJbp/mD/cWuQ3+aWYK7EAMbu3+eJwMX5rv
        djwhaOL2opJQLY5z+8fq6Cg3Skyb+IisW+Nl13IpkRKJK6DMB3/4nGjuQh7b+C97zNgyVN
        x7fd1gnY2Kowz88w==
        -----END OPENSSH PRIVATE KEY-----

        """
}
