/* SPDX-License-Identifier: MIT */
/* Xen detection and hypercalls.
 *
 * Under Xen, CPUID leaves 0x40000000 + 0x100*i (i = 0..255) carry the
 * signature "XenVMMXenVMM" (Xen moves itself up when it also offers the
 * Hyper-V interface at 0x40000000).  Leaf base+2 returns in EBX the MSR
 * that, written with a page's physical address, makes Xen fill that page
 * with hypercall stubs: hypercall N is a call to page + 32*N with arguments
 * in rdi, rsi, rdx, r10, r8 and the result in rax.  Debug builds of Xen
 * clobber the argument registers, so the wrappers say so. */
#include "platform.h"

#include <xen/event_channel.h>
#include <xen/hvm/hvm_op.h>
#include <xen/sched.h>

bool xen_present;

/* The hypercall page (xen/head.S): Xen fills it through the guest-physical
 * address, so it lives in the read-only+executable text segment, as its
 * last page, zero-filled by the loader rather than stored in the file. */
extern const uint8_t hypercall_page[4096];

static long hypercall2(unsigned op, unsigned long a1, unsigned long a2)
{
    register unsigned long rdi __asm__("rdi") = a1;
    register unsigned long rsi __asm__("rsi") = a2;
    long ret;
    __asm__ volatile("call *%[fn]"
                     : "=a"(ret), "+r"(rdi), "+r"(rsi)
                     : [fn] "r"(&hypercall_page[op * 32])
                     : "memory", "rcx", "rdx", "r8", "r10", "r11");
    return ret;
}

void hypercall_init(void)
{
    uint32_t r[4];
    for (uint32_t base = 0x40000000; base < 0x40010000; base += 0x100) {
        cpu_cpuid(base, 0, r);
        if (r[1] == 0x566e6558 /* XenV */ && r[2] == 0x65584d4d /* MMXe */ &&
            r[3] == 0x4d4d566e /* nVMM */ && r[0] >= base + 2) {
            cpu_cpuid(base + 2, 0, r);
            cpu_wrmsr(r[1], (uint64_t)(uintptr_t)hypercall_page);
            xen_present = true;
            return;
        }
    }
}

long hypercall_sched_op(int cmd, void *arg)
{
    return hypercall2(__HYPERVISOR_sched_op, (unsigned long)cmd, (unsigned long)arg);
}

long hypercall_event_channel_op(int cmd, void *arg)
{
    return hypercall2(__HYPERVISOR_event_channel_op, (unsigned long)cmd, (unsigned long)arg);
}

long hypercall_hvm_op(int cmd, void *arg)
{
    return hypercall2(__HYPERVISOR_hvm_op, (unsigned long)cmd, (unsigned long)arg);
}

long hypercall_memory_op(int cmd, void *arg)
{
    return hypercall2(__HYPERVISOR_memory_op, (unsigned long)cmd, (unsigned long)arg);
}

long hypercall_get_param(uint32_t index, uint64_t *value)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index};
    long rc = hypercall_hvm_op(HVMOP_get_param, &p);
    if (rc == 0)
        *value = p.value;
    return rc;
}

void hypercall_evtchn_notify(evtchn_port_t port)
{
    struct evtchn_send send = {.port = port};
    hypercall_event_channel_op(EVTCHNOP_send, &send);
}

void hypercall_poll(evtchn_port_t *ports, unsigned n, uint64_t timeout_ns)
{
    struct sched_poll poll = {.nr_ports = n, .timeout = timeout_ns};
    set_xen_guest_handle(poll.ports, ports);
    hypercall_sched_op(SCHEDOP_poll, &poll);
}

_Noreturn void hypercall_shutdown(unsigned reason)
{
    struct sched_shutdown s = {.reason = reason};
    for (;;)
        hypercall_sched_op(SCHEDOP_shutdown, &s);
}
