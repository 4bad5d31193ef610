#define _GNU_SOURCE
#include "CPtySpawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/pidfd.h>
#include <termios.h>
#include <unistd.h>

int cpty_open(int *master, char *slave_path, size_t capacity, unsigned short columns, unsigned short rows) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return errno;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_path, capacity) != 0) {
        int error = errno;
        close(fd);
        return error;
    }
    int error = cpty_set_size(fd, columns, rows);
    if (error != 0) {
        close(fd);
        return error;
    }
    *master = fd;
    return 0;
}

int cpty_set_size(int master, unsigned short columns, unsigned short rows) {
    struct winsize size = {.ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0};
    return ioctl(master, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

// The opcodes of RFC 4254 §8 that name a special character: where it goes in c_cc.
static int control_character_index(unsigned char opcode) {
    switch (opcode) {
    case 1: return VINTR;
    case 2: return VQUIT;
    case 3: return VERASE;
    case 4: return VKILL;
    case 5: return VEOF;
    case 6: return VEOL;
    case 7: return VEOL2;
    case 8: return VSTART;
    case 9: return VSTOP;
    case 10: return VSUSP;
    case 12: return VREPRINT;
    case 13: return VWERASE;
    case 14: return VLNEXT;
    case 18: return VDISCARD;
    default: return -1;
    }
}

// The opcodes that name a flag: which word of termios it is in, and the bit.
static tcflag_t *flag_word(struct termios *modes, unsigned char opcode, tcflag_t *bit) {
    switch (opcode) {
    case 30: *bit = IGNPAR; return &modes->c_iflag;
    case 31: *bit = PARMRK; return &modes->c_iflag;
    case 32: *bit = INPCK; return &modes->c_iflag;
    case 33: *bit = ISTRIP; return &modes->c_iflag;
    case 34: *bit = INLCR; return &modes->c_iflag;
    case 35: *bit = IGNCR; return &modes->c_iflag;
    case 36: *bit = ICRNL; return &modes->c_iflag;
    case 37: *bit = IUCLC; return &modes->c_iflag;
    case 38: *bit = IXON; return &modes->c_iflag;
    case 39: *bit = IXANY; return &modes->c_iflag;
    case 40: *bit = IXOFF; return &modes->c_iflag;
    case 41: *bit = IMAXBEL; return &modes->c_iflag;
    case 42: *bit = IUTF8; return &modes->c_iflag;
    case 50: *bit = ISIG; return &modes->c_lflag;
    case 51: *bit = ICANON; return &modes->c_lflag;
    case 53: *bit = ECHO; return &modes->c_lflag;
    case 54: *bit = ECHOE; return &modes->c_lflag;
    case 55: *bit = ECHOK; return &modes->c_lflag;
    case 56: *bit = ECHONL; return &modes->c_lflag;
    case 57: *bit = NOFLSH; return &modes->c_lflag;
    case 58: *bit = TOSTOP; return &modes->c_lflag;
    case 59: *bit = IEXTEN; return &modes->c_lflag;
    case 60: *bit = ECHOCTL; return &modes->c_lflag;
    case 61: *bit = ECHOKE; return &modes->c_lflag;
    case 62: *bit = PENDIN; return &modes->c_lflag;
    case 70: *bit = OPOST; return &modes->c_oflag;
    case 71: *bit = OLCUC; return &modes->c_oflag;
    case 72: *bit = ONLCR; return &modes->c_oflag;
    case 73: *bit = OCRNL; return &modes->c_oflag;
    case 74: *bit = ONOCR; return &modes->c_oflag;
    case 75: *bit = ONLRET; return &modes->c_oflag;
    case 90: *bit = CS7; return &modes->c_cflag;
    case 91: *bit = CS8; return &modes->c_cflag;
    case 92: *bit = PARENB; return &modes->c_cflag;
    case 93: *bit = PARODD; return &modes->c_cflag;
    default: return NULL;
    }
}

int cpty_set_modes(const char *slave_path, const unsigned char *opcodes, const unsigned int *values, size_t count) {
    int fd = open(slave_path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return errno;
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) {
        int error = errno;
        close(fd);
        return error;
    }
    for (size_t i = 0; i < count; i++) {
        int index = control_character_index(opcodes[i]);
        if (index >= 0) {
            modes.c_cc[index] = values[i] > 255 ? _POSIX_VDISABLE : (cc_t)values[i];
            continue;
        }
        tcflag_t bit = 0;
        tcflag_t *word = flag_word(&modes, opcodes[i], &bit);
        if (word == NULL) continue;
        if (values[i]) *word |= bit; else *word &= ~bit;
    }
    int error = tcsetattr(fd, TCSANOW, &modes) == 0 ? 0 : errno;
    close(fd);
    return error;
}

int cpty_spawn(const char *path, char *const argv[], char *const envp[], const char *slave_path, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int error = posix_spawn_file_actions_init(&actions);
    if (error != 0) return error;
    error = posix_spawnattr_init(&attributes);
    if (error != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return error;
    }
    // The session starts before the file actions run, so the terminal opened first (without
    // O_NOCTTY) becomes the controlling terminal of the new session.
    posix_spawn_file_actions_addopen(&actions, 0, slave_path, O_RDWR, 0);
    posix_spawn_file_actions_adddup2(&actions, 0, 1);
    posix_spawn_file_actions_adddup2(&actions, 0, 2);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    error = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return error;
}

int cpty_pidfd_open(pid_t pid) {
    return pidfd_open(pid, 0);
}

int cpty_watcher_create(void) {
    return epoll_create1(EPOLL_CLOEXEC);
}

int cpty_watcher_add(int watcher, int descriptor) {
    struct epoll_event event = {.events = EPOLLIN, .data.fd = descriptor};
    return epoll_ctl(watcher, EPOLL_CTL_ADD, descriptor, &event) == 0 ? 0 : errno;
}

void cpty_watcher_remove(int watcher, int descriptor) {
    epoll_ctl(watcher, EPOLL_CTL_DEL, descriptor, NULL);
}

int cpty_watcher_next(int watcher) {
    struct epoll_event event;
    for (;;) {
        int count = epoll_wait(watcher, &event, 1, -1);
        if (count == 1) return event.data.fd;
        if (count < 0 && errno != EINTR) return -1;
    }
}
