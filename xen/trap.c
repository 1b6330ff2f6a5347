/* SPDX-License-Identifier: MIT */
/* CPU exceptions: a TSS with two IST stacks, an IDT for vectors 0..31, and
 * the fault report.
 *
 * Every vector runs on an IST stack (IST2 for #DF, NMI and #MC, IST1 for
 * the rest) because the code that faults may be using its red zone and
 * because a stack overflow must still be reported.  The report names the
 * vector, error code, RIP, RSP (and CR2 for #PF, with a note when CR2 is in
 * a stack guard page), then asks the VM for its Python traceback, flushes
 * the console and stops the guest as a crash.  It uses no libc: the fault
 * may have happened inside it.
 *
 * A fault while reporting (for example inside vm_fault_traceback) must not
 * loop: the second entry prints one line and stops at once; a third (the
 * console itself is broken) just stops. */
#include "platform.h"
#include "../vm/port.h"

struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};

struct idt_entry {
    uint16_t off_lo, sel;
    uint8_t ist, type;
    uint16_t off_mid;
    uint32_t off_hi, zero;
} __attribute__((packed));

struct tss64 {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t ist[8]; /* ist[0] is reserved; IST n is ist[n] */
    uint64_t reserved1;
    uint16_t reserved2, iomap_base;
} __attribute__((packed));

extern const uint64_t trap_stubs[32];
void trap_report(struct trap_frame *f);

static struct idt_entry idt[32] __attribute__((aligned(16)));
static struct tss64 tss __attribute__((aligned(16)));
static int trap_depth;

static const char *const names[32] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
    "#BR bound range", "#UD invalid opcode", "#NM device not available",
    "#DF double fault", "coprocessor overrun", "#TS invalid TSS",
    "#NP segment not present", "#SS stack fault", "#GP general protection",
    "#PF page fault", "reserved 15", "#MF x87 error", "#AC alignment check",
    "#MC machine check", "#XM SIMD error", "#VE virtualization", "#CP control protection",
    "reserved 22", "reserved 23", "reserved 24", "reserved 25", "reserved 26",
    "reserved 27", "#HV hypervisor injection", "#VC VMM communication",
    "#SX security", "reserved 31",
};

void trap_init(void)
{
    tss.ist[1] = (uintptr_t)xen_ist1_top;
    tss.ist[2] = (uintptr_t)xen_ist2_top;
    tss.iomap_base = sizeof tss; /* no I/O bitmap */

    /* 16-byte available 64-bit TSS descriptor (type 9) at XEN_GDT_TSS. */
    uint64_t base = (uintptr_t)&tss, limit = sizeof tss - 1;
    uint64_t *d = (uint64_t *)(xen_gdt + XEN_GDT_TSS);
    d[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) |
           ((limit >> 16 & 0xf) << 48) | ((base >> 24 & 0xff) << 56);
    d[1] = base >> 32;
    __asm__ volatile("ltr %w0" : : "r"(XEN_GDT_TSS));

    for (int v = 0; v < 32; v++) {
        uint64_t off = trap_stubs[v];
        idt[v] = (struct idt_entry){
            .off_lo = (uint16_t)off,
            .sel = XEN_GDT_CODE64,
            .ist = (v == 2 || v == 8 || v == 18) ? 2 : 1,
            .type = 0x8e, /* present, DPL 0, 64-bit interrupt gate */
            .off_mid = (uint16_t)(off >> 16),
            .off_hi = (uint32_t)(off >> 32),
        };
    }
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) idtr = {sizeof idt - 1, (uintptr_t)idt};
    __asm__ volatile("lidt %0" : : "m"(idtr));
}

static void put_hex(const char *label, uint64_t v)
{
    char buf[40];
    size_t i = 0;
    while (*label)
        buf[i++] = *label++;
    buf[i++] = '0';
    buf[i++] = 'x';
    for (int s = 60; s >= 0; s -= 4)
        buf[i++] = "0123456789abcdef"[(v >> s) & 0xf];
    console_write_raw(buf, i);
}

static void put_dec(uint64_t v)
{
    char buf[20];
    int k = 0;
    do {
        buf[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        console_write_raw(&buf[--k], 1);
}

static bool in_range(uint64_t a, const uint8_t *lo, size_t len)
{
    return a >= (uintptr_t)lo && a < (uintptr_t)lo + len;
}

void trap_report(struct trap_frame *f)
{
    int depth = ++trap_depth;
    if (depth > 2)
        start_stop(XEN_STATUS_FAULT);
    if (depth == 2) {
        console_puts("\n*** fault while reporting a fault: ");
        console_puts(names[f->vector & 31]);
        put_hex(" at rip=", f->rip);
        console_puts("\n");
        console_flush_timeout(1000000000ull);
        start_stop(XEN_STATUS_FAULT);
    }
    uint64_t cr2 = 0;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    console_puts("\n*** CPU exception: ");
    console_puts(names[f->vector & 31]);
    console_puts(" (vector ");
    put_dec(f->vector);
    put_hex(")\n    error=", f->error);
    put_hex(" rip=", f->rip);
    put_hex(" rsp=", f->rsp);
    if (f->vector == 14) {
        put_hex(" cr2=", cr2);
        if (in_range(cr2, xen_stack_guard, 4096))
            console_puts("\n    stack overflow (C stack guard page)");
        else if (in_range(cr2, xen_ist_guard, 4096))
            console_puts("\n    exception stack overflow");
        else if (cr2 < 4096)
            console_puts("\n    null pointer access");
    }
    put_hex("\n    rax=", f->rax);
    put_hex(" rbx=", f->rbx);
    put_hex(" rcx=", f->rcx);
    put_hex(" rdx=", f->rdx);
    put_hex("\n    rsi=", f->rsi);
    put_hex(" rdi=", f->rdi);
    put_hex(" rbp=", f->rbp);
    put_hex(" rflags=", f->rflags);
    console_puts("\n");
    vm_fault_traceback();
    console_flush_timeout(2000000000ull);
    start_stop(XEN_STATUS_FAULT);
}
