/* SPDX-License-Identifier: MIT */
/* Test program for the Xen platform, standing in for the VM: a vm_main
 * that exercises port.h and musl's libc and prints what it sees.
 *
 * Prints "hello from xen", argv, the frozen image's size and checksum, the
 * heap, the wall time, a few libc results, sleeps 10 ms with port_wait and
 * prints the elapsed monotonic time (that port_wait was called at least once
 * and the clock moved at least 10 ms); returns atoi(argv[1]) when given
 * (so the boot test can check exit statuses).  Every line it prints is
 * checked by tests/xen_platform against values computed on the host. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../vm/port.h"

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void say(const char *fmt, ...)
{
    char buf[512];
    __builtin_va_list ap;
    __builtin_va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    __builtin_va_end(ap);
    if (n > (int)sizeof buf - 1)
        n = sizeof buf - 1;
    port_write(1, buf, (size_t)n);
}

void vm_fault_traceback(void)
{
    say("(no Python traceback: test program)\n");
}

int vm_main(port_heap heap, void *stack_top)
{
    say("hello from xen\n");
    for (int i = 0; i < port_argc(); i++)
        say("argv[%d] = '%s'\n", i, port_argv(i));

    size_t len;
    const uint8_t *img = port_image(&len);
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum = sum * 31 + img[i];
    say("image: %zu bytes, hash %08x\n", len, (unsigned)sum);

    /* The heap must be writable from end to end. */
    volatile uint8_t *h = heap.base;
    h[0] = 1;
    h[heap.size - 1] = 2;
    say("heap: %zu KiB, aligned %d, stack below heap or above it %d\n", heap.size / 1024,
        ((uintptr_t)heap.base & 15) == 0,
        (uintptr_t)stack_top <= (uintptr_t)heap.base ||
            (uintptr_t)stack_top > (uintptr_t)heap.base + heap.size);

    say("wall: %llu s\n", (unsigned long long)(port_wall_ns() / 1000000000ull));
    say("libc: %.17g %g %e %s %.3f\n", 0.1, strtod("1e-320", NULL), 12345.678, "ok",
        pow(2.0, 0.5));
    errno = 0;
    strtod("1e999", NULL);
    say("errno after overflow: %s\n", errno == ERANGE ? "ERANGE" : "other");

    /* port_wait returns early on any event (console notifications under
     * Xen), so wait in a loop, as the VM's event loop does. */
    uint64_t t0 = port_monotonic_ns(), t1;
    int waits = 0;
    while ((t1 = port_monotonic_ns()) < t0 + 10000000ull) {
        port_wait(t0 + 10000000ull);
        waits++;
    }
    say("slept: %llu ns, waited %d\n", (unsigned long long)(t1 - t0), waits > 0);

    int status = port_argc() > 1 ? atoi(port_argv(1)) : 0;
    say("exit: %d\n", status);
    return status;
}
