/* SPDX-License-Identifier: MIT */
/* Interpreter-internal state shared by eval.c, func.c, gen.c and exc.c:
 * frames, the frame stack, generators, inline caches.  Natives outside the
 * interpreter use obj.h only. */
#ifndef XENLET_VM_H
#define XENLET_VM_H

#include "obj.h"

/* An activation of a Code.  Frames of plain calls live on the frame stack
 * (a bump-allocated region: no heap allocation per call); generator frames
 * live inside their generator object.  slots[] holds the fast locals, then
 * the cells and free cells, then the value stack. */
struct Frame {
    Frame *back;
    Code *code;
    Func *func;        /* NULL for module bodies */
    Dict *globals;
    Dict *locals;      /* class/module body namespace, or NULL */
    const uint32_t *ip; /* next instruction word (saved at every dispatch) */
    Value *sp;         /* saved value-stack pointer (when suspended) */
    struct Gen *gen;   /* owning generator, or NULL */
    uint8_t entry;     /* returning from this frame leaves eval_frame */
    uint8_t init_call; /* __init__ run by an inlined class call: return self */
    Value *stack;      /* base of the value stack */
    Value slots[];
};

typedef struct Gen {
    Obj hdr;
    Str *name, *qualname;
    Value handled;     /* the exception being handled inside, while suspended */
    uint8_t state;     /* GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE */
    uint8_t is_coro;   /* 0 generator, 1 coroutine, 2 async generator */
    Frame *frame;      /* points at frame_mem */
    Value frame_mem[]; /* the Frame, inline */
} Gen;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

/* One inline-cache slot (Code.cache[i]) for an AC instruction. */
typedef struct InlineCache {
    uint32_t v1, v2; /* dict versions or type epoch */
    int32_t idx;     /* dict entry index */
    uint8_t kind;
    Type *type;
    Value value;
} InlineCache;

typedef struct {
    Frame *frame;           /* the running frame */
    uint8_t *fs_base, *fs_top, *fs_end; /* the frame stack */
    int depth;              /* Python frames in the chain */
    int recursion_limit;
    int cdepth;             /* nested eval_frame invocations */
    Frame *skip_tb;         /* re-raise: no traceback entry for this frame */
    bool yielded;           /* eval_frame returned by yielding */
    uint8_t yield_kind;     /* YIELD_VALUE's arg of that yield: 1 = an async generator's value */
    Value stop_value;       /* return value of a finished generator */
    Module *main_module;
    uintptr_t c_stack_floor; /* RecursionError below this C stack address */
} VmState;

/* Raise RecursionError when the C stack is nearly used up. */
void vm_check_c_stack(void);
extern VmState vm;

Value eval_frame(Frame *f);
/* Resume a suspended generator frame by raising exc at its suspension point. */
Value eval_frame_throw(Frame *f, Value exc);
extern const uint8_t op_yield_from;
Frame *frame_push(Code *code, Func *func, Dict *globals, Dict *locals);
/* Set up a frame in place (zeroed slots, ip at the start). */
void frame_init(Frame *f, Code *code, Func *func, Dict *globals, Dict *locals);
/* A frame object for Python (sys._getframe, tb_frame): a snapshot of f and
 * of the frames that called it, taken now (frames live on the VM's frame
 * stack and are reused once they return). */
Value frame_snapshot(Frame *f);
void frame_pop(Frame *f);
size_t frame_size(Code *code);
void bind_args(Frame *f, Func *fn, Value *args, int nargs, Tuple *kwnames);

/* The opcodes of `match` statements (vm/match.c).  In a Xen image
 * (XENLET_METHOD_SECTIONS) the interpreter refers to them weakly, so
 * vm/match.c comes out of the VM's archive only when the image's table of
 * natives refers to it, which freeze/boot.py writes for programs that have
 * match statements; otherwise they are NULL (and never reached). */
#ifdef XENLET_METHOD_SECTIONS
#define MATCH_LINK __attribute__((weak))
#else
#define MATCH_LINK
#endif
MATCH_LINK bool match_sequence(Value o);
MATCH_LINK bool match_mapping(Value o);
MATCH_LINK Value match_keys(Value subj, Value keys);
MATCH_LINK Value match_class(Value subj, Value cls, Value kwnames, int nargs);

Value gen_new(Func *fn, Value *args, int nargs, Tuple *kwnames);
/* Resume a generator: send v (or throw exc when exc != NULL).  Returns the
 * yielded value, or NULL when it finished (vm.stop_value holds the
 * return value). */
Value gen_resume(Gen *g, Value v, Value exc);
int code_line(Code *c, const uint32_t *ip);
void tb_add(Value exc, Frame *f);
Value exc_stop_iteration_value(Value exc);
Value vm_load_method(Value o, Str *name, Value *self_out);
extern Value memory_error_obj;

#endif
