import CPtySpawn
import Glibc
import Logging
import NIOCore
import NIOPosix
import NIOSSH

/// One session channel of an authenticated connection: it gathers the client's pty-req and env
/// requests, starts the viewer's dashboard on a pseudo-terminal at the shell request, carries
/// bytes both ways with backpressure, passes window changes on, and ends with the dashboard's
/// exit status. Exec and subsystem requests are refused; so is a shell without a terminal.
///
/// The dashboard is hung up (SIGHUP to its process group, SIGKILL after a grace period) when the
/// client goes away, when the idle timeout passes without input, and when the server stops; the
/// channel closes once the process has been reaped and its terminal drained.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let viewer: Viewer
    private let services: SessionServices
    private var logger: Logger

    private var settings = SessionSettings()
    private var context: ChannelHandlerContext?

    fileprivate enum Phase {
        /// Before the shell request.
        case waiting
        /// The dashboard runs (or has ended and its terminal is being drained).
        case running(pid: pid_t, master: Int32, registration: Int)
        /// The channel is closing or closed.
        case ended
    }

    private var phase = Phase.waiting
    private var terminal: TerminalSide?
    private var terminalChannel: (any Channel)?
    private var exit: ChildExit?
    private var terminalOpen = false
    /// Said to the client after the dashboard's last output, when the server ended the session.
    private var endMessage: String?
    private var startedAt = NIODeadline.now()
    private var lastInput = NIODeadline.now()
    private var heldRead = false
    private var idleCheck: Scheduled<Void>?
    private var killTimer: Scheduled<Void>?

    init(viewer: Viewer, services: SessionServices, logger: Logger) {
        self.viewer = viewer
        self.services = services
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    // MARK: Requests

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let modes = Dictionary(request.terminalModes.modeMapping.map { ($0.key.rawValue, $0.value.rawValue) }) { $1 }
            let taken = phase.isWaiting
                && settings.requestTerminal(type: request.term, columns: request.terminalCharacterWidth, rows: request.terminalRowHeight, modes: modes)
            if !taken { logger.notice("refused pty-req", metadata: ["term": "\(request.term.prefix(64))"]) }
            reply(taken, wanted: request.wantReply)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            let taken = phase.isWaiting && settings.setVariable(request.name, request.value)
            if !taken { logger.debug("ignored env request", metadata: ["name": "\(request.name.prefix(64))"]) }
            reply(taken, wanted: request.wantReply)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            resize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
        case let request as SSHChannelRequestEvent.ShellRequest:
            startDashboard(wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.ExecRequest:
            logger.notice("refused exec request: commands are not run", metadata: ["bytes": "\(request.command.utf8.count)"])
            guard phase.isWaiting else { return reply(false, wanted: request.wantReply) }
            decline(SessionMessages.noCommands, to: .stdErr, wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            logger.notice("refused subsystem request", metadata: ["subsystem": "\(request.subsystem.prefix(64))"])
            refuse(SessionMessages.noSubsystems, wantReply: request.wantReply)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func reply(_ success: Bool, wanted: Bool) {
        guard wanted, let context else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// Says `message` on standard error, answers the request with a failure and closes.
    private func refuse(_ message: String, wantReply: Bool) {
        guard let context else { return }
        write(message, to: .stdErr)
        reply(false, wanted: wantReply)
        if phase.isWaiting {
            phase = .ended
            context.close(promise: nil)
        }
    }

    /// Says `message` on the channel (or on standard error), exits 1 and closes: the request
    /// is answered (so that the client shows the message) but not served.
    private func decline(_ message: String, to type: SSHChannelData.DataType = .channel, wantReply: Bool) {
        guard let context else { return }
        reply(true, wanted: wantReply)
        write(message, to: type)
        phase = .ended
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
        context.close(promise: nil)
    }

    private func write(_ text: String, to type: SSHChannelData.DataType) {
        guard let context else { return }
        let buffer = context.channel.allocator.buffer(string: text)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: type, data: .byteBuffer(buffer))), promise: nil)
    }

    // MARK: The dashboard

    private func startDashboard(wantReply: Bool) {
        guard let context, phase.isWaiting else {
            reply(false, wanted: wantReply)
            return
        }
        guard settings.terminal != nil else {
            logger.notice("refused shell without a terminal")
            decline(SessionMessages.needsTerminal, to: .stdErr, wantReply: wantReply)
            return
        }
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        let eventLoop = context.eventLoop
        guard let registration = services.registry.admit(end: { reason in
            eventLoop.execute { loopBound.value.end(reason) }
        }) else {
            logger.notice("refused session: server full", metadata: ["max-sessions": "\(services.registry.maximum)"])
            decline(SessionMessages.full(maximum: services.registry.maximum), wantReply: wantReply)
            return
        }
        let running: DashboardLaunch.Running
        do {
            running = try services.launch.start(for: viewer, settings: settings)
        } catch {
            logger.error("cannot start the dashboard: \(error)")
            services.registry.leave(registration)
            decline(SessionMessages.cannotStart, wantReply: wantReply)
            return
        }
        phase = .running(pid: running.pid, master: running.master, registration: registration)
        startedAt = .now()
        lastInput = startedAt
        logger[metadataKey: "pid"] = "\(running.pid)"
        logger.info("session started", metadata: [
            "term": "\(settings.terminal?.type ?? "")",
            "size": "\(settings.terminal?.columns ?? 0)x\(settings.terminal?.rows ?? 0)",
            "read-only": "\(viewer.role == .viewer)",
        ])
        do {
            try services.reaper.watch(running.pid) { exit in
                eventLoop.execute { loopBound.value.dashboardExited(exit) }
            }
        } catch {
            logger.error("\(error)")
            Glibc.close(running.master)
            phase = .ended
            services.registry.leave(registration)
            decline(SessionMessages.cannotStart, wantReply: wantReply)
            return
        }
        reply(true, wanted: wantReply)
        terminalOpen = true
        NIOPipeBootstrap(group: eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let side = TerminalSide(session: loopBound.value)
                    loopBound.value.terminal = side
                    try channel.pipeline.syncOperations.addHandler(side)
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: running.master)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let channel):
                    self.terminalChannel = channel
                    self.resumeClientReads()
                case .failure(let error):
                    self.logger.error("cannot read the dashboard's terminal: \(error)")
                    Glibc.close(running.master)
                    self.terminalClosed()
                    self.hangUp()
                }
            }
        scheduleIdleCheck()
    }

    /// Sends SIGHUP to the dashboard's process group, as a terminal that goes away does; SIGKILL
    /// follows if it has not ended within the grace period.
    private func hangUp() {
        guard case .running(let pid, _, _) = phase, exit == nil, let context else { return }
        services.reaper.signalGroup(pid, SIGHUP)
        guard killTimer == nil else { return }
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        killTimer = context.eventLoop.scheduleTask(in: services.hangUpGrace) {
            let session = loopBound.value
            guard session.exit == nil, case .running(let pid, _, _) = session.phase else { return }
            session.logger.warning("the dashboard did not end after SIGHUP; sending SIGKILL")
            session.services.reaper.signalGroup(pid, SIGKILL)
        }
    }

    /// The server ends the session: the dashboard is hung up, and `reason` is said once its
    /// terminal is restored.
    private func end(_ reason: SessionEnd) {
        guard case .running = phase, exit == nil else { return }
        endMessage = reason.message
        logger.info("ending session", metadata: ["reason": "\(reason)"])
        hangUp()
    }

    private func dashboardExited(_ exit: ChildExit) {
        self.exit = exit
        killTimer?.cancel()
        idleCheck?.cancel()
        if case .running(_, _, let registration) = phase { services.registry.leave(registration) }
        finishIfDone()
    }

    /// The terminal's master side has closed (the dashboard and everything on the terminal
    /// closed it, or the channel failed).
    func terminalClosed() {
        terminalOpen = false
        terminal = nil
        terminalChannel = nil
        finishIfDone()
    }

    /// Once the dashboard has been reaped and its terminal drained: the end message, the exit
    /// status, and the channel closes.
    private func finishIfDone() {
        guard let exit, !terminalOpen, case .running = phase, let context else { return }
        phase = .ended
        if let endMessage { write(endMessage, to: .channel) }
        let event: Any
        switch exit {
        case .exited(let code):
            event = SSHChannelRequestEvent.ExitStatus(exitStatus: Int(code))
        case .signaled(let signal):
            event = SSHChannelRequestEvent.ExitSignal(signalName: ChildExit.signalName(signal), errorMessage: "", language: "", dumpedCore: false)
        }
        context.triggerUserOutboundEvent(event, promise: nil)
        context.close(promise: nil)
        logger.info("session ended", metadata: ["status": "\(exit)", "seconds": "\((NIODeadline.now() - startedAt).nanoseconds / 1_000_000_000)"])
    }

    private func resize(columns: Int, rows: Int) {
        guard settings.resize(columns: columns, rows: rows), case .running(_, let master, _) = phase, terminalOpen,
              let terminal = settings.terminal else { return }
        // The master stays open while terminalOpen holds: NIO closes it on this event loop and
        // `terminalClosed` runs right after.
        _ = cpty_set_size(master, UInt16(terminal.columns), UInt16(terminal.rows))
    }

    // MARK: Idle timeout

    private func scheduleIdleCheck() {
        guard let timeout = services.idleTimeout, let context else { return }
        let due = lastInput + timeout
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        idleCheck = context.eventLoop.scheduleTask(deadline: due) {
            let session = loopBound.value
            if NIODeadline.now() >= session.lastInput + timeout {
                session.logger.info("idle timeout", metadata: ["timeout": "\(session.services.idleTimeoutText)"])
                session.end(.idle(session.services.idleTimeoutText))
            } else {
                session.scheduleIdleCheck()
            }
        }
    }

    // MARK: Bytes both ways

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard message.type == .channel, case .byteBuffer(let bytes) = message.data, let terminalChannel else { return }
        lastInput = .now()
        terminalChannel.write(bytes, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        terminalChannel?.flush()
        context.fireChannelReadComplete()
    }

    /// Reads from the client wait until the dashboard's terminal is open and can take more.
    func read(context: ChannelHandlerContext) {
        if let terminalChannel, terminalChannel.isWritable {
            context.read()
        } else if phase.isWaiting {
            context.read()
        } else {
            heldRead = true
        }
    }

    /// The terminal can take input again.
    func resumeClientReads() {
        guard heldRead, let context, terminalChannel?.isWritable == true else { return }
        heldRead = false
        context.read()
    }

    /// Output of the dashboard, for the client.
    func fromTerminal(_ bytes: ByteBuffer) {
        guard let context else { return }
        context.write(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bytes))), promise: nil)
    }

    func flushToClient() {
        context?.flush()
    }

    var clientIsWritable: Bool { context?.channel.isWritable ?? false }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { terminal?.resumeReading() }
        context.fireChannelWritabilityChanged()
    }

    // MARK: The client going away

    func channelInactive(context: ChannelHandlerContext) {
        if case .running = phase, exit == nil {
            logger.info("client gone; hanging up the dashboard")
            hangUp()
        }
        terminalChannel?.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        logger.debug("session channel error: \(error)")
        context.close(promise: nil)
    }
}

extension SessionHandler.Phase {
    fileprivate var isWaiting: Bool {
        if case .waiting = self { return true }
        return false
    }
}
