/* SPDX-License-Identifier: MIT */
/* Test program for the platform's fault handling.  argv[1] chooses the
 * fault: "null" (write through a null pointer), "stack" (unbounded
 * recursion into the stack guard page), "ud" (invalid opcode), "nested"
 * (null write, then another one inside vm_fault_traceback: the handler must
 * not loop), "panic" (port_panic), "write-text" (store into the code:
 * W^X), "exec-data" (jump into a writable buffer: NX).  Anything else
 * returns 0. */
#include <string.h>

#include "../../vm/port.h"

static int nested;
static unsigned char ret_insn[16] = {0xc3}; /* writable data holding `ret` */

static void say(const char *s)
{
    port_write(2, s, strlen(s));
}

void vm_fault_traceback(void)
{
    say("traceback placeholder: fault test\n");
    if (nested)
        *(volatile int *)8 = 2;
}

/* Each level keeps a 1 KiB array live across the recursive call. */
__attribute__((noinline)) static unsigned recurse(unsigned n)
{
    volatile char pad[1024];
    pad[0] = (char)n;
    pad[sizeof pad - 1] = (char)n;
    if (n == 0xffffffffu)
        return 0;
    return recurse(n + 1) + pad[0] + pad[sizeof pad - 1];
}

int vm_main(port_heap heap, void *stack_top)
{
    (void)heap;
    (void)stack_top;
    const char *what = port_argc() > 1 ? port_argv(1) : "";
    say("fault test: ");
    say(what);
    say("\n");
    if (!strcmp(what, "null") || !strcmp(what, "nested")) {
        nested = !strcmp(what, "nested");
        *(volatile int *)0 = 1;
    } else if (!strcmp(what, "stack")) {
        return (int)recurse(0);
    } else if (!strcmp(what, "ud")) {
        __asm__ volatile("ud2");
    } else if (!strcmp(what, "write-text")) {
        *(volatile unsigned char *)(uintptr_t)&vm_main = 0xc3;
    } else if (!strcmp(what, "exec-data")) {
        ((void (*)(void))(uintptr_t)ret_insn)();
    } else if (!strcmp(what, "panic")) {
        port_panic("deliberate panic");
    }
    say("no fault\n");
    return 0;
}
