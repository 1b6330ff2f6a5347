/* SPDX-License-Identifier: MIT */
/* The Linux-process platform: implements vm/port.h with POSIX calls.
 * Usage: xenlet-vm IMAGE [args...]  (sys.argv = [IMAGE-name, args...]).
 * The heap is one large mmap'd region (untouched pages cost nothing);
 * XENLET_HEAP_MB overrides its size. */
#define _GNU_SOURCE
#include "../port.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const uint8_t *image;
static size_t image_len;
static int g_argc;
static char **g_argv;

void port_write(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len) {
        ssize_t n = write(fd == 2 ? 2 : 1, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return; /* a closed pipe: drop, as there is nowhere to report */
        }
        p += n;
        len -= (size_t)n;
    }
}

void port_flush(void) {}

port_status port_read(void *buf, size_t cap, size_t *got) {
    for (;;) {
        ssize_t n = read(0, buf, cap);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return PORT_EIO;
        *got = (size_t)n;
        return n == 0 ? PORT_EOF : PORT_OK;
    }
}

static uint64_t clock_ns(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
uint64_t port_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
uint64_t port_wall_ns(void) { return clock_ns(CLOCK_REALTIME); }

void port_wait(uint64_t deadline_ns) {
    if (deadline_ns == UINT64_MAX) {
        pause();
        return;
    }
    uint64_t now = port_monotonic_ns();
    if (deadline_ns <= now) return;
    uint64_t d = deadline_ns - now;
    struct timespec ts = {(time_t)(d / 1000000000u), (long)(d % 1000000000u)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}

_Noreturn void port_exit(int status) {
    port_flush();
    _exit(status);
}

_Noreturn void port_panic(const char *msg) {
    port_write(2, "xenlet: fatal: ", 15);
    port_write(2, msg, strlen(msg));
    port_write(2, "\n", 1);
    _exit(125);
}

const uint8_t *port_image(size_t *len) {
    *len = image_len;
    return image;
}

int port_argc(void) { return g_argc; }
const char *port_argv(int i) { return i >= 0 && i < g_argc ? g_argv[i] : ""; }

port_status port_open(const char *path, const char *mode, int *fd) {
    int flags;
    if (!strcmp(mode, "r")) flags = O_RDONLY;
    else if (!strcmp(mode, "r+")) flags = O_RDWR;
    else if (!strcmp(mode, "w")) flags = O_WRONLY | O_CREAT | O_TRUNC;
    else if (!strcmp(mode, "w+")) flags = O_RDWR | O_CREAT | O_TRUNC;
    else if (!strcmp(mode, "a")) flags = O_WRONLY | O_CREAT | O_APPEND;
    else if (!strcmp(mode, "a+")) flags = O_RDWR | O_CREAT | O_APPEND;
    else if (!strcmp(mode, "x")) flags = O_WRONLY | O_CREAT | O_EXCL;
    else return PORT_EIO;
    int f = open(path, flags | O_CLOEXEC, 0666);
    if (f < 0) return errno == ENOENT ? PORT_ENOENT : PORT_EIO;
    *fd = f;
    return PORT_OK;
}

port_status port_fread(int fd, void *buf, size_t cap, size_t *got) {
    ssize_t n;
    do n = read(fd, buf, cap);
    while (n < 0 && errno == EINTR);
    if (n < 0) return PORT_EIO;
    *got = (size_t)n;
    return n == 0 ? PORT_EOF : PORT_OK;
}

port_status port_fwrite(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return PORT_EIO;
        p += n;
        len -= (size_t)n;
    }
    return PORT_OK;
}

void port_close(int fd) { close(fd); }

void *posix_module_init(void); /* vm/unix/posix.c */
const port_module port_modules[] = {{"_posix", posix_module_init}, {NULL, NULL}};

size_t port_stack_size(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        return (size_t)rl.rlim_cur;
    return (size_t)8 << 20;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s IMAGE [args...]\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        fprintf(stderr, "xenlet: cannot open image %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    image_len = (size_t)st.st_size;
    void *img = mmap(NULL, image_len ? image_len : 1, PROT_READ, MAP_PRIVATE, fd, 0);
    if (img == MAP_FAILED) {
        fprintf(stderr, "xenlet: cannot map image %s\n", argv[1]);
        return 2;
    }
    close(fd);
    image = img;
    /* sys.argv[0] is the program's own name, as CPython's script path */
    const char *prog = getenv("XENLET_ARGV0");
    g_argc = argc - 1;
    g_argv = argv + 1;
    if (prog) g_argv[0] = (char *)prog;
    size_t heap_mb = 1024;
    const char *h = getenv("XENLET_HEAP_MB");
    if (h && atoi(h) > 0) heap_mb = (size_t)atoi(h);
    size_t size = heap_mb << 20;
    void *heap = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) {
        fprintf(stderr, "xenlet: cannot reserve a %zu MiB heap\n", heap_mb);
        return 2;
    }
    /* XENLET_GC_STRESS=N: collect every N allocations (the GC stress tests) */
    extern unsigned gc_stress;
    const char *stress = getenv("XENLET_GC_STRESS");
    if (stress && atoi(stress) > 0) gc_stress = (unsigned)atoi(stress);
    volatile char top;
    port_heap ph = {heap, size};
    int status = vm_main(ph, (void *)&top);
    port_exit(status);
}
