// Restores the terminal when the process crashes or exits without closing curses.
//
// Everything the crash path needs is prepared in advance; the signal handler itself only calls
// async-signal-safe functions: write(2), tcsetattr(3), sigaction(2) and raise(3).
#ifndef TERM_GUARD_H
#define TERM_GUARD_H

#include <stddef.h>

/// Saves the terminal modes of `fd` (before curses changes them). Returns 0, or -1 when `fd`
/// is not a terminal.
int term_guard_save(int fd);

/// Arms the guard: on SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE, and at exit(3),
/// `length` bytes of reset sequences are written to `out_fd` and the saved modes restored. A
/// crash then goes on to the handler that was installed before (the Swift runtime's crash
/// report). Returns 0, or -1 when the sequences are longer than the guard keeps (512 bytes).
int term_guard_arm(int out_fd, const char *reset, size_t length);

/// Disarms the guard after a normal close: the previous signal handlers come back and exit(3)
/// no longer touches the terminal. Standard error, if captured, is given back.
void term_guard_disarm(void);

/// Captures standard error while the screen is open, so that a crash report (the Swift
/// runtime's "Fatal error: …", written before it traps) is not lost on the alternate screen:
/// fd 2 goes into an unlinked temporary file in `folder`. When the terminal is restored (the
/// guard on a crash or at exit, or `term_guard_disarm`), fd 2 is given back and what was
/// captured is copied to it; on a crash a line "mppdash: crashed with signal N" follows. With
/// `log` (a path, or NULL) the same text is appended to that file, created 0600 if need be,
/// when there is any. Returns 0, or -1 when no temporary file could be made (standard error then
/// stays as it was).
int term_guard_capture_stderr(const char *folder, const char *log);

#endif
