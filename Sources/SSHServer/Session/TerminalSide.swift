import NIOCore

/// The master side of a session's pseudo-terminal, as a NIO pipe channel on the event loop of
/// the session's SSH channel: what the dashboard writes goes to the client; reading stops while
/// the client's channel cannot take more (its window is full), so the dashboard blocks on its
/// terminal instead of the server buffering without bound.
final class TerminalSide: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var session: SessionHandler?
    private var context: ChannelHandlerContext?
    private var heldRead = false

    init(session: SessionHandler) {
        self.session = session
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        session = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session?.fromTerminal(unwrapInboundIn(data))
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session?.flushToClient()
    }

    func read(context: ChannelHandlerContext) {
        if session?.clientIsWritable ?? true {
            context.read()
        } else {
            heldRead = true
        }
    }

    /// The client's channel can take data again: read what the dashboard wrote meanwhile.
    func resumeReading() {
        guard heldRead, let context else { return }
        heldRead = false
        context.read()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { session?.resumeClientReads() }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        let session = self.session
        self.session = nil
        session?.terminalClosed()
        context.fireChannelInactive()
    }

    /// A read of a master whose terminal was hung up fails with EIO: that is the terminal's end,
    /// not an error to report.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
