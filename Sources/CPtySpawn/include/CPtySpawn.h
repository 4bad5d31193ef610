// A pseudo-terminal and the process on it, for one SSH session of `mppdash serve`.
//
// In C because Swift imports neither ioctl(2)'s variadic form nor POSIX_SPAWN_SETSID, and because
// the spawn's file actions must open the terminal in the child, after setsid(2), for it to become
// the child's controlling terminal.
#ifndef CPTYSPAWN_H
#define CPTYSPAWN_H

#include <sys/types.h>

/// Opens a new pseudo-terminal of `columns` × `rows`: the master (close-on-exec, not a
/// controlling terminal of this process) in `*master`, the slave's path in `slave_path`
/// (`capacity` bytes). Returns 0, or an errno value.
int cpty_open(int *master, char *slave_path, size_t capacity, unsigned short columns, unsigned short rows);

/// Sets the window size of the terminal whose master is `master`; the kernel sends SIGWINCH to
/// its foreground process group. Returns 0, or an errno value.
int cpty_set_size(int master, unsigned short columns, unsigned short rows);

/// Sets the special characters and flags a client sent with its pty-req (RFC 4254 §8): `opcodes`
/// and `values`, `count` of them, applied to the slave `slave_path` before the program starts.
/// Unknown opcodes are skipped. Returns 0, or an errno value.
int cpty_set_modes(const char *slave_path, const unsigned char *opcodes, const unsigned int *values, size_t count);

/// Starts `path` with `argv` and `envp` in a new session (POSIX_SPAWN_SETSID) whose controlling
/// terminal is `slave_path`, opened as descriptors 0, 1 and 2; every other descriptor is closed
/// in the child, the signal mask is empty and every signal at its default action. The child's
/// process id goes to `*pid` (its process group and session have the same id). Returns 0, or an
/// errno value.
int cpty_spawn(const char *path, char *const argv[], char *const envp[], const char *slave_path, pid_t *pid);

/// A descriptor that becomes readable when process `pid` ends (pidfd_open(2), close-on-exec),
/// or -1 with errno set.
int cpty_pidfd_open(pid_t pid);

/// An epoll(7) instance for watching pidfds (close-on-exec), or -1 with errno set.
int cpty_watcher_create(void);

/// Adds `descriptor` to the watcher `watcher`, readable events. Returns 0, or an errno value.
int cpty_watcher_add(int watcher, int descriptor);

/// Removes `descriptor` from the watcher.
void cpty_watcher_remove(int watcher, int descriptor);

/// Blocks until one of the watched descriptors is readable and returns it (or -1 on an error
/// other than EINTR).
int cpty_watcher_next(int watcher);

#endif
