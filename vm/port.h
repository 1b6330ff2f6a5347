/* SPDX-License-Identifier: MIT */
/* The one door between the portable VM core (vm/) and a platform
 * (vm/unix/, xen/).  The core calls only these functions; a platform
 * implements all of them and calls vm_main() once at start-up.
 *
 * Error policy: functions that cannot fail return void; those that can
 * return a port_status.  Misuse (bad arguments) is a platform panic, never
 * undefined behaviour.  Nothing here allocates from the VM heap. */
#ifndef XENLET_PORT_H
#define XENLET_PORT_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    PORT_OK = 0,
    PORT_EOF = 1,         /* read: no more input */
    PORT_ENOENT = 2,      /* no such file / device */
    PORT_EIO = 3,         /* any other failure */
    PORT_UNSUPPORTED = 4, /* the platform does not offer this */
} port_status;

/* The region the VM manages as its garbage-collected heap: handed over once,
 * before vm_main; 16-byte aligned; the platform never touches it again. */
typedef struct {
    void *base;
    size_t size;
} port_heap;

/* A native module a platform contributes (e.g. `_xen`).  `init` is called
 * the first time the module is imported and returns the module object
 * (an opaque VM value; see vm/native.h). */
typedef struct {
    const char *name;
    void *(*init)(void);
} port_module;

/* ---- console ---------------------------------------------------------- */

/* Write len bytes to stdout (fd 1) or stderr (fd 2).  May block until the
 * bytes are accepted by the device; never drops bytes. */
void port_write(int fd, const void *buf, size_t len);

/* Make sure everything written so far has left the guest / process.
 * Called before exit and before a blocking read. */
void port_flush(void);

/* Read up to cap bytes from stdin into buf; *got receives the count.
 * Blocks until at least one byte or end of input.  PORT_EOF at end. */
port_status port_read(void *buf, size_t cap, size_t *got);

/* ---- time ------------------------------------------------------------- */

/* Nanoseconds from an arbitrary fixed origin; never goes backwards. */
uint64_t port_monotonic_ns(void);

/* Nanoseconds since the Unix epoch (wall clock). */
uint64_t port_wall_ns(void);

/* Block until an event arrives or the monotonic clock reaches deadline_ns
 * (UINT64_MAX: no deadline).  The only way the VM sleeps; uses no CPU while
 * it waits.  Returns early on any event. */
void port_wait(uint64_t deadline_ns);

/* ---- process ---------------------------------------------------------- */

/* Flush the console and end the program with status (0 = success).
 * On Xen: 0 -> poweroff, anything else -> crash. */
_Noreturn void port_exit(int status);

/* Print msg to the console, flush, and stop with a failure status.
 * For faults the VM cannot turn into a Python exception. */
_Noreturn void port_panic(const char *msg);

/* ---- the program ------------------------------------------------------ */

/* The frozen image (read-only, executed in place; see docs/image-format.md). */
const uint8_t *port_image(size_t *len);

/* Program arguments: argv[0] is the program name. */
int port_argc(void);
const char *port_argv(int i);

/* ---- files (host platforms only) --------------------------------------- */

/* Open a file; mode is "r", "w", "a" (binary at this level).  A platform
 * without files returns PORT_UNSUPPORTED. */
port_status port_open(const char *path, const char *mode, int *fd);
port_status port_fread(int fd, void *buf, size_t cap, size_t *got);
port_status port_fwrite(int fd, const void *buf, size_t len);
void port_close(int fd);

/* ---- natives ---------------------------------------------------------- */

/* The platform's own native modules, ended by {NULL, NULL}. */
extern const port_module port_modules[];

/* ---- start-up --------------------------------------------------------- */

/* Bytes of C stack below the stack_top given to vm_main.  The VM raises
 * RecursionError before it would use more (minus a safety margin). */
size_t port_stack_size(void);

/* Provided by the core: print the Python traceback of the code running now
 * to stderr.  Safe to call from a fault handler (it does not allocate). */
void vm_fault_traceback(void);

/* The core's entry: run the image's main module; returns the exit status
 * (the platform then calls port_exit).  stack_top is the highest address of
 * the C stack the VM runs on (for the conservative stack scan). */
int vm_main(port_heap heap, void *stack_top);

#endif
