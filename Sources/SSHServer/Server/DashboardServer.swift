public import Logging
import NIOConcurrencyHelpers
public import NIOCore
import NIOPosix
import NIOSSH

/// `mppdash serve`: an SSH server that gives every authenticated session its own `mppdash` on
/// its own pseudo-terminal. Public keys only, from an authorized_keys file; the keys of the
/// editors file edit, the others watch read-only. One session channel per connection, no exec,
/// no subsystems, no forwarding of any kind.
public final class DashboardServer: Sendable {
    public let configuration: ServeConfiguration
    private let access: NIOLockedValueBox<AccessList>
    private let hostKey: NIOSSHPrivateKey
    private let failures: SharedFailureLimit
    private let registry: SessionRegistry
    private let services: SessionServices
    private let logger: Logger
    private let group: any EventLoopGroup
    private let state = NIOLockedValueBox(State())

    private struct State {
        var serverChannel: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var unauthenticated = 0
        var connectionNumber = 0
    }

    /// Reads the keys (generating the host key on the first start); logs what it found.
    public init(configuration: ServeConfiguration, group: any EventLoopGroup, logger: Logger) throws(ServeError) {
        self.configuration = configuration
        self.group = group
        self.logger = logger
        let access = try AccessList(authorizedKeysFile: configuration.authorizedKeysFile, editorsFile: configuration.editorsFile)
        Self.warnAboutEditors(access, configuration: configuration, logger: logger)
        self.access = NIOLockedValueBox(access)
        let (key, origin) = try HostKeyFile.loadOrCreate(configuration.hostKeyFile)
        hostKey = NIOSSHPrivateKey(ed25519Key: key)
        logger.info("\(origin == .created ? "generated the host key" : "host key") \(configuration.hostKeyFile)", metadata: ["key": "\(KeyFingerprint.of(hostKey.publicKey))"])
        failures = SharedFailureLimit(FailedAuthenticationLimit(maximum: configuration.maxAuthFailures, window: configuration.failureWindow))
        registry = SessionRegistry(maximum: configuration.maxSessions)
        services = SessionServices(
            launch: configuration.launch, registry: registry,
            idleTimeout: configuration.idleTimeout.map { TimeAmount.nanoseconds(Int64($0.components.seconds) * 1_000_000_000) },
            idleTimeoutText: configuration.idleTimeout.map(Self.text) ?? "", hangUpGrace: .seconds(5), reaper: .shared)
    }

    /// Reads the key files again (on SIGHUP): new connections authenticate against them;
    /// sessions already running go on. When a file is wrong, the keys read before stay, and the
    /// error is logged.
    public func reloadKeys() {
        do {
            let access = try AccessList(authorizedKeysFile: configuration.authorizedKeysFile, editorsFile: configuration.editorsFile)
            Self.warnAboutEditors(access, configuration: configuration, logger: logger)
            self.access.withLockedValue { $0 = access }
            logger.info("reloaded the keys", metadata: ["keys": "\(access.count)"])
        } catch {
            logger.error("keeping the keys read before: \(error)")
        }
    }

    private static func warnAboutEditors(_ access: AccessList, configuration: ServeConfiguration, logger: Logger) {
        for key in access.editorsNotAuthorized {
            logger.warning("\(key.location): this editor key is not in \(configuration.authorizedKeysFile), so it cannot log in", metadata: ["key": "\(key.fingerprint)"])
        }
    }

    /// Listens on the configured address; the port actually bound (the configured one, or the
    /// one the system chose for port 0).
    public func start() throws -> Int {
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture { try accept(channel) }
            }
            .bind(host: configuration.host, port: configuration.port)
            .wait()
        state.withLockedValue { $0.serverChannel = channel }
        let port = channel.localAddress?.port ?? configuration.port
        logger.info("listening on \(configuration.host):\(port)", metadata: [
            "keys": "\(access.withLockedValue { $0.count })", "max-sessions": "\(configuration.maxSessions)",
            "idle-timeout": "\(services.idleTimeoutText.isEmpty ? "none" : services.idleTimeoutText)",
            "snapshot": "\(configuration.launch.snapshot ?? "built-in (read-only)")",
        ])
        return port
    }

    /// Stops accepting, ends every session (its dashboard hung up, so that it restores the
    /// client's terminal), then closes the connections that are left.
    public func stop() -> EventLoopFuture<Void> {
        let eventLoop = group.next()
        let serverChannel = state.withLockedValue { $0.serverChannel }
        logger.info("stopping", metadata: ["sessions": "\(registry.count)"])
        let closed = serverChannel?.close() ?? eventLoop.makeSucceededVoidFuture()
        return closed.flatMapError { _ in eventLoop.makeSucceededVoidFuture() }
            .flatMap { self.registry.endAll(on: eventLoop) }
            .flatMap {
                let connections = self.state.withLockedValue { Array($0.connections.values) }
                let closes = connections.map { $0.close().flatMapError { _ in eventLoop.makeSucceededVoidFuture() } }
                return EventLoopFuture.andAllSucceed(closes, on: eventLoop)
            }
            .map { self.logger.info("stopped") }
    }

    /// Sets up an accepted connection, or closes it when its address is refused or too many
    /// connections are still unauthenticated.
    private func accept(_ channel: any Channel) throws {
        let address = channel.remoteAddress?.ipAddress ?? "unknown"
        let number: Int? = state.withLockedValue { state in
            guard state.unauthenticated < configuration.maxUnauthenticated else { return nil }
            state.unauthenticated += 1
            state.connectionNumber += 1
            state.connections[ObjectIdentifier(channel)] = channel
            return state.connectionNumber
        }
        var logger = self.logger
        logger[metadataKey: "address"] = "\(address)"
        guard let number else {
            logger.warning("refused connection: \(configuration.maxUnauthenticated) connections are not authenticated yet")
            channel.close(promise: nil)
            return
        }
        logger[metadataKey: "connection"] = "\(number)"
        let connection = ConnectionState(channel: channel, address: address, logger: logger)
        var counted = true
        let authenticated = { [self] in
            guard counted else { return }
            counted = false
            state.withLockedValue { $0.unauthenticated -= 1 }
        }
        channel.closeFuture.assumeIsolated().whenComplete { [self] _ in
            authenticated()
            _ = state.withLockedValue { $0.connections.removeValue(forKey: ObjectIdentifier(channel)) }
            connection.logger.info("connection closed")
        }
        if failures.isBlocked(address) {
            logger.notice("refused connection: too many failed authentications from this address")
            channel.close(promise: nil)
            return
        }
        logger.info("connection")
        let grace = TimeAmount.nanoseconds(Int64(configuration.loginGraceTime.components.seconds) * 1_000_000_000)
        channel.eventLoop.assumeIsolated().scheduleTask(in: grace) {
            guard connection.viewer == nil else { return }
            connection.logger.notice("closing: not authenticated within \(Self.text(self.configuration.loginGraceTime))")
            connection.closeConnection()
        }
        var serverConfiguration = SSHServerConfiguration(
            hostKeys: [hostKey],
            userAuthDelegate: PublicKeyAuthentication(connection: connection, access: access.withLockedValue { $0 }, failures: failures,
                                                      onSuccess: authenticated),
            globalRequestDelegate: RefusingGlobalRequests(logger: logger))
        serverConfiguration.maximumPacketSize = 32768
        serverConfiguration.maxAuthAttempts = 20
        let handler = NIOSSHHandler(role: .server(serverConfiguration), allocator: channel.allocator) { [self] child, type in
            openChannel(child, type: type, connection: connection)
        }
        try channel.pipeline.syncOperations.addHandlers(handler, ConnectionErrors(logger: logger))
    }

    /// A channel the client opens: the first session channel of an authenticated connection
    /// gets a session; forwarding channels and further sessions are refused.
    private func openChannel(_ child: any Channel, type: SSHChannelType, connection: ConnectionState) -> EventLoopFuture<Void> {
        switch type {
        case .session:
            guard let viewer = connection.viewer else {
                return child.eventLoop.makeFailedFuture(ChannelRefused())
            }
            connection.sessionChannels += 1
            guard connection.sessionChannels == 1 else {
                connection.logger.notice("refused a second session channel on the connection")
                return child.eventLoop.makeFailedFuture(ChannelRefused())
            }
            var logger = connection.logger
            logger[metadataKey: "user"] = "\(viewer.name)"
            let handler = SessionHandler(viewer: viewer, services: services, logger: logger)
            return child.eventLoop.makeCompletedFuture { try child.pipeline.syncOperations.addHandler(handler) }
        case .directTCPIP(let target):
            connection.logger.notice("refused port forwarding", metadata: ["target": "\(target.targetHost.prefix(64)):\(target.targetPort)"])
            return child.eventLoop.makeFailedFuture(ChannelRefused())
        case .forwardedTCPIP:
            connection.logger.notice("refused a forwarded-tcpip channel")
            return child.eventLoop.makeFailedFuture(ChannelRefused())
        }
    }

    /// "15m", "90s", "1h" for a duration of whole seconds.
    static func text(_ duration: Duration) -> String {
        let seconds = duration.components.seconds
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

/// Why a channel the client opened was refused.
struct ChannelRefused: Error {}

/// Logs what ends a connection with an error (a protocol violation, garbage on the port) and
/// closes it.
final class ConnectionErrors: ChannelInboundHandler {
    typealias InboundIn = Any
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        logger.notice("connection error: \(error)")
        context.close(promise: nil)
    }
}
