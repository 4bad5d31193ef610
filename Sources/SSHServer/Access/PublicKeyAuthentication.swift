import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOSSH

/// The failed-authentication limit shared by all connections.
final class SharedFailureLimit: Sendable {
    private let limit: NIOLockedValueBox<FailedAuthenticationLimit>

    init(_ limit: FailedAuthenticationLimit) {
        self.limit = NIOLockedValueBox(limit)
    }

    func isBlocked(_ address: String) -> Bool {
        limit.withLockedValue { $0.isBlocked(address, at: .now) }
    }

    /// Records a failure; true when the address is now blocked.
    func recordFailure(_ address: String) -> Bool {
        limit.withLockedValue { limit in
            limit.recordFailure(address, at: .now)
            return limit.isBlocked(address, at: .now)
        }
    }
}

/// Public-key authentication of one connection against the access list: Ed25519 and ECDSA keys
/// (swift-nio-ssh has checked the signature before asking); password, host-based and `none`
/// are refused. Every failure but `none` (which OpenSSH clients send first, to learn the
/// methods) counts against the client's address; once the address is blocked the connection is
/// closed. Logs the fingerprint of each key offered, never the key itself.
final class PublicKeyAuthentication: NIOSSHServerUserAuthenticationDelegate {
    private let connection: ConnectionState
    private let access: AccessList
    private let failures: SharedFailureLimit
    private let onSuccess: () -> Void

    init(connection: ConnectionState, access: AccessList, failures: SharedFailureLimit, onSuccess: @escaping () -> Void) {
        self.connection = connection
        self.access = access
        self.failures = failures
        self.onSuccess = onSuccess
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .publicKey }

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        let logger = connection.logger
        let user = String(request.username.prefix(64))
        guard !failures.isBlocked(connection.address) else {
            logger.notice("refused authentication: too many failures from this address", metadata: ["ssh-user": "\(user)"])
            responsePromise.succeed(.failure)
            connection.closeConnection()
            return
        }
        switch request.request {
        case .publicKey(let offer):
            let fingerprint = KeyFingerprint.of(offer.publicKey)
            if let viewer = access.viewer(for: offer.publicKey) {
                connection.viewer = viewer
                onSuccess()
                logger.info("authenticated", metadata: ["key": "\(fingerprint)", "user": "\(viewer.name)", "role": "\(viewer.role.rawValue)", "ssh-user": "\(user)"])
                responsePromise.succeed(.success)
            } else {
                logger.notice("refused key: not in the authorized keys", metadata: ["key": "\(fingerprint)", "ssh-user": "\(user)"])
                fail(responsePromise)
            }
        case .password:
            logger.notice("refused password authentication: public keys only", metadata: ["ssh-user": "\(user)"])
            fail(responsePromise)
        case .hostBased:
            logger.notice("refused host-based authentication: public keys only", metadata: ["ssh-user": "\(user)"])
            fail(responsePromise)
        case .none:
            logger.debug("none authentication: public keys only", metadata: ["ssh-user": "\(user)"])
            responsePromise.succeed(.failure)
        }
    }

    private func fail(_ promise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        promise.succeed(.failure)
        if failures.recordFailure(connection.address) {
            connection.logger.warning("too many failed authentications from this address; closing")
            connection.closeConnection()
        }
    }
}
