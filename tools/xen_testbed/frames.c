// SPDX-License-Identifier: MIT
// xenlet-frames: raw Ethernet frame round trips for the test bed's dom0.
//
//   xenlet-frames echo-test [-w S] [-s S] [-t S] [-n W] IFACE DSTMAC COUNT [SIZES...]
//   xenlet-frames reflect [-w S] [-t S] IFACE [COUNT]
//
// echo-test sends COUNT frames of ethertype 0x88b5 (IEEE local experimental)
// from IFACE to DSTMAC and expects each back with the addresses swapped and
// the payload intact; it prints one summary line
//   FRAMES sent=N received=M intact=K lost=L dup=D bad=B rtt_per_s=R elapsed_s=E
// and exits 0 only when all COUNT came back intact, none twice, none damaged.
// Payload after the 14-byte Ethernet header: "XLFR", run id (4), kind (1:
// probe, 2: counted), 0, sequence number (4), frame size (2), then a
// pattern of the sequence number and offset (all big-endian).
// reflect sends every such frame addressed to IFACE back with the addresses
// swapped, until COUNT were sent back, -t seconds passed without one, or it
// is killed.
// Promises: every wait of echo-test is bounded (-w, -s, -t); frames of other
// ethertypes and frames IFACE itself sends are ignored; nothing is
// retransmitted in the counted phase.  Exit status 2 = usage or system error.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define ETHERTYPE_XENLET 0x88b5
#define HDR_LEN 14
#define MIN_FRAME 60 // shortest Ethernet frame without FCS: never padded
#define MAX_FRAME 9014
#define MAGIC "XLFR"
// Payload header after the Ethernet header: magic, run id, kind, seq, size.
#define P_MAGIC 0
#define P_RUN 4
#define P_KIND 8
#define P_SEQ 10
#define P_SIZE 14
#define P_DATA 16
#define KIND_PROBE 1
#define KIND_DATA 2
#define MAX_WINDOW 256

struct opts {
    double wait_s;  // bound on IFACE existing and being up
    double start_s; // bound on the first echo (the guest connecting)
    double idle_s;  // echo-test: a frame not back after this long is lost;
                    // reflect: stop after this long without a frame
    int window;     // frames in flight
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xffff);
}

static uint32_t get16(const uint8_t *p)
{
    return (uint32_t)p[0] << 8 | p[1];
}

static uint32_t get32(const uint8_t *p)
{
    return get16(p) << 16 | get16(p + 2);
}

// The deterministic payload byte at frame offset i of frame number seq.
static uint8_t pattern(uint32_t seq, size_t i)
{
    return (uint8_t)(seq * 31u + i * 7u + (i >> 8));
}

static int parse_mac(const char *s, uint8_t mac[6])
{
    unsigned v[6];
    char end;
    if (sscanf(s, "%x:%x:%x:%x:%x:%x%c", &v[0], &v[1], &v[2], &v[3], &v[4],
               &v[5], &end) != 6)
        return -1;
    for (int i = 0; i < 6; i++) {
        if (v[i] > 0xff)
            return -1;
        mac[i] = (uint8_t)v[i];
    }
    return 0;
}

// Waits (bounded) until IFACE exists and is up; fills its index and MAC.
static int wait_iface(const char *name, double bound_s, int *ifindex, uint8_t mac[6])
{
    struct ifreq ifr;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0 || strlen(name) >= IFNAMSIZ)
        goto fail;
    double deadline = now_s() + bound_s;
    for (;;) {
        memset(&ifr, 0, sizeof ifr);
        strcpy(ifr.ifr_name, name);
        if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_UP))
            break;
        if (now_s() > deadline) {
            fprintf(stderr, "xenlet-frames: %s not up after %.0f s\n", name, bound_s);
            goto fail;
        }
        usleep(100000);
    }
    if (ioctl(fd, SIOCGIFINDEX, &ifr) != 0)
        goto fail;
    *ifindex = ifr.ifr_ifindex;
    if (ioctl(fd, SIOCGIFHWADDR, &ifr) != 0)
        goto fail;
    memcpy(mac, ifr.ifr_hwaddr.sa_data, 6);
    close(fd);
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    return -1;
}

// A packet socket on one interface that sees every frame it receives.
// ETH_P_ALL, not the ethertype: a protocol-specific handler never sees
// frames arriving on a bridge port (the bridge consumes them first), and the
// guest's vif is such a port.
static int open_raw(int ifindex)
{
    int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
    if (fd < 0)
        return -1;
    struct sockaddr_ll sll = {
        .sll_family = AF_PACKET,
        .sll_protocol = htons(ETH_P_ALL),
        .sll_ifindex = ifindex,
    };
    int one = 1;
    if (bind(fd, (struct sockaddr *)&sll, sizeof sll) != 0) {
        close(fd);
        return -1;
    }
    // Best effort (Linux 4.20+); recv_frame also checks the packet type.
    (void)setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one);
    return fd;
}

// Receives one incoming frame of our ethertype, waiting at most timeout_s.
// Returns its length, 0 on timeout, -1 on error.
static ssize_t recv_frame(int fd, uint8_t *buf, size_t cap, double timeout_s)
{
    double deadline = now_s() + timeout_s;
    for (;;) {
        double left = deadline - now_s();
        if (left <= 0)
            return 0;
        struct pollfd pfd = { .fd = fd, .events = POLLIN };
        int r = poll(&pfd, 1, (int)(left * 1000) + 1);
        if (r < 0 && errno != EINTR)
            return -1;
        if (r <= 0)
            continue;
        struct sockaddr_ll from;
        socklen_t flen = sizeof from;
        ssize_t n = recvfrom(fd, buf, cap, MSG_DONTWAIT, (struct sockaddr *)&from, &flen);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return -1;
        }
        if (from.sll_pkttype == PACKET_OUTGOING || n < HDR_LEN)
            continue;
        if (get16(buf + 12) == ETHERTYPE_XENLET)
            return n;
    }
}

static int send_frame(int fd, int ifindex, const uint8_t *frame, size_t len)
{
    struct sockaddr_ll to = {
        .sll_family = AF_PACKET,
        .sll_ifindex = ifindex,
        .sll_halen = 6,
    };
    memcpy(to.sll_addr, frame, 6);
    ssize_t n = sendto(fd, frame, len, 0, (struct sockaddr *)&to, sizeof to);
    return n == (ssize_t)len ? 0 : -1;
}

struct test {
    int fd, ifindex;
    uint8_t me[6], peer[6];
    uint32_t run;
    uint32_t count;
    const uint32_t *sizes;
    size_t nsizes;
    uint8_t *seen; // per seq: 0 not back, 1 back intact, 2 back damaged
    double *sent_at;
    uint32_t sent, received, intact, dup, bad, lost;
};

static size_t size_of(const struct test *t, uint32_t seq)
{
    return t->sizes[seq % t->nsizes];
}

static void build(const struct test *t, uint8_t *f, uint8_t kind, uint32_t seq, size_t len)
{
    memcpy(f, t->peer, 6);
    memcpy(f + 6, t->me, 6);
    put16(f + 12, ETHERTYPE_XENLET);
    uint8_t *p = f + HDR_LEN;
    memcpy(p + P_MAGIC, MAGIC, 4);
    put32(p + P_RUN, t->run);
    p[P_KIND] = kind;
    p[P_KIND + 1] = 0;
    put32(p + P_SEQ, seq);
    put16(p + P_SIZE, (uint32_t)len);
    for (size_t i = HDR_LEN + P_DATA; i < len; i++)
        f[i] = pattern(seq, i);
}

// Whether f (n bytes) is the echo of our frame `seq`, kind `kind`, whole.
static int is_intact(const struct test *t, const uint8_t *f, size_t n, uint8_t kind, uint32_t seq)
{
    uint8_t want[MAX_FRAME];
    size_t len = kind == KIND_PROBE ? MIN_FRAME : size_of(t, seq);
    if (n != len)
        return 0;
    build(t, want, kind, seq, len);
    // The echo has the addresses swapped.
    return memcmp(f, want + 6, 6) == 0 && memcmp(f + 6, want, 6) == 0 &&
           memcmp(f + 12, want + 12, len - 12) == 0;
}

// Classifies one received frame of the counted phase.
static void account(struct test *t, const uint8_t *f, size_t n)
{
    const uint8_t *p = f + HDR_LEN;
    if (n < HDR_LEN + P_DATA || memcmp(p + P_MAGIC, MAGIC, 4) != 0) {
        t->bad++;
        return;
    }
    if (get32(p + P_RUN) != t->run || p[P_KIND] == KIND_PROBE)
        return; // an older run's frame or a late probe echo: not ours to count
    uint32_t seq = get32(p + P_SEQ);
    if (p[P_KIND] != KIND_DATA || seq >= t->sent) {
        t->bad++;
        return;
    }
    if (t->seen[seq]) {
        t->dup++;
        return;
    }
    t->received++;
    if (is_intact(t, f, n, KIND_DATA, seq)) {
        t->seen[seq] = 1;
        t->intact++;
    } else {
        t->seen[seq] = 2;
        t->bad++;
    }
}

// Probes every 200 ms until one echo of a probe returns (the peer is
// connected) or start_s passes.
static int wait_for_peer(struct test *t, double start_s)
{
    uint8_t f[MAX_FRAME];
    double deadline = now_s() + start_s;
    for (uint32_t n = 0; now_s() < deadline; n++) {
        build(t, f, KIND_PROBE, n, MIN_FRAME);
        (void)send_frame(t->fd, t->ifindex, f, MIN_FRAME);
        double until = now_s() + 0.2;
        ssize_t r;
        while ((r = recv_frame(t->fd, f, sizeof f, until - now_s())) > 0) {
            const uint8_t *p = f + HDR_LEN;
            if (r >= HDR_LEN + P_DATA && p[P_KIND] == KIND_PROBE &&
                get32(p + P_RUN) == t->run &&
                is_intact(t, f, (size_t)r, KIND_PROBE, get32(p + P_SEQ)))
                return 0;
        }
        if (r < 0)
            return -1;
    }
    return 1;
}

// The counted phase: at most `window` frames in flight; a frame not back
// within idle_s is given up (lost) and frees its slot.
static int counted(struct test *t, const struct opts *o)
{
    uint8_t f[MAX_FRAME];
    uint32_t oldest = 0; // frames below are back or given up
    for (;;) {
        while (oldest < t->sent && (t->seen[oldest] || now_s() - t->sent_at[oldest] > o->idle_s))
            oldest++;
        if (oldest == t->count)
            return 0;
        while (t->sent < t->count && t->sent - oldest < (uint32_t)o->window) {
            size_t len = size_of(t, t->sent);
            build(t, f, KIND_DATA, t->sent, len);
            if (send_frame(t->fd, t->ifindex, f, len) != 0) {
                perror("xenlet-frames: send");
                return -1;
            }
            t->sent_at[t->sent++] = now_s();
        }
        double wait = t->sent_at[oldest] + o->idle_s - now_s();
        ssize_t r = recv_frame(t->fd, f, sizeof f, wait > 0 ? wait : 0.001);
        if (r < 0)
            return -1;
        if (r > 0)
            account(t, f, (size_t)r);
    }
}

// After the counted phase: frames still arriving are counted (as dups or
// late arrivals) for a short while, so a duplicating peer is noticed.
static void drain(struct test *t, double for_s)
{
    uint8_t f[MAX_FRAME];
    double deadline = now_s() + for_s;
    ssize_t r;
    while ((r = recv_frame(t->fd, f, sizeof f, deadline - now_s())) > 0)
        account(t, f, (size_t)r);
}

static int parse_sizes(char **argv, int argc, uint32_t *sizes, size_t *n)
{
    static const uint32_t spread[] = { 60, 64, 128, 256, 512, 1000, 1024, 1500, 1514 };
    if (argc == 0) {
        memcpy(sizes, spread, sizeof spread);
        *n = sizeof spread / sizeof spread[0];
        return 0;
    }
    for (int i = 0; i < argc; i++) {
        char *end;
        unsigned long v = strtoul(argv[i], &end, 0);
        if (*end || v < MIN_FRAME || v > MAX_FRAME) {
            fprintf(stderr, "xenlet-frames: size %s not in %d..%d\n", argv[i],
                    MIN_FRAME, MAX_FRAME);
            return -1;
        }
        sizes[i] = (uint32_t)v;
    }
    *n = (size_t)argc;
    return 0;
}

static int echo_test(const struct opts *o, int argc, char **argv)
{
    static uint32_t sizes[256];
    struct test t = { .fd = -1 };
    int rc = 2;
    if (argc < 3 || argc - 3 > 256 || parse_mac(argv[1], t.peer) != 0 ||
        parse_sizes(argv + 3, argc - 3, sizes, &t.nsizes) != 0) {
        fprintf(stderr, "usage: xenlet-frames echo-test [opts] IFACE DSTMAC COUNT [SIZES...]\n");
        return 2;
    }
    long count = strtol(argv[2], NULL, 10);
    if (count <= 0 || count > 10000000) {
        fprintf(stderr, "xenlet-frames: COUNT must be 1..10000000\n");
        return 2;
    }
    t.count = (uint32_t)count;
    t.sizes = sizes;
    t.seen = calloc(t.count, 1);
    t.sent_at = calloc(t.count, sizeof(double));
    if (!t.seen || !t.sent_at)
        goto out;
    if (wait_iface(argv[0], o->wait_s, &t.ifindex, t.me) != 0)
        goto out;
    if ((t.fd = open_raw(t.ifindex)) < 0) {
        perror("xenlet-frames: packet socket");
        goto out;
    }
    t.run = (uint32_t)getpid() * 2654435761u ^ (uint32_t)(now_s() * 1000);
    int w = wait_for_peer(&t, o->start_s);
    if (w != 0) {
        if (w > 0)
            fprintf(stderr, "xenlet-frames: no echo from %s within %.0f s\n",
                    argv[1], o->start_s);
        else
            perror("xenlet-frames: receive");
        printf("FRAMES sent=0 received=0 intact=0 lost=%u dup=0 bad=0 "
               "rtt_per_s=0 elapsed_s=0\n",
               t.count);
        rc = 1;
        goto out;
    }
    drain(&t, 0.3); // probes still in flight
    double t0 = now_s();
    if (counted(&t, o) != 0)
        goto out;
    double elapsed = now_s() - t0;
    drain(&t, 0.5);
    t.lost = t.sent - t.received;
    printf("FRAMES sent=%u received=%u intact=%u lost=%u dup=%u bad=%u "
           "rtt_per_s=%.1f elapsed_s=%.3f\n",
           t.sent, t.received, t.intact, t.lost, t.dup, t.bad,
           elapsed > 0 ? t.received / elapsed : 0.0, elapsed);
    rc = t.intact == t.count && t.dup == 0 && t.bad == 0 ? 0 : 1;
out:
    fflush(stdout);
    if (t.fd >= 0)
        close(t.fd);
    free(t.seen);
    free(t.sent_at);
    return rc;
}

// Sends every incoming frame of our ethertype addressed to IFACE's MAC back
// with the addresses swapped, until COUNT were sent back (0: forever) or nothing came for idle_s.
static int reflect(const struct opts *o, int argc, char **argv)
{
    uint8_t f[MAX_FRAME], mac[6], tmp[6];
    int ifindex, fd;
    if (argc < 1 || argc > 2) {
        fprintf(stderr, "usage: xenlet-frames reflect [opts] IFACE [COUNT]\n");
        return 2;
    }
    long count = argc == 2 ? strtol(argv[1], NULL, 10) : 0;
    if (wait_iface(argv[0], o->wait_s, &ifindex, mac) != 0)
        return 2;
    if ((fd = open_raw(ifindex)) < 0) {
        perror("xenlet-frames: packet socket");
        return 2;
    }
    long done = 0;
    double idle = o->idle_s > 0 ? o->idle_s : 1e9;
    while (count == 0 || done < count) {
        ssize_t n = recv_frame(fd, f, sizeof f, idle);
        if (n <= 0)
            break;
        if (memcmp(f, mac, 6) != 0)
            continue; // like a guest, answer only frames sent to us
        memcpy(tmp, f, 6);
        memcpy(f, f + 6, 6);
        memcpy(f + 6, tmp, 6);
        if (send_frame(fd, ifindex, f, (size_t)n) == 0)
            done++;
    }
    close(fd);
    printf("REFLECTED %ld\n", done);
    return count == 0 || done == count ? 0 : 1;
}

static double seconds(const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (*end || v < 0) {
        fprintf(stderr, "xenlet-frames: bad seconds %s\n", s);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    struct opts o = { .wait_s = 60, .start_s = 60, .idle_s = -1, .window = 8 };
    if (argc < 2) {
        fprintf(stderr, "usage: xenlet-frames echo-test|reflect [-w wait_s] [-s start_s] "
                "[-t idle_s] [-n window] IFACE ...\n");
        return 2;
    }
    const char *mode = argv[1];
    int c;
    optind = 2;
    while ((c = getopt(argc, argv, "+w:s:t:n:")) != -1) {
        switch (c) {
        case 'w': o.wait_s = seconds(optarg); break;
        case 's': o.start_s = seconds(optarg); break;
        case 't': o.idle_s = seconds(optarg); break;
        case 'n':
            o.window = atoi(optarg);
            if (o.window < 1 || o.window > MAX_WINDOW) {
                fprintf(stderr, "xenlet-frames: window must be 1..%d\n", MAX_WINDOW);
                return 2;
            }
            break;
        default: return 2;
        }
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (strcmp(mode, "echo-test") == 0) {
        if (o.idle_s <= 0)
            o.idle_s = 5;
        return echo_test(&o, argc - optind, argv + optind);
    }
    if (strcmp(mode, "reflect") == 0)
        return reflect(&o, argc - optind, argv + optind);
    fprintf(stderr, "xenlet-frames: unknown mode %s\n", mode);
    return 2;
}
