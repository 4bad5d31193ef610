import CNcursesw
import Glibc

/// What ncurses writes to, so that each frame reaches the terminal in one `write(2)`.
///
/// ncurses 6.4 writes through its own buffer (sized by the screen: 5,292 bytes at 120×40)
/// straight to its output descriptor, and empties it after every cursor jump until the screen
/// was once suspended: the Overview took 93 writes, a one-row move 4. A stdio buffer does not
/// help, since ncurses never writes through its `FILE`. So ncurses gets a descriptor of its own, a duplicate of standard output; during a
/// frame it points at an in-memory file instead, which `endFrame` sends to the terminal whole.
///
/// Outside a frame that descriptor is the terminal again, so that ncurses' other output
/// (initialisation, `endwin`, its SIGTSTP handler) goes out as before and nothing is held back:
/// after `endFrame` neither ncurses nor this type holds a byte. SIGTSTP is blocked during a
/// frame, so that ncurses' handler never restores the terminal through the in-memory file
/// (SIGWINCH and the watched signals are blocked there already, see `NcursesScreen.nextEvent`).
/// Without an in-memory file (`memfd_create` refused) frames are written as ncurses writes them.
@MainActor
final class FrameOutput {
    /// The stream to give `newterm`: its descriptor is ncurses' output descriptor.
    let stream: UnsafeMutablePointer<FILE>
    private let descriptor: Int32
    /// The in-memory file a frame collects in (appending), or -1.
    private let frame: Int32
    private var bytes: [UInt8] = []
    private var savedMask = sigset_t()
    /// Given each frame's bytes as they go to the terminal (`NcursesScreen.frameObserver`).
    var observer: (([UInt8]) -> Void)?

    /// A duplicate of standard output for ncurses.
    init() throws(TerminalError) {
        let descriptor = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
        guard descriptor >= 0 else { throw .outputUnavailable(errno) }
        guard let stream = fdopen(descriptor, "w") else {
            let code = errno
            Glibc.close(descriptor)
            throw .outputUnavailable(code)
        }
        self.descriptor = descriptor
        self.stream = stream
        var frame = memfd_create("mppdash-frame", CN_MFD_CLOEXEC)
        if frame >= 0, fcntl(frame, F_SETFL, O_APPEND) != 0 {
            Glibc.close(frame)
            frame = -1
        }
        self.frame = frame
    }

    /// From here on ncurses writes into the frame, until `endFrame`.
    func beginFrame() {
        guard frame >= 0 else { return }
        var stop = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        pthread_sigmask(SIG_BLOCK, &stop, &savedMask)
        dup2(frame, descriptor)
    }

    /// Points ncurses back at the terminal and writes the frame to it in one `write(2)`.
    func endFrame() {
        guard frame >= 0 else { return }
        dup2(STDOUT_FILENO, descriptor)
        let length = Int(lseek(frame, 0, SEEK_END))
        if length > 0 {
            if bytes.count < length { bytes = [UInt8](repeating: 0, count: length) }
            var done = 0
            while done < length {
                let count = bytes.withUnsafeMutableBytes { pread(frame, $0.baseAddress! + done, length - done, done) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                done += count
            }
            TerminfoString.write(bytes[..<done])
            observer?(Array(bytes[..<done]))
            ftruncate(frame, 0)
        }
        pthread_sigmask(SIG_SETMASK, &savedMask, nil)
    }

    /// Closes ncurses' stream and the frame's file, after `delscreen`.
    func close() {
        fclose(stream)
        if frame >= 0 { Glibc.close(frame) }
    }
}
