/* SPDX-License-Identifier: MIT */
/* The interpreter loop: runs frames of bytecode (vm/opcodes.def).
 *
 * Python-to-Python calls do not recurse in C: CALL pushes a new frame on
 * the frame stack and the loop continues in it; RETURN_VALUE pops back.
 * eval_frame returns only when its entry frame returns (or yields).
 *
 * Exceptions arrive by longjmp (vm_raise) at the setjmp in eval_frame.  The
 * handler search walks the exception table of the frame that was running,
 * adding a traceback entry per frame, and pops frames until a handler is
 * found or the entry frame is left (then the exception is re-raised to the
 * enclosing eval_frame or VM_TRY).  Every instruction saves its ip in the
 * frame before it runs, so the faulting instruction is always known.
 *
 * Dispatch is computed goto when available (GCC), else a switch. */
#include "vm.h"
#include "port.h"

VmState vm;

enum {
#define OP(name, fmt, eff, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
};

/* ---- frames --------------------------------------------------------------- */

size_t frame_size(Code *c) {
    return sizeof(Frame) + (size_t)(c->nlocals + c->ncells + c->nfrees + c->stacksize) * sizeof(Value);
}

void frame_init(Frame *f, Code *code, Func *func, Dict *globals, Dict *locals) {
    size_t n = code->nlocals + code->ncells + code->nfrees + code->stacksize;
    memset(f->slots, 0, n * sizeof(Value));
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->locals = locals;
    f->ip = code->code;
    f->stack = f->slots + code->nlocals + code->ncells + code->nfrees;
    f->sp = f->stack;
    f->gen = NULL;
    f->entry = 0;
    f->init_call = 0;
    f->back = NULL;
}

_Noreturn static void recursion_error(void) {
    vm_raisef(RecursionError_type, "maximum recursion depth exceeded");
}

Frame *frame_push(Code *code, Func *func, Dict *globals, Dict *locals) {
    size_t sz = (frame_size(code) + 15) & ~(size_t)15;
    if (vm.fs_top + sz > vm.fs_end || vm.depth >= vm.recursion_limit) recursion_error();
    Frame *f = (Frame *)vm.fs_top;
    vm.fs_top += sz;
    frame_init(f, code, func, globals, locals);
    return f;
}

void frame_pop(Frame *f) {
    if ((uint8_t *)f >= vm.fs_base && (uint8_t *)f < vm.fs_end) vm.fs_top = (uint8_t *)f;
}

/* Locals, cells, and the value stack up to the saved sp: slots above it
 * are dead (and would otherwise keep garbage alive).  The loop saves sp at
 * every dispatch, so an instruction's own operands are always below it. */
static void frame_trace(Frame *f) {
    gc_mark((Value)f->code);
    gc_mark((Value)f->func);
    gc_mark((Value)f->globals);
    gc_mark((Value)f->locals);
    gc_mark((Value)f->gen);
    Code *c = f->code;
    size_t n = c->nlocals + c->ncells + c->nfrees;
    for (size_t i = 0; i < n; i++) gc_mark(f->slots[i]);
    for (Value *p = f->stack; p < f->sp; p++) gc_mark(*p);
}

void gen_trace_frame(Frame *f) { frame_trace(f); }

extern Value vm_handled_exc;
/* Every frame on the frame stack is traced, linked into the chain or not
 * (a frame being set up by a call is not linked until its arguments are
 * bound, and binding allocates); generator frames live in their generator
 * objects but are also reached through the chain while they run. */
void vm_trace_roots(void) {
    for (uint8_t *p = vm.fs_base; p < vm.fs_top;) {
        Frame *f = (Frame *)p;
        frame_trace(f);
        p += (frame_size(f->code) + 15) & ~(size_t)15;
    }
    for (Frame *f = vm.frame; f; f = f->back)
        if ((uint8_t *)f < vm.fs_base || (uint8_t *)f >= vm.fs_end) frame_trace(f);
    gc_mark(vm_handled_exc);
    gc_mark(vm.stop_value);
    gc_mark((Value)vm.main_module);
}

int code_line(Code *c, const uint32_t *ip) {
    uint32_t pc = (uint32_t)(ip - c->code);
    if (pc) pc--; /* ip points past the instruction word */
    int line = c->firstlineno;
    for (uint32_t i = 0; i < c->nlines; i++) {
        if (c->lines[2 * i] > pc) break;
        line = (int)c->lines[2 * i + 1];
    }
    return line;
}

/* ---- argument binding ------------------------------------------------------- */

_Noreturn static void missing_args(Func *fn, Frame *f, int from, int to, const char *kind) {
    Code *c = fn->code;
    StrBuf b;
    sb_init(&b, 64);
    int n = 0;
    for (int i = from; i < to; i++)
        if (!f->slots[i]) n++;
    int k = 0;
    for (int i = from; i < to; i++) {
        if (f->slots[i]) continue;
        if (k) sb_adds(&b, k == n - 1 ? (n > 2 ? ", and " : " and ") : ", ");
        sb_printf(&b, "'%N'", c->varnames[i]);
        k++;
    }
    vm_raisef(TypeError_type, "%N() missing %d required %s argument%s: %N", fn->qualname, n, kind,
              n == 1 ? "" : "s", sb_finish(&b));
}

void bind_args(Frame *f, Func *fn, Value *args, int nargs, Tuple *kwnames) {
    Code *c = fn->code;
    int argc = c->argcount, kwonly = c->kwonlyargcount;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int npos = nargs - nkw;
    Value *L = f->slots;
    int total = argc + kwonly;
    int varargs_slot = (c->flags & CO_VARARGS) ? total : -1;
    int varkw_slot = (c->flags & CO_VARKEYWORDS) ? total + (varargs_slot >= 0) : -1;

    if (npos > argc) {
        if (varargs_slot < 0) {
            int ndef = fn->defaults ? (int)fn->defaults->len : 0;
            if (ndef)
                vm_raisef(TypeError_type, "%N() takes from %d to %d positional arguments but %d %s given",
                          fn->qualname, argc - ndef, argc, npos, npos == 1 ? "was" : "were");
            vm_raisef(TypeError_type, "%N() takes %d positional argument%s but %d %s given", fn->qualname,
                      argc, argc == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
        }
        for (int i = 0; i < argc; i++) L[i] = args[i];
        L[varargs_slot] = (Value)tuple_from(args + argc, (size_t)(npos - argc));
    } else {
        for (int i = 0; i < npos; i++) L[i] = args[i];
        if (varargs_slot >= 0) L[varargs_slot] = (Value)tuple_empty;
    }
    Dict *extra = NULL;
    if (varkw_slot >= 0) L[varkw_slot] = (Value)(extra = dict_new());
    for (int k = 0; k < nkw; k++) {
        Str *name = (Str *)kwnames->items[k];
        Value v = args[npos + k];
        int j;
        for (j = c->posonlyargcount; j < total; j++)
            if (c->varnames[j] == name || str_eq(c->varnames[j], name)) break;
        if (j < total) {
            if (L[j]) vm_raisef(TypeError_type, "%N() got multiple values for argument '%N'", fn->qualname, name);
            L[j] = v;
        } else if (extra) {
            dict_set(extra, (Value)name, v);
        } else {
            for (j = 0; j < c->posonlyargcount; j++)
                if (str_eq(c->varnames[j], name))
                    vm_raisef(TypeError_type,
                              "%N() got some positional-only arguments passed as keyword arguments: '%N'",
                              fn->qualname, name);
            vm_raisef(TypeError_type, "%N() got an unexpected keyword argument '%N'", fn->qualname, name);
        }
    }
    if (npos < argc) {
        int ndef = fn->defaults ? (int)fn->defaults->len : 0;
        for (int i = npos; i < argc; i++)
            if (!L[i] && i >= argc - ndef) L[i] = fn->defaults->items[i - (argc - ndef)];
        for (int i = npos; i < argc; i++)
            if (!L[i]) missing_args(fn, f, npos, argc, "positional");
    }
    for (int i = argc; i < total; i++) {
        if (L[i]) continue;
        Value d = fn->kwdefaults ? dict_get(fn->kwdefaults, (Value)c->varnames[i]) : NULL;
        if (d) L[i] = d;
    }
    for (int i = argc; i < total; i++)
        if (!L[i]) missing_args(fn, f, argc, total, "keyword-only");
    /* cells */
    Value *cells = L + c->nlocals;
    for (uint32_t i = 0; i < c->ncells; i++) {
        Cell *cell = gc_alloc(&cell_type, sizeof(Cell));
        if (c->cell2arg && c->cell2arg[i] >= 0) cell->ref = L[c->cell2arg[i]];
        cells[i] = (Value)cell;
    }
    if (c->nfrees) memcpy(cells + c->ncells, fn->closure->items, c->nfrees * sizeof(Value));
}

/* ---- calls ---------------------------------------------------------------- */

static Value call_func(Func *fn, Value *args, int nargs, Tuple *kwnames) {
    Code *c = fn->code;
    if (c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return gen_new(fn, args, nargs, kwnames);
    Frame *f = frame_push(c, fn, fn->globals, NULL);
    bind_args(f, fn, args, nargs, kwnames);
    f->entry = 1;
    return eval_frame(f);
}

/* Call with self prepended (bound methods). */
static Value call_prepend(Value func, Value self, Value *args, int nargs, Tuple *kwnames) {
    Value buf[16];
    Value *a = nargs < 15 ? buf : gc_alloc_raw((size_t)(nargs + 1) * sizeof(Value));
    a[0] = self;
    if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
    return vm_call(func, a, nargs + 1, kwnames);
}

void vm_check_c_stack(void) {
    if ((uintptr_t)__builtin_frame_address(0) < vm.c_stack_floor) recursion_error();
}

Value vm_call(Value f, Value *args, int nargs, Tuple *kwnames) {
    if ((uintptr_t)__builtin_frame_address(0) < vm.c_stack_floor) recursion_error();
    if (IS_SMALL(f)) vm_raisef(TypeError_type, "'int' object is not callable");
    Type *t = f->type;
    if (t == &func_type) return call_func((Func *)f, args, nargs, kwnames);
    if (t == &native_type) {
        Native *n = (Native *)f;
        if (n->self) {
            Value buf[16];
            Value *a = nargs < 15 ? buf : gc_alloc_raw((size_t)(nargs + 1) * sizeof(Value));
            a[0] = n->self;
            if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
            return n->fn(a, nargs + 1, kwnames);
        }
        return n->fn(args, nargs, kwnames);
    }
    if (t == &method_type) {
        Method *m = (Method *)f;
        return call_prepend(m->func, m->self, args, nargs, kwnames);
    }
    if (t->call) return t->call(f, args, nargs, kwnames);
    vm_raisef(TypeError_type, "'%s' object is not callable", type_name(t));
}


Value vm_call0(Value f) { return vm_call(f, NULL, 0, NULL); }
Value vm_call1(Value f, Value a) { return vm_call(f, &a, 1, NULL); }
Value vm_call2(Value f, Value a, Value b) {
    Value v[2] = {a, b};
    return vm_call(f, v, 2, NULL);
}
Value vm_call3(Value f, Value a, Value b, Value c) {
    Value v[3] = {a, b, c};
    return vm_call(f, v, 3, NULL);
}

Value vm_call_method_opt(Value o, Str *name, Value *args, int nargs, bool *found) {
    Value self = NULL;
    Value m = vm_load_method(o, name, &self);
    if (!m) {
        *found = false;
        return NULL;
    }
    *found = true;
    if (self) return call_prepend(m, self, args, nargs, NULL);
    return vm_call(m, args, nargs, NULL);
}

Value vm_call_method(Value o, Str *name, Value *args, int nargs) {
    bool found;
    Value r = vm_call_method_opt(o, name, args, nargs, &found);
    if (!found)
        vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", vm_type_name(o), name);
    return r;
}

Value vm_run_code(Code *c, Dict *globals, Dict *locals) {
    Frame *f = frame_push(c, NULL, globals, locals);
    f->entry = 1;
    return eval_frame(f);
}

/* Class bodies are functions with closures; __build_class__ runs them with
 * a namespace dict as locals. */
Value vm_run_class_body(Func *fn, Dict *ns) {
    Code *c = fn->code;
    Frame *f = frame_push(c, fn, fn->globals, ns);
    bind_args(f, fn, NULL, 0, NULL);
    f->entry = 1;
    return eval_frame(f);
}

/* ---- helpers for opcodes ------------------------------------------------------- */

_Noreturn static void unbound_local(Code *c, uint32_t i) {
    vm_raisef(UnboundLocalError_type, "cannot access local variable '%N' where it is not associated with a value",
              c->varnames[i]);
}

_Noreturn static void name_error(Str *name) {
    vm_raisef(NameError_type, "name '%N' is not defined", name);
}

static Value load_global(Frame *f, Str *name, InlineCache *ic) {
    Dict *g = f->globals;
    Dict *b = vm_builtins;
    if (ic->kind == 1 && ic->v1 == g->version) return g->entries[ic->idx].value;
    if (ic->kind == 2 && ic->v1 == g->version && ic->v2 == b->version) return b->entries[ic->idx].value;
    DictEntry *e = dict_lookup_entry(g, (Value)name, str_hash(name));
    if (e) {
        ic->kind = 1;
        ic->v1 = g->version;
        ic->idx = (int32_t)(e - g->entries);
        return e->value;
    }
    e = dict_lookup_entry(b, (Value)name, str_hash(name));
    if (e) {
        ic->kind = 2;
        ic->v1 = g->version;
        ic->v2 = b->version;
        ic->idx = (int32_t)(e - b->entries);
        return e->value;
    }
    name_error(name);
}

static void unpack(Value seq, Value **spp, int n) {
    Value *sp = *spp;
    if (is_type(seq, &tuple_type) || is_type(seq, &list_type)) {
        size_t len;
        Value *items;
        if (seq->type == &tuple_type) {
            len = ((Tuple *)seq)->len;
            items = ((Tuple *)seq)->items;
        } else {
            len = ((List *)seq)->len;
            items = ((List *)seq)->items;
        }
        if (len != (size_t)n) {
            if (len < (size_t)n)
                vm_raisef(ValueError_type, "not enough values to unpack (expected %d, got %zu)", n, len);
            vm_raisef(ValueError_type, "too many values to unpack (expected %d)", n);
        }
        for (int i = n; i-- > 0;) *sp++ = items[i];
        *spp = sp;
        return;
    }
    Type *st = type_of(seq);
    if (!st->iter && !st->getitem) vm_raisef(TypeError_type, "cannot unpack non-iterable %s object", type_name(st));
    Value it = vm_iter(seq);
    Value tmp[n > 0 ? n : 1];
    for (int i = 0; i < n; i++) {
        tmp[i] = vm_next(it);
        if (!tmp[i]) vm_raisef(ValueError_type, "not enough values to unpack (expected %d, got %d)", n, i);
    }
    if (vm_next(it)) vm_raisef(ValueError_type, "too many values to unpack (expected %d)", n);
    for (int i = n; i-- > 0;) *sp++ = tmp[i];
    *spp = sp;
}

static void unpack_ex(Value seq, Value **spp, int before, int after) {
    Type *st = type_of(seq);
    if (!st->iter && !st->getitem) vm_raisef(TypeError_type, "cannot unpack non-iterable %s object", type_name(st));
    List *l = list_from_iter(seq);
    size_t len = l->len;
    if (len < (size_t)(before + after))
        vm_raisef(ValueError_type, "not enough values to unpack (expected at least %d, got %zu)", before + after,
                  len);
    Value *sp = *spp;
    for (int i = after; i-- > 0;) *sp++ = l->items[len - after + i];
    *sp++ = (Value)list_from(l->items + before, len - before - after);
    for (int i = before; i-- > 0;) *sp++ = l->items[i];
    *spp = sp;
}

static Value make_function(Code *code, Frame *f, Value *sp, uint32_t flags, Value **spp) {
    Func *fn = func_new(code, f->globals);
    if (flags & 4) fn->closure = (Tuple *)*--sp;
    if (flags & 8) {
        fn->hdr.dict = dict_new();
        dict_set_str(fn->hdr.dict, names.__annotations__, *--sp);
    }
    if (flags & 2) fn->kwdefaults = (Dict *)*--sp;
    if (flags & 1) fn->defaults = (Tuple *)*--sp;
    *spp = sp;
    return (Value)fn;
}

Value exc_instance(Value v); /* exc.c: instantiate an exception class */
void exc_set_cause(Value exc, Value cause);

static Value format_value(Value v, int conv, Value spec) {
    if (conv == 1) v = (Value)vm_str(v);
    else if (conv == 2) v = (Value)vm_repr(v);
    else if (conv == 3) v = (Value)vm_ascii(v);
    if (!spec && IS_EXACT_STR(v)) return v;
    return vm_format(v, spec ? (Str *)spec : str_empty);
}

Value vm_yield_from_iter(Value o);
Value vm_get_awaitable(Value o);
Value dict_merge_kwargs(Value d, Value m, Value func);
Value vm_build_class_builtin(void);
Value vm_import_from(Value m, Str *name);
void vm_import_star(Value m, Frame *f);

/* Send v into a sub-iterator for yield from / await.  Returns the yielded
 * value, or NULL when it finished (*result holds its return value). */
static Value yf_send(Value it, Value v, Value *result) {
    if (is_type(it, &gen_type) || is_type(it, &coro_type)) {
        Value r = gen_resume((Gen *)it, v, NULL);
        if (!r) *result = vm.stop_value;
        return r;
    }
    Value r;
    if (v == None && type_of(it)->next) {
        VM_TRY(t) {
            r = type_of(it)->next(it);
        }
        VM_CATCH(t, e) {
            if (vm_exc_matches(e, StopIteration_type)) {
                *result = exc_stop_iteration_value(e);
                return NULL;
            }
            vm_raise(e);
        }
        VM_END
        if (!r) *result = None;
        return r;
    }
    VM_TRY(t2) {
        r = vm_call_method(it, names.send, &v, 1);
    }
    VM_CATCH(t2, e) {
        if (vm_exc_matches(e, StopIteration_type)) {
            *result = exc_stop_iteration_value(e);
            return NULL;
        }
        vm_raise(e);
    }
    VM_END
    return r;
}

const uint8_t op_yield_from = OP_YIELD_FROM;

/* ---- the loop -------------------------------------------------------------------- */


#if defined(__GNUC__) && !defined(XENLET_SWITCH_DISPATCH)
#define USE_GOTO 1
#endif

/* Find a handler for exc, starting in the running frame and popping frames
 * up to the entry frame.  Returns the frame to resume (its ip and sp set to
 * the handler), or NULL when exc leaves the entry frame. */
static Frame *find_handler(Value exc, VmTry *t) {
    Frame *f = vm.frame;
    for (;;) {
        if (vm.skip_tb != f) tb_add(exc, f);
        vm.skip_tb = NULL;
        Code *c = f->code;
        uint32_t pc = (uint32_t)(f->ip - c->code) - 1;
        const uint32_t *e = c->exc;
        for (uint32_t k = 0; k < c->nexc; k++, e += 4) {
            if (pc >= e[0] && pc < e[1]) {
                f->sp = f->stack + e[3];
                *f->sp++ = exc;
                f->ip = c->code + e[2];
                /* drop frames a failed call may have left above f */
                if ((uint8_t *)f >= vm.fs_base && (uint8_t *)f < vm.fs_end)
                    vm.fs_top = (uint8_t *)f + ((frame_size(c) + 15) & ~(size_t)15);
                else
                    vm.fs_top = t->fstack_top;
                return f;
            }
        }
        Frame *back = f->back;
        bool was_entry = f->entry;
        if (f->gen) f->gen->state = GEN_DONE;
        vm.depth--;
        frame_pop(f);
        vm.frame = back;
        if (was_entry) return NULL;
        f = back;
    }
}

static Value run(Frame *f, VmTry *t);

static Value eval_frame_ex(Frame *entry, Value throw_exc);
Value eval_frame(Frame *entry) { return eval_frame_ex(entry, NULL); }
Value eval_frame_throw(Frame *entry, Value exc) { return eval_frame_ex(entry, exc); }

static Value eval_frame_ex(Frame *entry, Value throw_exc) {
    VmTry t;
    entry->back = vm.frame;
    entry->entry = 1;
    vm.frame = entry;
    vm.depth++;
    if (++vm.cdepth > 100000 || (uintptr_t)__builtin_frame_address(0) < vm.c_stack_floor) {
        vm.cdepth--;
        vm.depth--;
        vm.frame = entry->back;
        frame_pop(entry);
        recursion_error();
    }
    vm_try_enter(&t);
    t.is_eval = true;
    Frame *volatile f = entry;
    Value volatile pending = throw_exc;
    while (pending || setjmp(t.jb)) {
        Value exc = pending ? pending : vm_try_caught(&t);
        if (pending) vm_try_leave(&t);
        pending = NULL;
        f = find_handler(exc, &t);
        if (!f) {
            vm.cdepth--;
            vm_raise(exc);
        }
        vm_try_enter(&t);
        t.is_eval = true;
    }
    Value r = run(f, &t);
    vm.cdepth--;
    vm_try_leave(&t);
    return r;
}

static Value run(Frame *f, VmTry *t) {
    const uint32_t *ip = f->ip;
    Value *sp = f->sp;
    uint32_t w, arg;
    Code *code;
    Value *consts, *L;
    (void)t;
    code = f->code;
    consts = code->consts;
    L = f->slots;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define JUMPTO(a) (ip = code->code + (a))
#define CACHE() (&code->cache[*ip++])
#define NAME(i) (code->names[i])
#define DEREF(i) ((Cell *)L[code->nlocals + (i)])

#ifdef USE_GOTO
    static const void *const dispatch[256] = {
#define OP(name, fmt, eff, doc) [OP_##name] = &&L_##name,
#include "opcodes.def"
#undef OP
    };
/* A Xen image links vm/match.c only if its code has match opcodes
 * (vm/vm.h MATCH_LINK), so fn is never NULL here; if a mislinked image
 * ever got here, a Python exception beats a jump to address 0. */
#ifdef XENLET_METHOD_SECTIONS
#define MATCH_LINKED(fn) \
    if (!(fn)) vm_raisef(SystemError_type, "match statements are not linked into this image")
#else
#define MATCH_LINKED(fn) /* linked directly: never NULL */
#endif
#define TARGET(name) L_##name:
#define NEXT()                                                                                                         \
    do {                                                                                                               \
        w = *ip++;                                                                                                     \
        f->ip = ip;                                                                                                    \
        f->sp = sp;                                                                                                    \
        arg = w >> 8;                                                                                                  \
        goto *dispatch[w & 0xff];                                                                                      \
    } while (0)
    NEXT();
#else
#define TARGET(name) case OP_##name:
#define NEXT() goto next
next:
    w = *ip++;
    f->ip = ip;
    f->sp = sp;
    arg = w >> 8;
    switch (w & 0xff) {
#endif
    (void)arg;

    TARGET(NOP) { NEXT(); }
    TARGET(POP_TOP) {
        sp--;
        NEXT();
    }
    TARGET(PUSH_NULL) {
        PUSH(NULL);
        NEXT();
    }
    TARGET(COPY) {
        Value v = sp[-(int)arg];
        PUSH(v);
        NEXT();
    }
    TARGET(SWAP) {
        Value v = sp[-1];
        sp[-1] = sp[-(int)arg];
        sp[-(int)arg] = v;
        NEXT();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[arg]);
        NEXT();
    }
    TARGET(LOAD_FAST) {
        Value v = L[arg];
        if (__builtin_expect(!v, 0)) unbound_local(code, arg);
        PUSH(v);
        NEXT();
    }
    TARGET(STORE_FAST) {
        L[arg] = POP();
        NEXT();
    }
    TARGET(DELETE_FAST) {
        if (!L[arg]) unbound_local(code, arg);
        L[arg] = NULL;
        NEXT();
    }
    TARGET(LOAD_DEREF) {
        Value v = DEREF(arg)->ref;
        if (!v) {
            Str *n = code->varnames[code->nlocals + arg];
            if (arg < code->ncells) unbound_local(code, code->nlocals + arg);
            vm_raisef(NameError_type, "cannot access free variable '%N' where it is not associated with a value in enclosing scope", n);
        }
        PUSH(v);
        NEXT();
    }
    TARGET(STORE_DEREF) {
        DEREF(arg)->ref = POP();
        NEXT();
    }
    TARGET(DELETE_DEREF) {
        if (!DEREF(arg)->ref) unbound_local(code, code->nlocals + arg);
        DEREF(arg)->ref = NULL;
        NEXT();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(L[code->nlocals + arg]);
        NEXT();
    }
    TARGET(LOAD_CLASSDEREF) {
        Str *n = code->varnames[code->nlocals + arg];
        Value v = f->locals ? dict_get(f->locals, (Value)n) : NULL;
        if (!v) v = DEREF(arg)->ref;
        if (!v) name_error(n);
        PUSH(v);
        NEXT();
    }
    TARGET(LOAD_GLOBAL) {
        InlineCache *ic = CACHE();
        PUSH(load_global(f, NAME(arg), ic));
        NEXT();
    }
    TARGET(STORE_GLOBAL) {
        dict_set(f->globals, (Value)NAME(arg), POP());
        NEXT();
    }
    TARGET(DELETE_GLOBAL) {
        if (!dict_del(f->globals, (Value)NAME(arg))) name_error(NAME(arg));
        NEXT();
    }
    TARGET(LOAD_NAME) {
        Str *n = NAME(arg);
        Value v = f->locals ? dict_get(f->locals, (Value)n) : NULL;
        if (!v) v = dict_get(f->globals, (Value)n);
        if (!v) v = dict_get(vm_builtins, (Value)n);
        if (!v) name_error(n);
        PUSH(v);
        NEXT();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        if (f->locals && is_type((Value)f->locals, &dict_type)) dict_set(f->locals, (Value)NAME(arg), v);
        else if (f->locals) vm_setitem((Value)f->locals, (Value)NAME(arg), v);
        else dict_set(f->globals, (Value)NAME(arg), v);
        NEXT();
    }
    TARGET(DELETE_NAME) {
        Dict *d = f->locals ? f->locals : f->globals;
        if (!dict_del(d, (Value)NAME(arg))) name_error(NAME(arg));
        NEXT();
    }
    TARGET(LOAD_ATTR) {
        ip++; /* cache slot unused for now */
        TOP() = vm_getattr(TOP(), NAME(arg));
        NEXT();
    }
    TARGET(STORE_ATTR) {
        ip++;
        Value o = POP();
        Value v = POP();
        vm_setattr(o, NAME(arg), v);
        NEXT();
    }
    TARGET(DELETE_ATTR) {
        Value o = POP();
        vm_delattr(o, NAME(arg));
        NEXT();
    }
    TARGET(LOAD_METHOD) {
        ip++;
        Value self = NULL;
        Value o = TOP();
        Value m = vm_load_method(o, NAME(arg), &self);
        if (!m) {
            m = vm_getattr(o, NAME(arg)); /* raises the AttributeError */
            self = NULL;
        }
        sp[-1] = m;
        PUSH(self);
        NEXT();
    }
    TARGET(BINARY_SUBSCR) {
        Value k = POP();
        Value o = TOP();
        if (is_type(o, &list_type) && IS_SMALL(k)) {
            List *l = (List *)o;
            int64_t i = SMALL_VAL(k);
            if (i < 0) i += (int64_t)l->len;
            if ((uint64_t)i < l->len) {
                TOP() = l->items[i];
                NEXT();
            }
        }
        TOP() = vm_getitem(o, k);
        NEXT();
    }
    TARGET(STORE_SUBSCR) {
        Value k = POP();
        Value o = POP();
        Value v = POP();
        if (is_type(o, &list_type) && IS_SMALL(k)) {
            List *l = (List *)o;
            int64_t i = SMALL_VAL(k);
            if (i < 0) i += (int64_t)l->len;
            if ((uint64_t)i < l->len) {
                l->items[i] = v;
                NEXT();
            }
        }
        vm_setitem(o, k, v);
        NEXT();
    }
    TARGET(DELETE_SUBSCR) {
        Value k = POP();
        Value o = POP();
        vm_delitem(o, k);
        NEXT();
    }
    TARGET(UNARY_POSITIVE) { goto unary; }
    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (IS_SMALL(v) && SMALL_VAL(v) != SMALL_MIN) {
            TOP() = MK_SMALL(-SMALL_VAL(v));
            NEXT();
        }
        goto unary;
    }
    TARGET(UNARY_INVERT) { goto unary; }
    TARGET(UNARY_NOT) {
        TOP() = BOOL(!vm_truthy(TOP()));
        NEXT();
    }
unary:
    TOP() = vm_unary(TOP(), (int)(w & 0xff));
    NEXT();
    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        if (IS_SMALL(a) && IS_SMALL(b)) {
            int64_t x = SMALL_VAL(a), y = SMALL_VAL(b), r;
            switch (arg) {
            case BINOP_ADD:
            case BINOP_ADD + BINOP_INPLACE:
                r = x + y;
                if (SMALL_FITS(r)) {
                    TOP() = MK_SMALL(r);
                    NEXT();
                }
                break;
            case BINOP_SUB:
            case BINOP_SUB + BINOP_INPLACE:
                r = x - y;
                if (SMALL_FITS(r)) {
                    TOP() = MK_SMALL(r);
                    NEXT();
                }
                break;
            case BINOP_MUL:
            case BINOP_MUL + BINOP_INPLACE:
                if (!__builtin_mul_overflow(x, y, &r) && SMALL_FITS(r)) {
                    TOP() = MK_SMALL(r);
                    NEXT();
                }
                break;
            case BINOP_AND:
            case BINOP_AND + BINOP_INPLACE:
                TOP() = MK_SMALL(x & y);
                NEXT();
            case BINOP_OR:
            case BINOP_OR + BINOP_INPLACE:
                TOP() = MK_SMALL(x | y);
                NEXT();
            case BINOP_XOR:
            case BINOP_XOR + BINOP_INPLACE:
                TOP() = MK_SMALL(x ^ y);
                NEXT();
            case BINOP_MOD:
            case BINOP_MOD + BINOP_INPLACE:
                if (y > 0) {
                    r = x % y;
                    if (r < 0) r += y;
                    TOP() = MK_SMALL(r);
                    NEXT();
                }
                break;
            case BINOP_FLOORDIV:
            case BINOP_FLOORDIV + BINOP_INPLACE:
                if (y > 0) {
                    r = x / y;
                    if ((x % y) < 0) r--;
                    TOP() = MK_SMALL(r);
                    NEXT();
                }
                break;
            default:
                break;
            }
        }
        TOP() = vm_binop(a, b, (int)arg);
        NEXT();
    }
    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        if (IS_SMALL(a) && IS_SMALL(b)) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;
            bool r;
            switch (arg) {
            case CMP_LT: r = x < y; break;
            case CMP_LE: r = x <= y; break;
            case CMP_EQ: r = x == y; break;
            case CMP_NE: r = x != y; break;
            case CMP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = BOOL(r);
            NEXT();
        }
        TOP() = vm_richcmp(a, b, (int)arg);
        NEXT();
    }
    TARGET(IS_OP) {
        Value b = POP();
        bool r = TOP() == b;
        TOP() = BOOL(r != (arg != 0));
        NEXT();
    }
    TARGET(CONTAINS_OP) {
        Value b = POP();
        bool r = vm_contains(b, TOP());
        TOP() = BOOL(r != (arg != 0));
        NEXT();
    }
    TARGET(BUILD_TUPLE) {
        sp -= arg;
        Value t2 = (Value)tuple_from(sp, arg);
        PUSH(t2);
        NEXT();
    }
    TARGET(BUILD_LIST) {
        sp -= arg;
        Value l = (Value)list_from(sp, arg);
        PUSH(l);
        NEXT();
    }
    TARGET(BUILD_SET) {
        Set *s = set_new(&set_type);
        for (uint32_t i = 0; i < arg; i++) set_add(s, sp[-(int)arg + (int)i]);
        sp -= arg;
        PUSH((Value)s);
        NEXT();
    }
    TARGET(BUILD_MAP) {
        Dict *d = dict_new();
        for (uint32_t i = 0; i < arg; i++) dict_set(d, sp[-2 * (int)arg + 2 * (int)i], sp[-2 * (int)arg + 2 * (int)i + 1]);
        sp -= 2 * arg;
        PUSH((Value)d);
        NEXT();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Tuple *keys = (Tuple *)POP();
        Dict *d = dict_new();
        for (uint32_t i = 0; i < arg; i++) dict_set(d, keys->items[i], sp[-(int)arg + (int)i]);
        sp -= arg;
        PUSH((Value)d);
        NEXT();
    }
    TARGET(BUILD_STRING) {
        StrBuf b;
        sb_init(&b, 32);
        for (uint32_t i = 0; i < arg; i++) sb_addstr(&b, (Str *)sp[-(int)arg + (int)i]);
        sp -= arg;
        PUSH((Value)sb_finish(&b));
        NEXT();
    }
    TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : None;
        Value stop = POP();
        Value start = POP();
        PUSH(slice_new(start, stop, step));
        NEXT();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        list_append((List *)sp[-(int)arg], v);
        NEXT();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        set_add((Set *)sp[-(int)arg], v);
        NEXT();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        dict_set((Dict *)sp[-(int)arg], k, v);
        NEXT();
    }
    TARGET(LIST_EXTEND) {
        Value v = POP();
        int depth = (int)(arg & 0x7fffff);
        Type *vt = type_of(v);
        if (!vt->iter && !vt->getitem) {
            if (arg >> 23)
                vm_raisef(TypeError_type, "%N argument after * must be an iterable, not %s",
                          vm_function_str(sp[-depth - 2]), type_name(vt));
            vm_raisef(TypeError_type, "Value after * must be an iterable, not %s", type_name(vt));
        }
        list_extend((List *)sp[-depth], v);
        NEXT();
    }
    TARGET(SET_UPDATE) {
        Value v = POP();
        set_update((Set *)sp[-(int)arg], v);
        NEXT();
    }
    TARGET(DICT_UPDATE) {
        Value v = POP();
        if (!IS_DICT(v) && !vm_getattr_opt(v, names.keys))
            vm_raisef(TypeError_type, "'%s' object is not a mapping", vm_type_name(v));
        dict_update((Dict *)sp[-(int)arg], v);
        NEXT();
    }
    TARGET(DICT_MERGE) {
        Value v = POP();
        /* the callable sits below the dict being built: [f, NULL, args, dict] */
        dict_merge_kwargs(sp[-(int)arg], v, sp[-(int)arg - 3]);
        NEXT();
    }
    TARGET(LIST_TO_TUPLE) {
        List *l = (List *)TOP();
        TOP() = (Value)tuple_from(l->items, l->len);
        NEXT();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : NULL;
        TOP() = format_value(TOP(), (int)(arg & 3), spec);
        NEXT();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        unpack(seq, &sp, (int)arg);
        NEXT();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        unpack_ex(seq, &sp, (int)(arg & 0xff), (int)(arg >> 8));
        NEXT();
    }
    TARGET(JUMP) {
        JUMPTO(arg);
        NEXT();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == False_ || (v != True_ && !vm_truthy(v))) JUMPTO(arg);
        NEXT();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == True_ || (v != False_ && vm_truthy(v))) JUMPTO(arg);
        NEXT();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == None) JUMPTO(arg);
        NEXT();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != None) JUMPTO(arg);
        NEXT();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        if (!vm_truthy(TOP())) JUMPTO(arg);
        else sp--;
        NEXT();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        if (vm_truthy(TOP())) JUMPTO(arg);
        else sp--;
        NEXT();
    }
    TARGET(GET_ITER) {
        TOP() = vm_iter(TOP());
        NEXT();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        Value v;
        if (is_type(it, &range_iter_type)) {
            Range *r = (Range *)it; /* range iterators reuse the Range layout */
            if (r->len > 0) {
                v = MK_SMALL(r->start);
                r->start += r->step;
                r->len--;
                PUSH(v);
                NEXT();
            }
            sp--;
            JUMPTO(arg);
            NEXT();
        }
        v = vm_next(it);
        if (v) {
            PUSH(v);
        } else {
            sp--;
            JUMPTO(arg);
        }
        NEXT();
    }
    TARGET(RETURN_VALUE) {
        Value r = POP();
        goto do_return;
    do_return:
        if (f->init_call) {
            if (r != None)
                vm_raisef(TypeError_type, "__init__() should return None, not '%s'", vm_type_name(r));
            r = f->slots[0];
        }
        if (f->gen) {
            f->gen->state = GEN_DONE;
            f->ip = ip;
        }
        vm.depth--;
        if (f->entry) {
            vm.frame = f->back;
            frame_pop(f);
            vm.yielded = false;
            return r;
        }
        Frame *back = f->back;
        frame_pop(f);
        f = back;
        vm.frame = f;
        ip = f->ip;
        sp = f->sp;
        PUSH(r);
        code = f->code;
        consts = code->consts;
        L = f->slots;
        NEXT();
    }
    TARGET(CALL) {
        int n = (int)arg;
        Tuple *kw = NULL;
        goto do_call;
    TARGET(CALL_KW)
        kw = (Tuple *)POP();
        n = (int)arg;
    do_call: {
        Value *args = sp - n;
        Value fn = args[-2];
        Value self = args[-1];
        if (self) {
            args--;
            n++;
        }
        sp = args - (self ? 1 : 2); /* where the result goes */
        if (!IS_SMALL(fn) && fn->type == &func_type) {
            Func *fx = (Func *)fn;
            if (!(fx->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                /* f->sp still covers the arguments while they are bound */
                Frame *nf = frame_push(fx->code, fx, fx->globals, NULL);
                Code *c = fx->code;
                if (!kw && n == c->argcount && !(c->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
                    !c->kwonlyargcount && !c->ncells && !c->nfrees) {
                    if (n) memcpy(nf->slots, args, (size_t)n * sizeof(Value));
                } else {
                    /* bind_args may raise: make the new frame visible only after */
                    bind_args(nf, fx, args, n, kw);
                }
                f->sp = sp; /* where the result goes */
                nf->back = f;
                f = nf;
                vm.frame = f;
                vm.depth++;
                code = c;
                consts = code->consts;
                L = f->slots;
                ip = code->code;
                sp = f->stack;
                NEXT();
            }
        }
        Value r = vm_call(fn, args, n, kw);
        PUSH(r);
        NEXT();
    }
    }
    TARGET(CALL_EX) {
        Value kwargs = (arg & 1) ? POP() : NULL;
        Value targs = POP();
        Value self = POP();
        Value fn = POP();
        Tuple *pa = (Tuple *)targs;
        if (!kwargs || ((Dict *)kwargs)->used == 0) {
            Value r = self ? call_prepend(fn, self, pa->items, (int)pa->len, NULL) : vm_call(fn, pa->items, (int)pa->len, NULL);
            PUSH(r);
            NEXT();
        }
        Dict *kd = (Dict *)kwargs;
        size_t nk = kd->used, np = pa->len;
        Value *buf = gc_alloc_raw((np + nk + 1) * sizeof(Value));
        Tuple *kn = tuple_new(nk);
        size_t pos = 0, i = 0;
        Value k, v;
        buf[0] = self;
        Value *a = self ? buf + 1 : buf;
        if (np) memcpy(a, pa->items, np * sizeof(Value));
        while (dict_next(kd, &pos, &k, &v)) {
            kn->items[i] = k;
            a[np + i] = v;
            i++;
        }
        Value r = vm_call(fn, self ? buf : a, (int)(np + nk + (self ? 1 : 0)), kn);
        PUSH(r);
        NEXT();
    }
    TARGET(MAKE_FUNCTION) {
        Code *c = (Code *)POP();
        Value fn = make_function(c, f, sp, arg, &sp);
        PUSH(fn);
        NEXT();
    }
    TARGET(LOAD_BUILD_CLASS) {
        PUSH(vm_build_class_builtin());
        NEXT();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = TOP();
        TOP() = vm_import(NAME(arg), fromlist, (int)SMALL_VAL(level), f->globals);
        NEXT();
    }
    TARGET(IMPORT_FROM) {
        Value v = vm_import_from(TOP(), NAME(arg));
        PUSH(v);
        NEXT();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        vm_import_star(m, f);
        NEXT();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Dict *d = f->locals ? f->locals : f->globals;
        if (!dict_get(d, (Value)names.__annotations__)) dict_set(d, (Value)names.__annotations__, (Value)dict_new());
        NEXT();
    }
    TARGET(RAISE_VARARGS) {
        if (arg == 0) {
            if (!vm_handled_exc) vm_raisef(RuntimeError_type, "No active exception to reraise");
            vm.skip_tb = f;
            vm_raise(vm_handled_exc);
        }
        Value cause = arg == 2 ? POP() : NULL;
        Value exc = exc_instance(POP());
        if (arg == 2) exc_set_cause(exc, cause);
        vm_raise(exc);
    }
    TARGET(RERAISE) {
        Value exc = POP();
        vm.skip_tb = f;
        vm_raise(exc);
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        TOP() = vm_handled_exc ? vm_handled_exc : None;
        PUSH(exc);
        vm_handled_exc = exc;
        NEXT();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        vm_handled_exc = prev == None ? NULL : prev;
        NEXT();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value typ = TOP();
        Value exc = SECOND();
        bool ok;
        if (IS_TUPLE(typ)) {
            Tuple *tt = (Tuple *)typ;
            for (size_t i = 0; i < tt->len; i++)
                if (!IS_TYPE(tt->items[i]) || !vm_isinstance_type((Type *)tt->items[i], BaseException_type))
                    vm_raisef(TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
        } else if (!IS_TYPE(typ) || !vm_isinstance_type((Type *)typ, BaseException_type)) {
            vm_raisef(TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
        }
        ok = vm_isinstance(exc, typ);
        TOP() = BOOL(ok);
        NEXT();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH((Value)AssertionError_type);
        NEXT();
    }
    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        Value ex = vm_getattr_opt(mgr, names.__exit__);
        Value en = ex ? vm_getattr_opt(mgr, names.__enter__) : NULL;
        if (!ex || !en)
            vm_raisef(TypeError_type, "'%s' object does not support the context manager protocol", vm_type_name(mgr));
        TOP() = ex;
        Value r = vm_call0(en);
        PUSH(r);
        NEXT();
    }
    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP();
        Value ex = THIRD();
        Value tb = ((Exc *)exc)->traceback ? (Value)((Exc *)exc)->traceback : None;
        Value r = vm_call3(ex, (Value)type_of(exc), exc, tb);
        PUSH(r);
        NEXT();
    }
    TARGET(YIELD_VALUE) {
        Value v = POP();
        vm.yield_kind = (uint8_t)arg;
        f->sp = sp;
        f->ip = ip;
        vm.depth--;
        vm.frame = f->back;
        vm.yielded = true;
        return v;
    }
    TARGET(YIELD_FROM) {
        Value v = POP();
        Value it = TOP();
        Value result;
        Value y = yf_send(it, v, &result);
        if (y) {
            /* suspend; on resume re-run this instruction with the sent value */
            f->ip = ip - 1;
            f->sp = sp;
            vm.depth--;
            vm.frame = f->back;
            vm.yielded = true;
            vm.yield_kind = 0;
            return y;
        }
        TOP() = result;
        NEXT();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        TOP() = vm_yield_from_iter(TOP());
        NEXT();
    }
    TARGET(GET_AWAITABLE) {
        TOP() = vm_get_awaitable(TOP());
        NEXT();
    }
    TARGET(GET_AITER) {
        Value o = TOP();
        bool found;
        Value r = vm_call_method_opt(o, names.__aiter__, NULL, 0, &found);
        if (!found)
            vm_raisef(TypeError_type, "'async for' requires an object with __aiter__ method, got %s", vm_type_name(o));
        TOP() = r;
        NEXT();
    }
    TARGET(GET_ANEXT) {
        Value o = TOP();
        bool found;
        Value r = vm_call_method_opt(o, names.__anext__, NULL, 0, &found);
        if (!found)
            vm_raisef(TypeError_type, "'async for' requires an iterator with __anext__ method, got %s", vm_type_name(o));
        PUSH(vm_get_awaitable(r));
        NEXT();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        sp--;
        if (!vm_exc_matches(exc, StopAsyncIteration_type)) {
            vm.skip_tb = f;
            vm_raise(exc);
        }
        NEXT();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        Value ex = vm_getattr_opt(mgr, names.__aexit__);
        Value en = ex ? vm_getattr_opt(mgr, names.__aenter__) : NULL;
        if (!ex || !en)
            vm_raisef(TypeError_type, "'%s' object does not support the asynchronous context manager protocol",
                      vm_type_name(mgr));
        TOP() = ex;
        Value r = vm_call0(en);
        PUSH(vm_get_awaitable(r));
        NEXT();
    }
    TARGET(GET_LEN) {
        Value o = TOP();
        Value n;
        if (is_type(o, &list_type)) n = MK_SMALL((int64_t)((List *)o)->len);
        else if (is_type(o, &tuple_type)) n = MK_SMALL((int64_t)((Tuple *)o)->len);
        else n = int_from_i64(vm_len(o));
        PUSH(n);
        NEXT();
    }
    TARGET(MATCH_SEQUENCE) {
        MATCH_LINKED(match_sequence);
        bool r = match_sequence(TOP());
        PUSH(BOOL(r));
        NEXT();
    }
    TARGET(MATCH_MAPPING) {
        MATCH_LINKED(match_mapping);
        bool r = match_mapping(TOP());
        PUSH(BOOL(r));
        NEXT();
    }
    TARGET(MATCH_KEYS) {
        Value r = match_keys(SECOND(), TOP());
        PUSH(r);
        NEXT();
    }
    TARGET(MATCH_CLASS) {
        MATCH_LINKED(match_class);
        Value kw = POP();
        Value cls = POP();
        TOP() = match_class(TOP(), cls, kw, (int)arg);
        NEXT();
    }
#ifndef USE_GOTO
    default:
        port_panic("bad opcode");
    }
#endif
    port_panic("unreachable");
}
