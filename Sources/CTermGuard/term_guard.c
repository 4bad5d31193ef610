#include "term_guard.h"

#include <signal.h>
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
    restore_previous_handlers();
    // A fault raised by an instruction (si_code > 0) happens again when the handler returns,
    // and the previous handler then sees the original fault address. Signals sent with kill or
    // raise (abort) and traps, which resume after the instruction, are raised again instead.
    if (info == NULL || info->si_code <= 0 || signal_number == SIGTRAP || signal_number == SIGABRT) {
        raise(signal_number);
    }
}

static void at_exit(void) { restore_terminal(); }

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
    if (!armed) return;
    armed = 0;
    restore_previous_handlers();
}
