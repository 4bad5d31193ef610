import Logging
import NIOCore
import NIOSSH

/// Refuses remote port forwarding (`ssh -R`, the tcpip-forward global request), and says so in
/// the log.
struct RefusingGlobalRequests: GlobalRequestDelegate {
    let logger: Logger

    func tcpForwardingRequest(_ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
                              promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>) {
        switch request {
        case .listen(let host, let port):
            logger.notice("refused remote port forwarding", metadata: ["listen": "\(host.prefix(64)):\(port)"])
        case .cancel:
            logger.notice("refused cancelling a port forwarding")
        }
        promise.fail(ForwardingRefused())
    }
}

/// Why a forwarding request was refused.
struct ForwardingRefused: Error {}
