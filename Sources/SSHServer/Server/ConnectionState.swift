import Logging
import NIOCore

/// One TCP connection, on its event loop: where it comes from, who it authenticated as, and its
/// log with the connection's number and address.
final class ConnectionState {
    let address: String
    var logger: Logger
    /// Set once a key of the access list has authenticated.
    var viewer: Viewer?
    /// Session channels opened so far (one is served per connection).
    var sessionChannels = 0
    private let channel: any Channel

    init(channel: any Channel, address: String, logger: Logger) {
        self.channel = channel
        self.address = address
        self.logger = logger
    }

    func closeConnection() {
        channel.close(promise: nil)
    }
}
