/* SPDX-License-Identifier: MIT */
/* Boot order, command line, exit, and the rest of port.h for Xen PVH.
 *
 * Command line convention: argv[0] is the image name (xenlet_image_name,
 * written by the linker step; "xenlet" by default) and the whole start_info
 * command line (QEMU's -append, xl's `cmdline`) is split into argv[1..]:
 * words are separated by spaces or tabs; single or double quotes group a
 * word that contains spaces (the quotes themselves are dropped); there are
 * no backslash escapes.  At most XEN_MAX_ARGS words and 1023 bytes.
 *
 * Exit: port_exit flushes the console, then under Xen shuts the domain down
 * with SHUTDOWN_poweroff for status 0 and SHUTDOWN_crash otherwise (printing
 * the status first, as a crash loses it); without Xen it writes the status
 * to QEMU's isa-debug-exit port 0xf4 (QEMU exits with (status << 1) | 1)
 * and halts. */
#include "platform.h"
#include "../vm/port.h"

#include <xen/sched.h>

#define XEN_MAX_ARGS 64

extern const uint8_t xenlet_image_start[], xenlet_image_end[];
extern const char xenlet_image_name[];

static char cmdline[1024];
static const char *argv[XEN_MAX_ARGS + 1];
static int argc;

void xen_start(void);

const struct hvm_start_info *start_info(void)
{
    return (const struct hvm_start_info *)(uintptr_t)xen_start_info_paddr;
}

/* Split a copy of the command line in place (see the header comment). */
static void parse_cmdline(void)
{
    const struct hvm_start_info *si = start_info();
    argv[0] = xenlet_image_name;
    argc = 1;
    if (!si->cmdline_paddr)
        return;
    const char *src = (const char *)(uintptr_t)si->cmdline_paddr;
    size_t n = 0;
    while (src[n] && n < sizeof cmdline - 1) {
        cmdline[n] = src[n];
        n++;
    }
    cmdline[n] = 0;
    char *r = cmdline, *w = cmdline;
    while (*r && argc < XEN_MAX_ARGS) {
        while (*r == ' ' || *r == '\t')
            r++;
        if (!*r)
            break;
        argv[argc++] = w;
        char quote = 0;
        while (*r && (quote || (*r != ' ' && *r != '\t'))) {
            if (quote && *r == quote)
                quote = 0;
            else if (!quote && (*r == '\'' || *r == '"'))
                quote = *r;
            else
                *w++ = *r;
            r++;
        }
        if (*r)
            r++;
        *w++ = 0; /* w never passes r, so this never clobbers unread input */
    }
    argv[argc] = NULL;
}

/* The boot order, called by head.S on the boot stack in long mode. */
void xen_start(void)
{
    hypercall_init();     /* Xen or not; hypercall page */
    console_early_init(); /* COM1 without Xen, port 0xe9 under Xen */
    trap_init();          /* exceptions reported from here on */
    if (start_info()->magic != XEN_HVM_START_MAGIC_VALUE)
        port_panic("bad hvm_start_info magic");
    paging_init();        /* W^X map, guard pages */
    time_init();          /* shared info under Xen */
    console_init();       /* PV console ring under Xen */
    parse_cmdline();
    port_heap heap;
    mm_heap(&heap.base, &heap.size);
    paging_unmap_null();  /* last use of start_info was above */
    port_exit(vm_main(heap, xen_stack_top));
}

_Noreturn void start_stop(int status)
{
    if (xen_present)
        hypercall_shutdown(status == 0 ? SHUTDOWN_poweroff : SHUTDOWN_crash);
    cpu_outl(0xf4, (uint32_t)status);
    cpu_halt_forever();
}

static void put_status(int status)
{
    char buf[32] = "[xenlet] exit status ";
    size_t i = __builtin_strlen(buf);
    unsigned v = (unsigned)status;
    char tmp[12];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        buf[i++] = tmp[--k];
    buf[i++] = '\n';
    console_write_raw(buf, i);
}

_Noreturn void port_exit(int status)
{
    if (xen_present && status != 0)
        put_status(status);
    port_flush();
    start_stop(status);
}

_Noreturn void port_panic(const char *msg)
{
    console_puts("\n*** panic: ");
    console_puts(msg);
    console_puts("\n");
    console_flush_timeout(1000000000ull);
    start_stop(XEN_STATUS_PANIC);
}

/* Debian's libc.a is built with the stack protector; its own
 * __stack_chk_fail would execute hlt with interrupts off and hang. */
_Noreturn void __stack_chk_fail(void);
_Noreturn void __stack_chk_fail(void)
{
    port_panic("stack smashing detected");
}

const uint8_t *port_image(size_t *len)
{
    *len = (size_t)(xenlet_image_end - xenlet_image_start);
    return xenlet_image_start;
}

size_t port_stack_size(void) { return XEN_STACK_SIZE; }

int port_argc(void)
{
    return argc;
}

const char *port_argv(int i)
{
    if (i < 0 || i >= argc)
        port_panic("port_argv: index out of range");
    return argv[i];
}

port_status port_open(const char *path, const char *mode, int *fd)
{
    (void)path;
    (void)mode;
    *fd = -1;
    return PORT_UNSUPPORTED;
}

port_status port_fread(int fd, void *buf, size_t cap, size_t *got)
{
    (void)fd;
    (void)buf;
    (void)cap;
    *got = 0;
    return PORT_UNSUPPORTED;
}

port_status port_fwrite(int fd, const void *buf, size_t len)
{
    (void)fd;
    (void)buf;
    (void)len;
    return PORT_UNSUPPORTED;
}

void port_close(int fd)
{
    (void)fd;
}

/* port_modules (the platform's native modules: _xen, _blkif, _netif) is
 * generated per image by freeze/boot.py, naming only those the program
 * imports, so an image without devices links no device code. */
