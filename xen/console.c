/* SPDX-License-Identifier: MIT */
/* The console: stdout and stderr both go here, byte for byte (no newline
 * translation).
 *
 * Under Xen: the PV console ring (HVM_PARAM_CONSOLE_PFN/EVTCHN, layout in
 * <xen/io/console.h>).  Output is copied into out[], out_prod is published
 * after a write barrier, and the backend is notified.  A full ring is flow
 * control: we block in SCHEDOP_poll on the console port until the backend
 * consumes, never drop bytes.  Until console_init has run (very early
 * boot), output goes to port 0xe9, which Xen shows in `xl dmesg`.
 *
 * Without Xen: COM1 (0x3f8), 115200 8N1, polled.
 *
 * Input (port_read) reads in[] under Xen and the UART otherwise; neither
 * has an end of input, so a Ctrl-D (0x04) byte at the start of a read is
 * taken as end of input. */
#include "platform.h"
#include "../vm/port.h"

#include <xen/hvm/params.h>
#include <xen/io/console.h>

#define COM1 0x3f8

evtchn_port_t console_evtchn;
static volatile struct xencons_interface *ring;
static bool serial_eof_pending; /* a Ctrl-D seen after data, for the next read */

#ifdef XENLET_BOOT_TIMING
static bool timing_printed;
static void print_boot_timing(void);
#endif

void console_early_init(void)
{
    if (xen_present)
        return;
    cpu_outb(COM1 + 1, 0x00); /* no UART interrupts */
    cpu_outb(COM1 + 3, 0x80); /* DLAB */
    cpu_outb(COM1 + 0, 0x01); /* divisor 1: 115200 baud */
    cpu_outb(COM1 + 1, 0x00);
    cpu_outb(COM1 + 3, 0x03); /* 8N1 */
    /* The FIFOs stay as they are (off after reset): input may be arriving
     * already (QEMU feeds its stdin from the start), and switching the
     * FIFOs on discards what the receiver holds, racing with the sender.
     * With them off, QEMU hands over one byte at a time and waits until it
     * has been read, so nothing is lost. */
    cpu_outb(COM1 + 4, 0x03); /* DTR, RTS */
}

void console_init(void)
{
    uint64_t pfn, port;
    if (!xen_present)
        return;
    if (hypercall_get_param(HVM_PARAM_CONSOLE_PFN, &pfn) != 0 ||
        hypercall_get_param(HVM_PARAM_CONSOLE_EVTCHN, &port) != 0 || pfn == 0)
        return; /* no PV console: stay on port 0xe9 */
    console_evtchn = (evtchn_port_t)port;
    ring = (volatile struct xencons_interface *)(uintptr_t)(pfn << 12);
    evtchn_watch(console_evtchn);
}

/* Wait for the backend to move a ring index: poll on the console port with
 * a 1 ms timeout so that a missed notification costs at most a tick. */
static void ring_wait(void)
{
    evtchn_clear(console_evtchn);
    hypercall_evtchn_notify(console_evtchn);
    hypercall_poll(&console_evtchn, 1, port_monotonic_ns() + 1000000);
}

static void ring_write(const char *s, size_t len)
{
    while (len) {
        XENCONS_RING_IDX cons = __atomic_load_n(&ring->out_cons, __ATOMIC_ACQUIRE);
        XENCONS_RING_IDX prod = ring->out_prod;
        size_t space = sizeof ring->out - (prod - cons);
        if (space == 0) {
            ring_wait();
            continue;
        }
        while (space && len) {
            ring->out[MASK_XENCONS_IDX(prod, ring->out)] = *s++;
            prod++;
            space--;
            len--;
        }
        __atomic_store_n(&ring->out_prod, prod, __ATOMIC_RELEASE);
        hypercall_evtchn_notify(console_evtchn);
    }
}

static void serial_putc(char c)
{
    while (!(cpu_inb(COM1 + 5) & 0x20)) /* transmit holding register empty */
        cpu_pause();
    cpu_outb(COM1, (uint8_t)c);
}

void console_write_raw(const char *s, size_t len)
{
    if (ring) {
        ring_write(s, len);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        if (xen_present)
            cpu_outb(0xe9, (uint8_t)s[i]);
        else
            serial_putc(s[i]);
    }
}

void console_puts(const char *s)
{
    console_write_raw(s, __builtin_strlen(s));
}

void console_flush_timeout(uint64_t stall_ns)
{
    if (!ring) {
        if (!xen_present)
            while (!(cpu_inb(COM1 + 5) & 0x40)) /* transmitter empty */
                cpu_pause();
        return;
    }
    XENCONS_RING_IDX last = ring->out_cons;
    uint64_t since = port_monotonic_ns();
    while (__atomic_load_n(&ring->out_cons, __ATOMIC_ACQUIRE) != ring->out_prod) {
        ring_wait();
        uint64_t now = port_monotonic_ns();
        if (ring->out_cons != last) {
            last = ring->out_cons;
            since = now;
        } else if (now - since > stall_ns) {
            return; /* no backend is reading: do not hang the exit */
        }
    }
}

/* ---- port.h ------------------------------------------------------------- */

void port_write(int fd, const void *buf, size_t len)
{
    if (fd != 1 && fd != 2)
        port_panic("port_write: bad fd");
#ifdef XENLET_BOOT_TIMING
    if (!timing_printed && len) {
        timing_printed = true;
        print_boot_timing();
    }
#endif
    console_write_raw(buf, len);
}

void port_flush(void)
{
    console_flush_timeout(2000000000ull);
}

port_status port_read(void *buf, size_t cap, size_t *got)
{
    uint8_t *out = buf;
    size_t n = 0;
    *got = 0;
    if (cap == 0)
        return PORT_OK;
    if (ring) {
        XENCONS_RING_IDX cons = ring->in_cons, prod;
        while ((prod = __atomic_load_n(&ring->in_prod, __ATOMIC_ACQUIRE)) == cons)
            port_wait(UINT64_MAX);
        if (ring->in[MASK_XENCONS_IDX(cons, ring->in)] == 0x04) {
            __atomic_store_n(&ring->in_cons, cons + 1, __ATOMIC_RELEASE);
            hypercall_evtchn_notify(console_evtchn);
            return PORT_EOF;
        }
        while (cons != prod && n < cap && ring->in[MASK_XENCONS_IDX(cons, ring->in)] != 0x04)
            out[n++] = (uint8_t)ring->in[MASK_XENCONS_IDX(cons++, ring->in)];
        __atomic_store_n(&ring->in_cons, cons, __ATOMIC_RELEASE);
        hypercall_evtchn_notify(console_evtchn);
        *got = n;
        return PORT_OK;
    }
    if (xen_present)
        return PORT_EOF; /* Xen without a PV console: nothing to read */
    if (serial_eof_pending) {
        serial_eof_pending = false;
        return PORT_EOF;
    }
    while (!(cpu_inb(COM1 + 5) & 0x01))
        cpu_pause();
    uint8_t c = cpu_inb(COM1);
    if (c == 0x04)
        return PORT_EOF;
    out[n++] = c;
    while (n < cap && (cpu_inb(COM1 + 5) & 0x01)) {
        c = cpu_inb(COM1);
        if (c == 0x04) {
            serial_eof_pending = true;
            break;
        }
        out[n++] = c;
    }
    *got = n;
    return PORT_OK;
}

#ifdef XENLET_BOOT_TIMING
static void put_dec(char *p, size_t *i, uint64_t v)
{
    char tmp[20];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        p[(*i)++] = tmp[--k];
}

static void print_boot_timing(void)
{
    uint64_t cycles = cpu_rdtsc() - xen_boot_tsc, ns;
    char line[96];
    size_t i = 0;
    const char *a = "[boot] ", *b = " cycles", *c = " us";
    while (*a)
        line[i++] = *a++;
    put_dec(line, &i, cycles);
    while (*b)
        line[i++] = *b++;
    if (time_cycles_to_ns(cycles, &ns)) {
        line[i++] = ' ';
        put_dec(line, &i, ns / 1000);
        while (*c)
            line[i++] = *c++;
    }
    const char *d = " from entry to first output\n";
    while (*d)
        line[i++] = *d++;
    console_write_raw(line, i);
}
#endif
