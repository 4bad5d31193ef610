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
/// no longer touches the terminal.
void term_guard_disarm(void);

#endif
