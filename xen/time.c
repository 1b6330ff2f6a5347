/* SPDX-License-Identifier: MIT */
/* Clocks, the event-channel wait set, and port_wait.
 *
 * Under Xen: the shared info page is mapped over a page of .bss with
 * XENMEM_add_to_physmap(XENMAPSPACE_shared_info).  port_monotonic_ns is Xen
 * system time read from vcpu 0's pvclock (vcpu_time_info, read under its
 * version counter); port_wall_ns adds the wall clock at system time 0
 * (wc_sec/wc_sec_hi/wc_nsec, read under wc_version).  port_wait clears the
 * pending bits of the watched event channels and blocks in SCHEDOP_poll with
 * the deadline as the poll's absolute timeout: no interrupts, no busy loop.
 *
 * Without Xen (bare QEMU): the TSC, calibrated against PIT channel 2 the
 * first time a clock is read (not at boot, to keep boot fast), and the CMOS
 * RTC for the wall clock.  port_wait then spins with `pause` until the
 * deadline or until serial input arrives: a documented fallback, as a bare
 * boot is a test tier, not a deployment. */
#include "platform.h"
#include "../vm/port.h"

#include <xen/memory.h>

shared_info_t *xen_shared_info;

__attribute__((aligned(4096))) static uint8_t shared_info_page[4096];

/* ---- event channels ----------------------------------------------------- */

#define WATCH_MAX 64
static evtchn_port_t watched[WATCH_MAX];
static unsigned nwatched;
/* Ports port_wait found pending (and cleared), until evtchn_take. */
static bool fired[WATCH_MAX];

void evtchn_watch(evtchn_port_t port)
{
    for (unsigned i = 0; i < nwatched; i++)
        if (watched[i] == port)
            return;
    if (nwatched == WATCH_MAX)
        port_panic("evtchn_watch: too many event channels");
    fired[nwatched] = false;
    watched[nwatched++] = port;
}

void evtchn_unwatch(evtchn_port_t port)
{
    for (unsigned i = 0; i < nwatched; i++)
        if (watched[i] == port) {
            nwatched--;
            watched[i] = watched[nwatched];
            fired[i] = fired[nwatched];
            return;
        }
}

bool evtchn_take(evtchn_port_t port)
{
    bool was = xen_shared_info && evtchn_clear(port);
    for (unsigned i = 0; i < nwatched; i++)
        if (watched[i] == port) {
            was |= fired[i];
            fired[i] = false;
        }
    return was;
}

bool evtchn_clear(evtchn_port_t port)
{
    xen_ulong_t *word = &xen_shared_info->evtchn_pending[port / 64];
    xen_ulong_t bit = (xen_ulong_t)1 << (port % 64);
    return __atomic_fetch_and(word, ~bit, __ATOMIC_SEQ_CST) & bit;
}

/* ---- Xen clocks --------------------------------------------------------- */

/* cycles * mul >> 32 after the shift, as the pvclock formula says. */
static uint64_t pvclock_scale(uint64_t cycles, uint32_t mul, int8_t shift)
{
    if (shift < 0)
        cycles >>= -shift;
    else
        cycles <<= shift;
    return (uint64_t)(((unsigned __int128)cycles * mul) >> 32);
}

static uint64_t xen_system_ns(void)
{
    volatile struct vcpu_time_info *t = &xen_shared_info->vcpu_info[0].time;
    uint32_t v;
    uint64_t ns;
    do {
        v = t->version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        uint64_t delta = cpu_rdtsc() - t->tsc_timestamp;
        ns = t->system_time + pvclock_scale(delta, t->tsc_to_system_mul, t->tsc_shift);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((v & 1) || v != t->version);
    return ns;
}

static uint64_t xen_wall_base_ns(void)
{
    volatile shared_info_t *s = xen_shared_info;
    uint32_t v;
    uint64_t ns;
    do {
        v = s->wc_version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        uint64_t sec = ((uint64_t)s->xen_wc_sec_hi << 32) | s->wc_sec;
        ns = sec * 1000000000ull + s->wc_nsec;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((v & 1) || v != s->wc_version);
    return ns;
}

/* ---- bare-metal clocks -------------------------------------------------- */

static uint64_t tsc_origin;  /* TSC at time_init */
static uint64_t tsc_mul;     /* ns per cycle, 32.32 fixed point; 0: unknown */
static uint64_t rtc_wall_ns; /* wall clock when the RTC was read */
static uint64_t rtc_mono_ns; /* monotonic ns when the RTC was read */
static uint64_t last_mono;   /* keeps the bare clock monotonic */

/* TSC rate from CPUID 0x15 (crystal ratio) when it is complete, else by
 * counting TSC cycles over 10 ms of PIT channel 2 in mode 0 (one-shot). */
static void calibrate_tsc(void)
{
    uint32_t r[4];
    uint64_t hz = 0;
    cpu_cpuid(0, 0, r);
    if (r[0] >= 0x15) {
        cpu_cpuid(0x15, 0, r);
        if (r[0] && r[1] && r[2])
            hz = (uint64_t)r[2] * r[1] / r[0];
    }
    if (!hz) {
        const uint32_t count = 11932; /* 1193182 Hz * 10 ms */
        cpu_outb(0x61, (cpu_inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
        cpu_outb(0x43, 0xb0);                           /* ch 2, lo/hi, mode 0 */
        cpu_outb(0x42, count & 0xff);
        cpu_outb(0x42, count >> 8);
        uint64_t t0 = cpu_rdtsc();
        while (!(cpu_inb(0x61) & 0x20))
            ;
        uint64_t t1 = cpu_rdtsc();
        hz = (t1 - t0) * 1193182ull / count;
    }
    if (!hz)
        hz = 1000000000ull; /* a TSC that does not tick: keep going */
    tsc_mul = (uint64_t)(((unsigned __int128)1000000000ull << 32) / hz);
}

static uint8_t cmos_read(uint8_t reg)
{
    cpu_outb(0x70, reg);
    return cpu_inb(0x71);
}

static unsigned bcd(uint8_t v, bool is_bcd)
{
    return is_bcd ? (v & 0x0f) + (v >> 4) * 10 : v;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static uint64_t bare_mono_ns(void);

/* Read the RTC twice until two reads agree, outside update cycles. */
static void read_rtc(void)
{
    uint8_t a[6], b[6];
    const uint8_t regs[6] = {0x00, 0x02, 0x04, 0x07, 0x08, 0x09};
    do {
        while (cmos_read(0x0a) & 0x80)
            ;
        for (int i = 0; i < 6; i++)
            a[i] = cmos_read(regs[i]);
        while (cmos_read(0x0a) & 0x80)
            ;
        for (int i = 0; i < 6; i++)
            b[i] = cmos_read(regs[i]);
    } while (__builtin_memcmp(a, b, sizeof a) != 0);
    uint8_t sb = cmos_read(0x0b);
    bool is_bcd = !(sb & 0x04);
    unsigned hour = bcd(a[2] & 0x7f, is_bcd);
    if (!(sb & 0x02) && (a[2] & 0x80)) /* 12-hour clock, PM */
        hour = (hour % 12) + 12;
    else if (!(sb & 0x02) && hour == 12)
        hour = 0;
    int64_t days = days_from_civil(2000 + bcd(a[5], is_bcd), bcd(a[4], is_bcd), bcd(a[3], is_bcd));
    int64_t secs = days * 86400 + hour * 3600 + bcd(a[1], is_bcd) * 60 + bcd(a[0], is_bcd);
    rtc_mono_ns = bare_mono_ns();
    rtc_wall_ns = (uint64_t)secs * 1000000000ull;
}

static uint64_t bare_mono_ns(void)
{
    if (!tsc_mul)
        calibrate_tsc();
    uint64_t ns = (uint64_t)(((unsigned __int128)(cpu_rdtsc() - tsc_origin) * tsc_mul) >> 32);
    if (ns < last_mono) /* a TSC stepping back (migration) must not show */
        ns = last_mono;
    last_mono = ns;
    return ns;
}

/* ---- port.h ------------------------------------------------------------- */

void time_init(void)
{
    tsc_origin = cpu_rdtsc();
    if (!xen_present)
        return;
    struct xen_add_to_physmap xatp = {
        .domid = DOMID_SELF,
        .space = XENMAPSPACE_shared_info,
        .idx = 0,
        .gpfn = (uintptr_t)shared_info_page >> 12,
    };
    if (hypercall_memory_op(XENMEM_add_to_physmap, &xatp) != 0)
        port_panic("XENMEM_add_to_physmap(shared_info) failed");
    xen_shared_info = (shared_info_t *)shared_info_page;
}

bool time_cycles_to_ns(uint64_t cycles, uint64_t *ns)
{
    if (xen_shared_info) {
        volatile struct vcpu_time_info *t = &xen_shared_info->vcpu_info[0].time;
        *ns = pvclock_scale(cycles, t->tsc_to_system_mul, t->tsc_shift);
        return true;
    }
    if (!tsc_mul)
        return false;
    *ns = (uint64_t)(((unsigned __int128)cycles * tsc_mul) >> 32);
    return true;
}

uint64_t port_monotonic_ns(void)
{
    return xen_shared_info ? xen_system_ns() : bare_mono_ns();
}

uint64_t port_wall_ns(void)
{
    if (xen_shared_info)
        return xen_wall_base_ns() + xen_system_ns();
    if (!rtc_wall_ns)
        read_rtc();
    return rtc_wall_ns + (bare_mono_ns() - rtc_mono_ns);
}

void port_wait(uint64_t deadline_ns)
{
    if (xen_shared_info) {
        /* An event that arrived since the last wait ends this one at once;
         * clearing before polling means a new event wakes the poll (Xen
         * wakes pollers only when a pending bit goes from 0 to 1). */
        bool seen = false;
        for (unsigned i = 0; i < nwatched; i++)
            if (evtchn_clear(watched[i]))
                seen = fired[i] = true;
        if (seen || xen_system_ns() >= deadline_ns)
            return;
        hypercall_poll(watched, nwatched, deadline_ns == UINT64_MAX ? 0 : deadline_ns);
        for (unsigned i = 0; i < nwatched; i++)
            if (evtchn_clear(watched[i]))
                fired[i] = true;
        return;
    }
    while (bare_mono_ns() < deadline_ns) {
        if (cpu_inb(0x3f8 + 5) & 0x01) /* serial input is an event */
            return;
        cpu_pause();
    }
}
