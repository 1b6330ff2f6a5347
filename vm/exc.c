/* SPDX-License-Identifier: MIT */
/* Exceptions: raising and catching (longjmp to the innermost VmTry), the
 * built-in exception hierarchy, tracebacks and their printing.
 *
 * Every raise goes through vm_raise: it records the implicit context (the
 * exception being handled, as CPython's __context__) and jumps.  Tracebacks
 * are linked lists of (code, line) built while the exception unwinds frames
 * (vm/eval.c adds one entry per frame it passes). */
#include "vm.h"
#include "fmt.h"
#include "port.h"

VmTry *vm_try_top;
Value vm_handled_exc;
Value memory_error_obj;

void vm_try_enter(VmTry *t) {
    t->prev = vm_try_top;
    t->frame = vm.frame;
    t->fstack_top = vm.fs_top;
    t->cdepth = vm.cdepth;
    t->depth_saved = vm.depth;
    t->handled = vm_handled_exc;
    vm_try_top = t;
}

void vm_try_leave(VmTry *t) { vm_try_top = t->prev; }

static Value pending;

/* Called after setjmp returned non-zero: restore the VM state saved at
 * vm_try_enter and pop the try. */
Value vm_try_caught(VmTry *t) {
    Value e = pending;
    pending = NULL;
    vm_try_top = t->prev;
    /* Frames between the raise and the try are abandoned: for eval_frame's
     * own try, the handler search unwinds them itself (vm.frame is left as
     * it was at the raise). */
    if (!t->is_eval) {
        for (Frame *f = vm.frame; f && f != t->frame; f = f->back)
            if (f->gen) f->gen->state = GEN_DONE;
        vm.frame = t->frame;
        vm.fs_top = t->fstack_top;
        vm.cdepth = t->cdepth;
        vm.depth = t->depth_saved;
        vm_handled_exc = t->handled;
    }
    return e;
}

_Noreturn void vm_raise(Value exc) {
    if (!vm_try_top) {
        port_panic("uncaught exception outside the VM");
    }
    Exc *x = (Exc *)exc;
    if (vm_handled_exc && vm_handled_exc != exc && !x->context) {
        /* avoid cycles in the context chain, as CPython does */
        Value o = vm_handled_exc;
        while (o && o != None) {
            Exc *ox = (Exc *)o;
            if (ox->context == exc) {
                ox->context = NULL;
                break;
            }
            o = ox->context;
        }
        x->context = vm_handled_exc;
    }
    pending = exc;
    longjmp(vm_try_top->jb, 1);
}

Value vm_new_excv(Type *t, const char *fmt, va_list ap) {
    Str *msg = str_vprintf(fmt, ap);
    Value a = (Value)msg;
    return exc_new_args(t, &a, 1);
}

Value vm_new_exc(Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value e = vm_new_excv(t, fmt, ap);
    va_end(ap);
    return e;
}

_Noreturn void vm_raisef(Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value e = vm_new_excv(t, fmt, ap);
    va_end(ap);
    vm_raise(e);
}

_Noreturn void gc_out_of_memory(void) {
    Exc *e = (Exc *)memory_error_obj;
    e->traceback = NULL;
    e->context = NULL;
    vm_raise(memory_error_obj);
}

bool vm_exc_matches(Value exc, Type *t) { return vm_isinstance_type(type_of(exc), t); }

void tb_add(Value exc, Frame *f) {
    if (!IS_EXC(exc)) return;
    Exc *x = (Exc *)exc;
    Traceback *tb = gc_alloc(&traceback_type, sizeof(Traceback));
    tb->code = f->code;
    tb->globals = f->globals;
    tb->line = code_line(f->code, f->ip);
    tb->next = x->traceback;
    x->traceback = tb;
}

/* ---- the exception objects ------------------------------------------------------ */

Value exc_new_args(Type *t, Value *args, int nargs) {
    Exc *e = gc_alloc(t, t->basicsize > sizeof(Exc) ? t->basicsize : sizeof(Exc));
    e->args = tuple_from(args, (size_t)nargs);
    return (Value)e;
}

/* `raise X` with a class instantiates it; with an instance uses it. */
Value exc_instance(Value v) {
    if (IS_TYPE(v) && vm_isinstance_type((Type *)v, BaseException_type)) {
        Value e = vm_call0(v);
        if (!IS_EXC(e))
            vm_raisef(TypeError_type, "calling %R should have returned an instance of BaseException, not %s", v,
                      vm_type_name(e));
        return e;
    }
    if (IS_EXC(v)) return v;
    vm_raisef(TypeError_type, "exceptions must derive from BaseException");
}

void exc_set_cause(Value exc, Value cause) {
    Exc *x = (Exc *)exc;
    if (cause == None) {
        x->cause = NULL;
    } else {
        cause = exc_instance(cause);
        x->cause = cause;
    }
    x->suppress_context = true;
}

Value exc_stop_iteration_value(Value exc) {
    Exc *x = (Exc *)exc;
    return x->args->len ? x->args->items[0] : None;
}

static void exc_trace(Obj *o) {
    Exc *e = (Exc *)o;
    gc_mark((Value)e->args);
    gc_mark(e->cause);
    gc_mark(e->context);
    gc_mark((Value)e->traceback);
    gc_mark(e->extra);
}

static void tb_trace(Obj *o) {
    Traceback *t = (Traceback *)o;
    gc_mark((Value)t->next);
    gc_mark((Value)t->code);
    gc_mark((Value)t->globals);
}

/* NULL as None, for the attribute getters below. */
static Value opt(Value v) { return v ? v : None; }

/* A frame object: what Python code can see of a frame once it is no longer
 * running (a traceback's) or taken as a snapshot (sys._getframe): its code,
 * module namespace, line at the time, and caller.  No locals. */
typedef struct TbFrame {
    Obj hdr;
    Code *code;
    Dict *globals;
    struct TbFrame *back; /* NULL: f_back is None */
    int32_t line;
} TbFrame;

static void tbframe_trace(Obj *o) {
    TbFrame *f = (TbFrame *)o;
    gc_mark((Value)f->code);
    gc_mark((Value)f->globals);
    gc_mark((Value)f->back);
}
static Value tbframe_code(Value v) { return (Value)((TbFrame *)v)->code; }
static Value tbframe_line(Value v) { return MK_SMALL(((TbFrame *)v)->line); }
static Value tbframe_globals(Value v) { return opt((Value)((TbFrame *)v)->globals); }
static Value tbframe_back(Value v) { return opt((Value)((TbFrame *)v)->back); }
static const MemberDef tbframe_members[] = {
    {"f_code", tbframe_code},
    {"f_lineno", tbframe_line},
    {"f_globals", tbframe_globals},
    {"f_back", tbframe_back},
    {0},
};
Type frame_type = {.cname = "frame", .basicsize = sizeof(TbFrame), .trace = tbframe_trace, .members = tbframe_members};

static TbFrame *tbframe_new(Code *code, Dict *globals, int32_t line) {
    TbFrame *t = gc_alloc(&frame_type, sizeof(TbFrame));
    t->code = code;
    t->globals = globals;
    t->line = line;
    return t;
}

Value frame_snapshot(Frame *f) {
    TbFrame *first = NULL, *last = NULL;
    for (; f; f = f->back) {
        TbFrame *t = tbframe_new(f->code, f->globals, code_line(f->code, f->ip));
        if (last) last->back = t;
        else first = t;
        last = t;
    }
    return first ? (Value)first : None;
}

static Value tb_next(Value v) { return opt((Value)((Traceback *)v)->next); }
static Value tb_lineno(Value v) { return MK_SMALL(((Traceback *)v)->line); }
/* f_back is None: the frames that called this one have moved on. */
static Value tb_frame(Value v) {
    Traceback *t = (Traceback *)v;
    return (Value)tbframe_new(t->code, t->globals, t->line);
}
static const MemberDef tb_members[] = {
    {"tb_next", tb_next},
    {"tb_lineno", tb_lineno},
    {"tb_frame", tb_frame},
    {0},
};
Type traceback_type = {.cname = "traceback", .basicsize = sizeof(Traceback), .trace = tb_trace, .members = tb_members};

/* OSError(errno, ...) picks the subclass for errno, as CPython does. */
static Type *oserror_subclass(int64_t err) {
    switch (err) {
    case 2: return FileNotFoundError_type;
    case 17: return FileExistsError_type;
    case 1:
    case 13: return PermissionError_type;
    case 21: return IsADirectoryError_type;
    case 20: return NotADirectoryError_type;
    case 11:
    case 114:
    case 115: return BlockingIOError_type;
    case 10: return ChildProcessError_type;
    case 111: return ConnectionRefusedError_type;
    case 104: return ConnectionResetError_type;
    case 103: return ConnectionAbortedError_type;
    case 32:
    case 108: return BrokenPipeError_type;
    case 4: return InterruptedError_type;
    case 3: return ProcessLookupError_type;
    case 110: return TimeoutError_type;
    default: return OSError_type;
    }
}

static Value exc_new(Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (t == OSError_type && nargs >= 2 && nargs <= 5 && IS_SMALL(args[0])) t = oserror_subclass(SMALL_VAL(args[0]));
    return exc_new_args(t, args, nargs);
}

static Value exc_init(Value *args, int nargs, Tuple *kwnames) {
    Exc *e = (Exc *)args[0];
    int n = nargs - (kwnames ? (int)kwnames->len : 0);
    if (kwnames && kwnames->len)
        vm_raisef(TypeError_type, "%s() takes no keyword arguments", type_name(type_of(args[0])));
    e->args = tuple_from(args + 1, (size_t)(n - 1));
    return None;
}

static Value exc_str(Value v) {
    Exc *e = (Exc *)v;
    if (!e->args || e->args->len == 0) return (Value)str_empty;
    if (e->args->len == 1) return (Value)vm_str(e->args->items[0]);
    return (Value)vm_str((Value)e->args);
}

static Value keyerror_str(Value v) {
    Exc *e = (Exc *)v;
    if (e->args && e->args->len == 1) return (Value)vm_repr(e->args->items[0]);
    return exc_str(v);
}

/* UnicodeDecodeError / UnicodeEncodeError built from (encoding, object,
 * start, end, reason): CPython's message. */
static Value unicode_error_str(Value v) {
    Exc *e = (Exc *)v;
    if (!e->args || e->args->len != 5 || !IS_SMALL(e->args->items[2]) || !IS_SMALL(e->args->items[3]))
        return exc_str(v);
    Value enc = e->args->items[0], obj = e->args->items[1], reason = e->args->items[4];
    int64_t start = SMALL_VAL(e->args->items[2]), end = SMALL_VAL(e->args->items[3]);
    bool decode = vm_isinstance_type(type_of(v), UnicodeDecodeError_type);
    if (end == start + 1) {
        if (decode && (is_type(obj, &bytes_type) || is_type(obj, &bytearray_type))) {
            Bytes *b = (Bytes *)bytes_from_value(obj, "str");
            if (start >= 0 && (size_t)start < b->len)
                return (Value)str_printf("'%S' codec can't decode byte 0x%s in position %ld: %S", enc,
                                         str_printf("%c%c", "0123456789abcdef"[b->data[start] >> 4],
                                                    "0123456789abcdef"[b->data[start] & 15])->data,
                                         start, reason);
        } else if (!decode && IS_STR(obj) && start >= 0 && (size_t)start < ((Str *)obj)->len) {
            Str *o = (Str *)obj;
            size_t adv;
            uint32_t c = str_decode_at(o->data + str_offset(o, (size_t)start), &adv);
            char esc[16];
            str_hex_escape(esc, c);
            return (Value)str_printf("'%S' codec can't encode character '%s' in position %ld: %S", enc, esc, start,
                                     reason);
        }
    }
    return (Value)str_printf("'%S' codec can't %s %s in position %ld-%ld: %S", enc, decode ? "decode" : "encode",
                             decode ? "bytes" : "characters", start, end - 1, reason);
}
static Value arg_n(Value v, size_t i) {
    Exc *e = (Exc *)v;
    return e->args && e->args->len > i ? e->args->items[i] : None;
}
static Value ue_encoding(Value v) { return arg_n(v, 0); }
static Value ue_object(Value v) { return arg_n(v, 1); }
static Value ue_start(Value v) { return arg_n(v, 2); }
static Value ue_end(Value v) { return arg_n(v, 3); }
static Value ue_reason(Value v) { return arg_n(v, 4); }

/* OSError(errno, strerror[, filename]): "[Errno 2] No such file: 'x'" */
static Value oserror_str(Value v) {
    Exc *e = (Exc *)v;
    if (e->args && e->args->len >= 2 && e->args->len <= 5) {
        if (e->args->len >= 3 && e->args->items[2] != None)
            return (Value)str_printf("[Errno %S] %S: %R", e->args->items[0], e->args->items[1], e->args->items[2]);
        return (Value)str_printf("[Errno %S] %S", e->args->items[0], e->args->items[1]);
    }
    return exc_str(v);
}

static Value exc_repr(Value v) {
    Exc *e = (Exc *)v;
    const char *name = type_name(type_of(v));
    if (!e->args || e->args->len == 0) return (Value)str_printf("%s()", name);
    if (e->args->len == 1) return (Value)str_printf("%s(%R)", name, e->args->items[0]);
    return (Value)str_printf("%s%R", name, (Value)e->args);
}

static Value exc_get_args(Value v) { return (Value)((Exc *)v)->args; }
static Value exc_get_tb(Value v) { return opt((Value)((Exc *)v)->traceback); }
static Value exc_get_cause(Value v) { return opt(((Exc *)v)->cause); }
static Value exc_get_context(Value v) { return opt(((Exc *)v)->context); }
static Value exc_get_suppress(Value v) { return BOOL(((Exc *)v)->suppress_context); }
static Value exc_first_arg(Value v) {
    Exc *e = (Exc *)v;
    return e->args && e->args->len ? e->args->items[0] : None;
}
static Value sysexit_code(Value v) {
    Exc *e = (Exc *)v;
    if (!e->args || e->args->len == 0) return None;
    if (e->args->len == 1) return e->args->items[0];
    return (Value)e->args;
}
static Value oserror_strerror(Value v) {
    Exc *e = (Exc *)v;
    return e->args && e->args->len >= 2 ? e->args->items[1] : None;
}
static Value importerror_name(Value v) { return opt(((Exc *)v)->extra); }

static Value exc_with_traceback(Value *args, int nargs, Tuple *kw) {
    arg_nokw("with_traceback", kw);
    arg_count("with_traceback", nargs, 2, 2);
    ((Exc *)args[0])->traceback = args[1] == None ? NULL : (Traceback *)args[1];
    return args[0];
}

/* add_note (3.11): notes live in the instance's __notes__ list and are
 * printed after the exception line. */
static Value exc_add_note(Value *args, int nargs, Tuple *kw) {
    arg_nokw("add_note", kw);
    arg_count("add_note", nargs, 2, 2);
    if (!IS_STR(args[1])) vm_raisef(TypeError_type, "note must be a str, not '%s'", vm_type_name(args[1]));
    Value e = args[0];
    if (!e->dict) e->dict = dict_new();
    Str *key = str_intern_cstr("__notes__");
    Value notes = dict_get_str(e->dict, key);
    if (!notes) {
        notes = (Value)list_new(0);
        dict_set_str(e->dict, key, notes);
    }
    if (!IS_LIST(notes)) vm_raisef(TypeError_type, "Cannot add note: __notes__ is not a list");
    list_append((List *)notes, args[1]);
    return None;
}

static Value exc_setattr_special(Value o, Str *name, Value v);
Type BaseException_type_obj; /* defined below; its methods come first */

DEF_METHOD(BaseException_type_obj, __init__, exc_init, NATIVE_METHOD);
DEF_METHOD(BaseException_type_obj, with_traceback, exc_with_traceback, NATIVE_METHOD);
DEF_METHOD(BaseException_type_obj, add_note, exc_add_note, NATIVE_METHOD);
static const MemberDef exc_members[] = {
    {"args", exc_get_args},
    {"__traceback__", exc_get_tb},
    {"__cause__", exc_get_cause},
    {"__context__", exc_get_context},
    {"__suppress_context__", exc_get_suppress},
    {0},
};

static void exc_setattr(Value o, Str *name, Value v) {
    if (exc_setattr_special(o, name, v)) return;
    object_generic_setattr(o, name, v);
}

static Value exc_setattr_special(Value o, Str *name, Value v) {
    Exc *e = (Exc *)o;
    if (name == names.__cause__) {
        e->cause = v == None ? NULL : v;
        e->suppress_context = true;
    } else if (name == names.__context__) {
        e->context = v == None ? NULL : v;
    } else if (name == names.__traceback__) {
        e->traceback = v == None ? NULL : (Traceback *)v;
    } else if (name == names.__suppress_context__) {
        e->suppress_context = vm_truthy(v);
    } else if (name == names.args) {
        e->args = tuple_from_iter(v);
    } else {
        return NULL;
    }
    return None;
}

Type BaseException_type_obj = {
    .cname = "BaseException",
    .flags = TF_BASETYPE | TF_EXC_SUB,
    .basicsize = sizeof(Exc),
    .trace = exc_trace,
    .repr = exc_repr,
    .str = exc_str,
    .new_ = exc_new,
    .setattr = exc_setattr,
    .members = exc_members,
};

#define X(name) Type *name##_type;
#define EXC_LIST                                                                                                       \
    X(Exception) X(TypeError) X(ValueError) X(AttributeError) X(KeyError) X(IndexError) X(NameError)                  \
    X(UnboundLocalError) X(ZeroDivisionError) X(OverflowError) X(StopIteration) X(StopAsyncIteration)                 \
    X(RuntimeError) X(RecursionError) X(MemoryError) X(NotImplementedError) X(AssertionError) X(ImportError)          \
    X(ModuleNotFoundError) X(LookupError) X(ArithmeticError) X(UnicodeError) X(UnicodeDecodeError)                    \
    X(UnicodeEncodeError) X(OSError) X(FileNotFoundError) X(EOFError) X(KeyboardInterrupt) X(SystemExit)              \
    X(GeneratorExit) X(BufferError) X(FloatingPointError) X(IsADirectoryError) X(PermissionError) X(FileExistsError)  \
    X(TimeoutError) X(ConnectionError) X(BrokenPipeError) X(ConnectionResetError) X(ConnectionRefusedError)           \
    X(ConnectionAbortedError) X(BlockingIOError) X(InterruptedError) X(ChildProcessError) X(ProcessLookupError)       \
    X(NotADirectoryError) X(Warning) X(DeprecationWarning) X(UserWarning) X(RuntimeWarning) X(SyntaxError)            \
    X(IndentationError) X(TabError) X(SystemError) X(ReferenceError) X(UnicodeTranslateError)                         \
    X(PendingDeprecationWarning) X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning)                  \
    X(ResourceWarning) X(SyntaxWarning) X(EncodingWarning)
Type *BaseException_type = &BaseException_type_obj;
EXC_LIST
#undef X

static const MemberDef stopiter_members[] = {{"value", exc_first_arg}, {0}};
static const MemberDef sysexit_members[] = {{"code", sysexit_code}, {0}};
static Value oserror_errno(Value v) {
    Exc *e = (Exc *)v;
    return e->args && e->args->len >= 2 ? e->args->items[0] : None;
}
static Value oserror_filename(Value v) {
    Exc *e = (Exc *)v;
    return e->args && e->args->len >= 3 ? e->args->items[2] : None;
}
static const MemberDef oserror_members[] = {
    {"errno", oserror_errno}, {"strerror", oserror_strerror}, {"filename", oserror_filename}, {0}};
static const MemberDef unicode_error_members[] = {{"encoding", ue_encoding}, {"object", ue_object},
                                                  {"start", ue_start}, {"end", ue_end},
                                                  {"reason", ue_reason}, {0}};
static const MemberDef importerror_members[] = {{"name", importerror_name}, {0}};

void exc_init_types(Dict *builtins) {
    type_ready(BaseException_type);
    dict_set_str(builtins, str_intern_cstr("BaseException"), (Value)BaseException_type);
    static const struct {
        Type **slot;
        const char *name;
        Type **base;
    } table[] = {
#define E(n, b) {&n##_type, #n, &b##_type},
        E(Exception, BaseException) E(SystemExit, BaseException) E(KeyboardInterrupt, BaseException)
        E(GeneratorExit, BaseException) E(TypeError, Exception) E(ValueError, Exception)
        E(AttributeError, Exception) E(LookupError, Exception) E(KeyError, LookupError)
        E(IndexError, LookupError) E(NameError, Exception) E(UnboundLocalError, NameError)
        E(ArithmeticError, Exception) E(ZeroDivisionError, ArithmeticError) E(OverflowError, ArithmeticError)
        E(FloatingPointError, ArithmeticError) E(StopIteration, Exception) E(StopAsyncIteration, Exception)
        E(RuntimeError, Exception) E(RecursionError, RuntimeError) E(NotImplementedError, RuntimeError)
        E(MemoryError, Exception) E(AssertionError, Exception) E(ImportError, Exception)
        E(ModuleNotFoundError, ImportError) E(UnicodeError, ValueError) E(UnicodeDecodeError, UnicodeError)
        E(UnicodeEncodeError, UnicodeError) E(UnicodeTranslateError, UnicodeError) E(OSError, Exception)
        E(FileNotFoundError, OSError) E(IsADirectoryError, OSError) E(NotADirectoryError, OSError)
        E(PermissionError, OSError) E(FileExistsError, OSError) E(TimeoutError, OSError)
        E(BlockingIOError, OSError) E(InterruptedError, OSError) E(ChildProcessError, OSError)
        E(ProcessLookupError, OSError) E(ConnectionError, OSError) E(BrokenPipeError, ConnectionError)
        E(ConnectionResetError, ConnectionError) E(ConnectionRefusedError, ConnectionError)
        E(ConnectionAbortedError, ConnectionError) E(EOFError, Exception) E(BufferError, Exception)
        E(SystemError, Exception) E(ReferenceError, Exception) E(SyntaxError, Exception)
        E(IndentationError, SyntaxError) E(TabError, IndentationError) E(Warning, Exception)
        E(DeprecationWarning, Warning) E(PendingDeprecationWarning, Warning) E(UserWarning, Warning)
        E(RuntimeWarning, Warning) E(FutureWarning, Warning) E(ImportWarning, Warning)
        E(UnicodeWarning, Warning) E(BytesWarning, Warning) E(ResourceWarning, Warning)
        E(SyntaxWarning, Warning) E(EncodingWarning, Warning)
#undef E
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        Type *t = type_new_builtin_exc(table[i].name, *table[i].base);
        *table[i].slot = t;
        dict_set_str(builtins, str_intern_cstr(table[i].name), (Value)t);
    }
    KeyError_type->str = keyerror_str;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (vm_isinstance_type(*table[i].slot, OSError_type)) (*table[i].slot)->str = oserror_str;
    UnicodeDecodeError_type->str = unicode_error_str;
    UnicodeEncodeError_type->str = unicode_error_str;
    UnicodeDecodeError_type->members = unicode_error_members;
    UnicodeEncodeError_type->members = unicode_error_members;
    type_add_members(UnicodeDecodeError_type);
    type_add_members(UnicodeEncodeError_type);
    StopIteration_type->members = stopiter_members;
    StopAsyncIteration_type->members = stopiter_members;
    SystemExit_type->members = sysexit_members;
    OSError_type->members = oserror_members;
    ImportError_type->members = importerror_members;
    type_add_members(StopIteration_type);
    type_add_members(StopAsyncIteration_type);
    type_add_members(SystemExit_type);
    type_add_members(OSError_type);
    type_add_members(ImportError_type);
    dict_set_str(builtins, str_intern_cstr("IOError"), (Value)OSError_type);
    dict_set_str(builtins, str_intern_cstr("EnvironmentError"), (Value)OSError_type);
    Value msg = (Value)str_from_cstr("");
    memory_error_obj = exc_new_args(MemoryError_type, &msg, 0);
    gc_add_root(&memory_error_obj);
}

/* ---- printing ----------------------------------------------------------------- */

static void write_str(Str *s) { vm_write(2, s->data, s->nbytes); }

/* Print one exception's traceback and message line. */
static void print_one(Value exc) {
    Exc *e = (Exc *)exc;
    if (e->traceback) vm_writes(2, "Traceback (most recent call last):\n");
    for (Traceback *tb = e->traceback; tb; tb = tb->next) {
        Str *line = str_printf("  File \"%N\", line %d, in %N\n", tb->code->filename, tb->line, tb->code->name);
        write_str(line);
    }
    Type *t = type_of(exc);
    Str *msg = NULL;
    VM_TRY(tr) {
        msg = vm_str(exc);
    }
    VM_CATCH(tr, err) {
        (void)err;
        msg = str_from_cstr("<exception str() failed>");
    }
    VM_END
    Value mod = t->hdr.dict ? dict_get(t->hdr.dict, (Value)names.__module__) : NULL;
    if (mod && IS_STR(mod) && strcmp(((Str *)mod)->data, "__main__") && strcmp(((Str *)mod)->data, "builtins")) {
        write_str((Str *)mod);
        vm_writes(2, ".");
    }
    write_str(t->qualname ? t->qualname : str_from_cstr(type_name(t)));
    if (msg->nbytes) {
        vm_writes(2, ": ");
        write_str(msg);
    }
    vm_writes(2, "\n");
    Value notes = exc->dict ? dict_get_str(exc->dict, str_intern_cstr("__notes__")) : NULL;
    if (notes && IS_LIST(notes)) {
        List *l = (List *)notes;
        for (size_t i = 0; i < l->len; i++) {
            if (IS_STR(l->items[i])) write_str((Str *)l->items[i]);
            else write_str(vm_repr(l->items[i]));
            vm_writes(2, "\n");
        }
    }
}

static void print_chain(Value exc, int depth) {
    Exc *e = (Exc *)exc;
    if (depth < 32) {
        if (e->cause && IS_EXC(e->cause)) {
            print_chain(e->cause, depth + 1);
            vm_writes(2, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && IS_EXC(e->context) && !e->suppress_context) {
            print_chain(e->context, depth + 1);
            vm_writes(2, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(exc);
}

void exc_print(Value exc) {
    port_flush();
    print_chain(exc, 0);
    port_flush();
}

/* For fault handlers: the Python stack of the running code, innermost last. */
void vm_fault_traceback(void) {
    vm_writes(2, "Python traceback (most recent call last):\n");
    Frame *chain[64];
    int n = 0;
    for (Frame *f = vm.frame; f && n < 64; f = f->back) chain[n++] = f;
    char buf[256];
    while (n-- > 0) {
        Frame *f = chain[n];
        int len = fmt_snprintf(buf, sizeof buf, "  File \"%s\", line %d, in %s\n", f->code->filename->data,
                           code_line(f->code, f->ip), f->code->name->data);
        if (len > 0) vm_write(2, buf, (size_t)len < sizeof buf ? (size_t)len : sizeof buf - 1);
    }
}
