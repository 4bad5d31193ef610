#define _GNU_SOURCE
#include "term_guard.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int guarded_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define GUARDED_COUNT ((int)(sizeof guarded_signals / sizeof guarded_signals[0]))

static struct termios saved_modes;
static int saved_fd = -1;
static char reset_bytes[512];
static size_t reset_length;
static int reset_fd = -1;
static volatile sig_atomic_t armed;
static struct sigaction previous_actions[GUARDED_COUNT];
static int atexit_registered;

// Standard error while the screen is open: fd 2 is an unlinked temporary file, `real_stderr` a
// copy of what fd 2 was before.
static int captured_fd = -1;
static int real_stderr = -1;
static char log_path[4096];

static void write_all(int fd, const char *bytes, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n <= 0) return;
        done += (size_t)n;
    }
}

/// Copies what was captured to `fd` (and to `log_fd` when >= 0), from the start of the file.
static void copy_captured(int fd, int log_fd) {
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        ssize_t n = pread(captured_fd, buffer, sizeof buffer, offset);
        if (n <= 0) break;
        write_all(fd, buffer, (size_t)n);
        if (log_fd >= 0) write_all(log_fd, buffer, (size_t)n);
        offset += n;
    }
}

/// Gives standard error back once the terminal is restored: what was written to it meanwhile
/// goes to the real standard error (and the log), then a line naming the crash signal if any.
static void release_stderr(int signal_number) {
    if (captured_fd < 0) return;
    int log_fd = -1;
    if (log_path[0] != 0 && (signal_number != 0 || lseek(captured_fd, 0, SEEK_END) > 0)) {
        log_fd = open(log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    }
    dup2(real_stderr, STDERR_FILENO);
    copy_captured(STDERR_FILENO, log_fd);
    if (signal_number != 0) {
        char line[64] = "mppdash: crashed with signal ";
        size_t length = strlen(line);
        if (signal_number >= 10) line[length++] = (char)('0' + signal_number / 10 % 10);
        line[length++] = (char)('0' + signal_number % 10);
        line[length++] = '\n';
        write_all(STDERR_FILENO, line, length);
        if (log_fd >= 0) write_all(log_fd, line, length);
    }
    if (log_fd >= 0) close(log_fd);
    close(captured_fd);
    close(real_stderr);
    captured_fd = -1;
    real_stderr = -1;
}

/// Writes the reset sequences and restores the saved modes, once.
static void restore_terminal(void) {
    if (!armed) return;
    armed = 0;
    size_t done = 0;
    while (done < reset_length) {
        ssize_t n = write(reset_fd, reset_bytes + done, reset_length - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    // TCSANOW: never wait for output to drain (a stalled SSH link would hang the crash path).
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_modes);
}

static void restore_previous_handlers(void) {
    for (int i = 0; i < GUARDED_COUNT; i++) sigaction(guarded_signals[i], &previous_actions[i], NULL);
}

static void on_crash(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    restore_terminal();
    release_stderr(signal_number);
    restore_previous_handlers();
    // A fault raised by an instruction (si_code > 0) happens again when the handler returns,
    // and the previous handler then sees the original fault address. Signals sent with kill or
    // raise (abort) and traps, which resume after the instruction, are raised again instead.
    if (info == NULL || info->si_code <= 0 || signal_number == SIGTRAP || signal_number == SIGABRT) {
        raise(signal_number);
    }
}

static void at_exit(void) {
    restore_terminal();
    release_stderr(0);
}

int term_guard_save(int fd) {
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    saved_fd = fd;
    return 0;
}

int term_guard_arm(int out_fd, const char *reset, size_t length) {
    if (length > sizeof reset_bytes) return -1;
    memcpy(reset_bytes, reset, length);
    reset_length = length;
    reset_fd = out_fd;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < GUARDED_COUNT; i++) sigaction(guarded_signals[i], &action, &previous_actions[i]);
    armed = 1;
    if (!atexit_registered) {
        atexit_registered = 1;
        atexit(at_exit);
    }
    return 0;
}

void term_guard_disarm(void) {
    release_stderr(0);
    if (!armed) return;
    armed = 0;
    restore_previous_handlers();
}

int term_guard_capture_stderr(const char *folder, const char *log) {
    if (captured_fd >= 0) return 0;
    if (log != NULL) {
        if (strlen(log) >= sizeof log_path) return -1;
        strcpy(log_path, log);
    } else {
        log_path[0] = 0;
    }
    char template[4096];
    if (snprintf(template, sizeof template, "%s/.mppdash-stderr-XXXXXX", folder) >= (int)sizeof template) return -1;
    int fd = mkostemp(template, O_CLOEXEC);
    if (fd < 0) return -1;
    unlink(template);
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0 || dup2(fd, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(fd);
        return -1;
    }
    captured_fd = fd;
    real_stderr = saved;
    return 0;
}
