/* SPDX-License-Identifier: MIT */
/* The test bed's own probe guest: a minimal 32-bit PVH kernel (no paging)
 * that writes to the PV console and ends the way its command line asks, so
 * the test bed can be checked without the xenlet platform.
 *
 * Command line words: "poweroff" (default), "crash", "reboot", "hang"
 * (never ends), "fault" (executes ud2), "lines=N" (print N numbered lines
 * first).  It always prints
 * "xenlet-probe: hello" and "xenlet-probe: cmdline=<line>".  A CPU
 * exception prints "xenlet-probe: fault vector=V error=E eip=X" and ends
 * the domain as crashed (without an IDT it would be a bare triple fault). */
#include <stddef.h>
#include <stdint.h>

#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>
#include <xen/event_channel.h>
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>
#include <xen/io/console.h>
#include <xen/sched.h>

void probe_main(const struct hvm_start_info *si);
void probe_fault(const uint32_t *frame);

/* Physical entry: flat 32-bit protected mode, %ebx = start info.  PVH
 * leaves the GDT and segment selectors unspecified, so the probe loads its
 * own (null, code 0x08, data 0x10) before it can take an exception. */
__asm__(".section .text.entry, \"ax\"\n"
        ".globl probe_entry\n"
        "probe_entry:\n"
        "  cld\n"
        "  lgdt probe_gdtr\n"
        "  ljmp $0x08, $1f\n"
        "1:mov $0x10, %eax\n"
        "  mov %eax, %ds\n"
        "  mov %eax, %es\n"
        "  mov %eax, %ss\n"
        "  mov %eax, %fs\n"
        "  mov %eax, %gs\n"
        "  mov $probe_stack_top, %esp\n"
        "  push %ebx\n"
        "  call probe_main\n"
        "2: hlt\n"
        "  jmp 2b\n"
        /* One 16-byte stub per exception vector: push a 0 where the CPU
         * pushes no error code, then the vector. */
        ".macro probe_stub v\n"
        "  .balign 16\n"
        "  .if !(\\v == 8 || (\\v >= 10 && \\v <= 14) || \\v == 17 || \\v == 21 || \\v == 29 || \\v == 30)\n"
        "  push $0\n"
        "  .endif\n"
        "  push $\\v\n"
        "  jmp probe_trap\n"
        ".endm\n"
        "  .balign 16\n"
        "probe_stubs:\n"
        "  .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  probe_stub \\v\n"
        "  .endr\n"
        "probe_trap:\n"
        "  push %esp\n"
        "  call probe_fault\n"
        "3: hlt\n"
        "  jmp 3b\n"
        ".previous\n");
extern const char probe_stubs[];

static const uint64_t gdt[3] = {0, 0x00cf9a000000ffffull, 0x00cf92000000ffffull};
static const struct __attribute__((packed)) {
    uint16_t limit;
    uint32_t base;
} probe_gdtr __attribute__((used)) = {sizeof(gdt) - 1, (uint32_t)(uintptr_t)gdt};
static uint64_t idt[32];

/* The Xen ELF note libxl looks for to boot a PVH kernel. */
__asm__(".pushsection .note.Xen, \"a\", @note\n"
        "  .align 4\n"
        "  .long 4, 4, 18\n" /* namesz, descsz, XEN_ELFNOTE_PHYS32_ENTRY */
        "  .asciz \"Xen\"\n"
        "  .long probe_entry\n"
        ".popsection\n");

static uint8_t stack[8192] __attribute__((aligned(16), used));
/* The entry code loads %esp from this symbol. */
__asm__(".set probe_stack_top, stack + 8192");

static uint8_t hypercall_page[4096] __attribute__((aligned(4096)));
static volatile struct xencons_interface *cons;
static evtchn_port_t cons_port;

/* 32-bit hypercall ABI: arguments in ebx, ecx, edx; result in eax. */
static long hypercall2(unsigned nr, unsigned long a1, unsigned long a2)
{
    long ret;
    unsigned long b = a1, c = a2;
    __asm__ volatile("call *%[fn]"
                     : "=a"(ret), "+b"(b), "+c"(c)
                     : [fn] "r"(hypercall_page + 32 * nr)
                     : "memory", "edx", "esi", "edi");
    return ret;
}

static void cpuid(uint32_t leaf, uint32_t r[4])
{
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(0));
}

/* Find Xen's CPUID leaves and install the hypercall page; 0 if not Xen. */
static int xen_init(void)
{
    for (uint32_t base = 0x40000000; base < 0x40010000; base += 0x100) {
        uint32_t r[4];
        cpuid(base, r);
        if (r[1] == 0x566e6558 && r[2] == 0x65584d4d && r[3] == 0x4d4d566e) { /* XenVMMXenVMM */
            cpuid(base + 2, r);
            uint64_t pa = (uint32_t)(uintptr_t)hypercall_page;
            __asm__ volatile("wrmsr" ::"c"(r[1]), "a"((uint32_t)pa), "d"((uint32_t)(pa >> 32)));
            return 1;
        }
    }
    return 0;
}

static uint64_t hvm_param(uint32_t index)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index};
    hypercall2(__HYPERVISOR_hvm_op, HVMOP_get_param, (unsigned long)&p);
    return p.value;
}

static void notify(void)
{
    struct evtchn_send s = {.port = cons_port};
    hypercall2(__HYPERVISOR_event_channel_op, EVTCHNOP_send, (unsigned long)&s);
}

static void yield(void)
{
    hypercall2(__HYPERVISOR_sched_op, SCHEDOP_yield, 0);
}

/* Sleep until an event is sent to this guest (none is ever delivered as an
 * interrupt: interrupts stay off, and no upcall vector is set). */
static void block(void)
{
    hypercall2(__HYPERVISOR_sched_op, SCHEDOP_block, 0);
}

static void put(const char *s)
{
    for (; *s; s++) {
        while (cons->out_prod - cons->out_cons >= sizeof(cons->out)) {
            notify();
            yield();
        }
        cons->out[MASK_XENCONS_IDX(cons->out_prod, cons->out)] = *s;
        __asm__ volatile("" ::: "memory");
        cons->out_prod++;
    }
    notify();
}

static void put_uint(unsigned v)
{
    char buf[12], *p = buf + sizeof(buf) - 1;
    *p = 0;
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    put(p);
}

/* Does the command line contain word w (space separated)? If w ends in
 * '=', *val receives the number after it. */
static int has_word(const char *line, const char *w, unsigned *val)
{
    for (const char *s = line; *s;) {
        while (*s == ' ')
            s++;
        const char *a = s, *b = w;
        while (*b && *a == *b)
            a++, b++;
        if (!*b && (b[-1] == '=' || *a == ' ' || !*a)) {
            if (val)
                for (*val = 0; *a >= '0' && *a <= '9'; a++)
                    *val = *val * 10 + (unsigned)(*a - '0');
            return 1;
        }
        while (*s && *s != ' ')
            s++;
    }
    return 0;
}

static void shutdown(unsigned reason)
{
    struct sched_shutdown sd = {.reason = reason};
    hypercall2(__HYPERVISOR_sched_op, SCHEDOP_shutdown, (unsigned long)&sd);
}

static void put_hex(uint32_t v)
{
    char buf[11] = "0x";
    for (int i = 0; i < 8; i++)
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    buf[10] = 0;
    put(buf);
}

/* frame: what the stub pushed (vector, error code), then the CPU's eip. */
void probe_fault(const uint32_t *frame)
{
    if (cons) {
        put("xenlet-probe: fault vector=");
        put_uint(frame[0]);
        put(" error=");
        put_hex(frame[1]);
        put(" eip=");
        put_hex(frame[2]);
        put("\r\n");
        while (cons->out_cons != cons->out_prod) {
            notify();
            yield();
        }
    }
    shutdown(SHUTDOWN_crash);
}

static void idt_init(void)
{
    for (unsigned v = 0; v < 32; v++) {
        uint32_t off = (uint32_t)(uintptr_t)(probe_stubs + 16 * v);
        /* 32-bit interrupt gate, present, DPL 0, code selector 0x08. */
        idt[v] = (off & 0xffff) | (0x08ull << 16) | (0x8eull << 40) |
                 ((uint64_t)(off >> 16) << 48);
    }
    const struct __attribute__((packed)) {
        uint16_t limit;
        uint32_t base;
    } idtr = {sizeof(idt) - 1, (uint32_t)(uintptr_t)idt};
    __asm__ volatile("lidt %0" ::"m"(idtr));
}

void probe_main(const struct hvm_start_info *si)
{
    idt_init();
    if (!xen_init())
        return; /* not under Xen: nothing to talk to */
    cons = (volatile struct xencons_interface *)(uintptr_t)(hvm_param(HVM_PARAM_CONSOLE_PFN) << 12);
    cons_port = (evtchn_port_t)hvm_param(HVM_PARAM_CONSOLE_EVTCHN);
    const char *line = "";
    if (si->magic == XEN_HVM_START_MAGIC_VALUE && si->cmdline_paddr)
        line = (const char *)(uintptr_t)si->cmdline_paddr;

    put("xenlet-probe: hello\r\n");
    put("xenlet-probe: cmdline=");
    put(line);
    put("\r\n");
    unsigned n = 0;
    if (has_word(line, "lines=", &n))
        for (unsigned i = 1; i <= n; i++) {
            put("xenlet-probe: line ");
            put_uint(i);
            put("\r\n");
        }

    unsigned reason = SHUTDOWN_poweroff;
    if (has_word(line, "crash", NULL))
        reason = SHUTDOWN_crash;
    else if (has_word(line, "reboot", NULL))
        reason = SHUTDOWN_reboot;
    if (has_word(line, "fault", NULL))
        __asm__ volatile("ud2");
    if (has_word(line, "hang", NULL)) {
        put("xenlet-probe: hanging\r\n");
        /* Blocked, not spinning: under emulation a spinning guest takes
         * CPU from dom0's scripts. */
        for (;;)
            block();
    }
    put("xenlet-probe: bye\r\n");
    /* Output still in the ring when the domain dies is lost. */
    while (cons->out_cons != cons->out_prod) {
        notify();
        yield();
    }
    shutdown(reason);
}
