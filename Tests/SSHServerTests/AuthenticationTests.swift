import Glibc
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH
@testable import SSHServer
import Testing

/// The server's authentication seen from swift-nio-ssh's client, which (unlike OpenSSH's) sends
/// a password and `none` whatever the server offers: both are refused, only publickey is
/// offered, and an address that keeps failing is shut out.
@Suite struct AuthenticationTests {
    /// A server on a free loopback port with the fixture keys, its log in a file.
    final class Server {
        let folder: String
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server: DashboardServer
        let port: Int

        init(maxAuthFailures: Int = 10) throws {
            var template = Array("/tmp/mppdash-auth-XXXXXX".utf8CString)
            folder = String(cString: try #require(mkdtemp(&template)))
            let keys = folder + "/authorized_keys"
            try TextFile.create(keys, bytes: Array("\(KeyFixtures.ed25519Public)\n".utf8), mode: 0o600)
            let destination = try LogDestination(file: folder + "/server.log")
            let logger = Logger(label: "test") { _ in LineLogHandler(destination: destination, level: .debug) }
            let configuration = ServeConfiguration(
                host: "127.0.0.1", port: 0, authorizedKeysFile: keys, editorsFile: nil, hostKeyFile: folder + "/host_key",
                launch: DashboardLaunch(executable: "/bin/false", snapshot: nil, environment: [:]), maxSessions: 1, idleTimeout: nil,
                maxAuthFailures: maxAuthFailures)
            server = try DashboardServer(configuration: configuration, group: group, logger: logger)
            port = try server.start()
        }

        var log: String { (try? TextFile.read(folder + "/server.log")) ?? "" }

        deinit {
            try? server.stop().wait()
            try? group.syncShutdownGracefully()
            for name in ["authorized_keys", "server.log", "host_key"] { unlink(folder + "/" + name) }
            rmdir(folder)
        }

        /// Connects, offers `offers` in turn, and waits for the connection to end (the client
        /// closes it once it has nothing more to offer). The methods the server said it takes,
        /// after each refusal.
        func authenticate(_ offers: [NIOSSHUserAuthenticationOffer.Offer]) throws -> [NIOSSHAvailableUserAuthenticationMethods] {
            let record = NIOLockedValueBox<[NIOSSHAvailableUserAuthenticationMethods]>([])
            let channel = try ClientBootstrap(group: group)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let delegate = Offers(offers, record: record, channel: channel)
                        let configuration = SSHClientConfiguration(userAuthDelegate: delegate, serverAuthDelegate: AnyHostKey())
                        try channel.pipeline.syncOperations.addHandlers(
                            NIOSSHHandler(role: .client(configuration), allocator: channel.allocator, inboundChildChannelInitializer: nil),
                            CloseOnError())
                    }
                }
                .connect(host: "127.0.0.1", port: port).wait()
            try channel.closeFuture.wait()
            return Array(record.withLockedValue { $0 }.dropFirst())
        }
    }

    @Test func passwordAndNoneAreRefusedAndOnlyPublicKeyIsOffered() throws {
        let server = try Server()
        let offered = try server.authenticate([.password(.init(password: "gottagofast")), .none])
        #expect(offered == [.publicKey, .publicKey])
        #expect(server.log.contains("refused password authentication: public keys only"), "\(server.log)")
        #expect(!server.log.contains("gottagofast"))
        #expect(!server.log.contains("authenticated "))
    }

    @Test func anAddressThatKeepsFailingIsShutOut() throws {
        let server = try Server(maxAuthFailures: 2)
        let password = NIOSSHUserAuthenticationOffer.Offer.password(.init(password: "x"))
        let offered = try server.authenticate([password, password, password, password])
        // Without the limit the client would hear back after each of the four; the connection is
        // closed at the second failure (whose answer may or may not arrive first).
        #expect(offered.count <= 2, "the connection was not closed at the second failure: \(offered)")
        #expect(server.log.contains("too many failed authentications from this address; closing"), "\(server.log)")
        #expect(try server.authenticate([password]).isEmpty)
        #expect(server.log.contains("refused connection: too many failed authentications from this address"), "\(server.log)")
    }
}

/// Offers the given methods one after the other, records what the server says it takes, and
/// closes the connection when there is nothing left to offer.
private final class Offers: NIOSSHClientUserAuthenticationDelegate {
    private var offers: [NIOSSHUserAuthenticationOffer.Offer]
    private let record: NIOLockedValueBox<[NIOSSHAvailableUserAuthenticationMethods]>
    private let channel: any Channel

    init(_ offers: [NIOSSHUserAuthenticationOffer.Offer], record: NIOLockedValueBox<[NIOSSHAvailableUserAuthenticationMethods]>, channel: any Channel) {
        self.offers = offers
        self.record = record
        self.channel = channel
    }

    func nextAuthenticationType(availableMethods: NIOSSHAvailableUserAuthenticationMethods,
                                nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>) {
        record.withLockedValue { $0.append(availableMethods) }
        guard !offers.isEmpty else {
            nextChallengePromise.succeed(nil)
            channel.close(promise: nil)
            return
        }
        nextChallengePromise.succeed(NIOSSHUserAuthenticationOffer(username: "budi", serviceName: "", offer: offers.removeFirst()))
    }
}

private struct AnyHostKey: NIOSSHClientServerAuthenticationDelegate {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed()
    }
}

private final class CloseOnError: ChannelInboundHandler {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
