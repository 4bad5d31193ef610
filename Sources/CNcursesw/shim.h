// The ncursesw API as Swift can use it. Only stateless `static inline` functions and
// `static const` values live here: a `static` object in a header would be copied into every
// Swift module that imports it.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE that ncursesw.pc asks for; without a define curses.h hides
// cchar_t, setcchar and wget_wch.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals as functions: Swift 6 rejects reading C globals from any context.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }

// Attribute macros (Swift cannot import NCURSES_BITS expressions).
static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_REVERSE = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM = A_DIM;

// Function-like macros.
static inline int cn_key_f(int n) { return KEY_F(n); }

// Locale. Glibc's Swift module leaves out wcwidth, and imports CODESET with the wrong type.
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

// Waiting for input with the watched signals unblocked only while waiting, so that none can
// arrive between checking for it and going to sleep. Glibc's Swift module leaves it out.
extern int ppoll(struct pollfd *fds, nfds_t count, const struct timespec *timeout, const sigset_t *mask);

// An in-memory file that collects one frame of output (FrameOutput). Glibc's Swift module
// leaves it out.
extern int memfd_create(const char *name, unsigned int flags);
static const unsigned int CN_MFD_CLOEXEC = 1U;

// terminfo: whether the current terminal has a string capability (tigetstr returns NULL when
// it is absent and (char *)-1 when the name is not a string capability).
static inline const char *cn_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

#endif
