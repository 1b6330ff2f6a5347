/* SPDX-License-Identifier: MIT */
/* Callables and their companions: functions, bound methods, natives, code
 * objects, cells, modules, and generators/coroutines (frames kept alive in
 * the heap, resumed by gen_resume). */
#include "vm.h"

/* ---- functions ---------------------------------------------------------------- */

Func *func_new(Code *code, Dict *globals) {
    Func *f = gc_alloc(&func_type, sizeof(Func));
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    f->doc = code->docstring ? code->docstring : None;
    Value m = dict_get_str(globals, names.__name__);
    f->module = m ? m : None;
    return f;
}

static void func_trace(Obj *o) {
    Func *f = (Func *)o;
    gc_mark((Value)f->code);
    gc_mark((Value)f->globals);
    gc_mark((Value)f->defaults);
    gc_mark((Value)f->kwdefaults);
    gc_mark((Value)f->closure);
    gc_mark((Value)f->name);
    gc_mark((Value)f->qualname);
    gc_mark(f->doc);
    gc_mark(f->module);
}

static Value func_descr_get(Value d, Value obj, Type *t) {
    (void)t;
    return obj ? method_new(d, obj) : d;
}

static Value func_repr(Value o) { return (Value)str_printf("<function %N at %p>", ((Func *)o)->qualname, (void *)o); }

static Value func_call(Value f, Value *args, int nargs, Tuple *kw) { return vm_call(f, args, nargs, kw); }

static Value func_getattr(Value o, Str *name) {
    Func *f = (Func *)o;
    if (name == names.__name__) return (Value)f->name;
    if (name == names.__qualname__) return (Value)f->qualname;
    if (name == names.__module__) return f->module;
    if (name == names.__defaults__) return f->defaults ? (Value)f->defaults : None;
    if (name == names.__kwdefaults__) return f->kwdefaults ? (Value)f->kwdefaults : None;
    if (name == names.__code__) return (Value)f->code;
    if (name == names.__globals__) return (Value)f->globals;
    if (name == names.__closure__) return f->closure ? (Value)f->closure : None;
    if (name == names.__doc__) {
        Value v = o->dict ? dict_get_str(o->dict, name) : NULL;
        return v ? v : f->doc;
    }
    if (name == names.__annotations__) {
        Value v = o->dict ? dict_get_str(o->dict, name) : NULL;
        if (!v) {
            v = (Value)dict_new();
            if (!o->dict) o->dict = dict_new();
            dict_set_str(o->dict, name, v);
        }
        return v;
    }
    return object_generic_getattr(o, name);
}

static void func_setattr(Value o, Str *name, Value v) {
    Func *f = (Func *)o;
    if (name == names.__name__ && v && IS_STR(v)) f->name = (Str *)v;
    else if (name == names.__qualname__ && v && IS_STR(v)) f->qualname = (Str *)v;
    else if (name == names.__doc__) f->doc = v ? v : None;
    else if (name == names.__module__) f->module = v ? v : None;
    else if (name == names.__defaults__) f->defaults = v && v != None ? (Tuple *)v : NULL;
    else if (name == names.__kwdefaults__) f->kwdefaults = v && v != None ? (Dict *)v : NULL;
    else object_generic_setattr(o, name, v);
}

Type func_type = {.cname = "function", .basicsize = sizeof(Func), .trace = func_trace, .repr = func_repr,
                  .descr_get = func_descr_get, .call = func_call, .getattr = func_getattr,
                  .setattr = func_setattr};

/* ---- bound methods --------------------------------------------------------------- */

Value method_new(Value func, Value self) {
    Method *m = gc_alloc(&method_type, sizeof(Method));
    m->func = func;
    m->self = self;
    return (Value)m;
}

static void method_trace(Obj *o) {
    gc_mark(((Method *)o)->func);
    gc_mark(((Method *)o)->self);
}

static Value method_repr(Value o) {
    Method *m = (Method *)o;
    Value qn = vm_getattr_opt(m->func, names.__qualname__);
    return (Value)str_printf("<bound method %S of %R>", qn ? qn : (Value)str_from_cstr("?"), m->self);
}

static Value method_getattr(Value o, Str *name) {
    Method *m = (Method *)o;
    if (!strcmp(name->data, "__func__")) return m->func;
    if (name == names.__self__) return m->self;
    if (name == names.__doc__ || name == names.__name__ || name == names.__qualname__ || name == names.__module__)
        return vm_getattr_opt(m->func, name);
    Value v = object_generic_getattr(o, name);
    return v ? v : vm_getattr_opt(m->func, name);
}

static Value method_richcmp(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &method_type)) return NotImpl;
    Method *x = (Method *)a, *y = (Method *)b;
    bool eq = x->self == y->self && vm_eq(x->func, y->func);
    return BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Value o) {
    Method *m = (Method *)o;
    return vm_hash(m->func) ^ (int64_t)((uintptr_t)m->self >> 4);
}

static Value method_call(Value f, Value *args, int nargs, Tuple *kw) { return vm_call(f, args, nargs, kw); }

/* method(function, instance): what types.MethodType builds. */
static Value method_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)t;
    arg_nokw("method", kw);
    if (nargs != 2) vm_raisef(TypeError_type, "method expected 2 arguments, got %d", nargs);
    if (!vm_callable(args[0])) vm_raisef(TypeError_type, "first argument must be callable");
    if (args[1] == None) vm_raisef(TypeError_type, "instance must not be None");
    return method_new(args[0], args[1]);
}

Type method_type = {.cname = "method", .basicsize = sizeof(Method), .trace = method_trace, .repr = method_repr,
                    .getattr = method_getattr, .richcmp = method_richcmp, .hash = method_hash, .call = method_call,
                    .new_ = method_new_};

/* ---- natives ------------------------------------------------------------------- */

Value native_new(const char *name, NativeFn fn, Value self) {
    Native *n = gc_alloc(&native_type, sizeof(Native));
    n->name = name;
    n->fn = fn;
    n->self = self;
    n->kind = NATIVE_FUNC;
    return (Value)n;
}

static void native_trace(Obj *o) {
    gc_mark(((Native *)o)->self);
    gc_mark((Value)((Native *)o)->owner);
}

static Value native_descr_get(Value d, Value obj, Type *t) {
    Native *n = (Native *)d;
    if (n->kind == NATIVE_METHOD) return obj ? method_new(d, obj) : d;
    if (n->kind == NATIVE_CLASSMETHOD) return method_new(d, (Value)(t ? t : type_of(obj)));
    return d;
}

static Value native_repr(Value o) {
    Native *n = (Native *)o;
    if (n->owner) return (Value)str_printf("<method '%s' of '%s' objects>", n->name, type_name(n->owner));
    return (Value)str_printf("<built-in function %s>", n->name);
}

static Value native_getattr(Value o, Str *name) {
    Native *n = (Native *)o;
    if (name == names.__name__) return (Value)str_from_cstr(n->name);
    if (name == names.__qualname__) {
        if (n->owner) return (Value)str_printf("%s.%s", type_name(n->owner), n->name);
        return (Value)str_from_cstr(n->name);
    }
    if (name == names.__doc__) return None;
    if (name == names.__self__) return n->self ? n->self : None;
    if (name == names.__module__) return None;
    return object_generic_getattr(o, name);
}

static Value native_call(Value f, Value *args, int nargs, Tuple *kw) { return vm_call(f, args, nargs, kw); }

Type native_type = {.cname = "builtin_function_or_method", .basicsize = sizeof(Native), .trace = native_trace,
                    .descr_get = native_descr_get, .repr = native_repr, .getattr = native_getattr,
                    .call = native_call};

/* ---- code, cells, modules ------------------------------------------------------------ */

static void code_trace(Obj *o) {
    Code *c = (Code *)o;
    gc_mark((Value)c->name);
    gc_mark((Value)c->qualname);
    gc_mark((Value)c->filename);
    gc_mark(c->docstring);
    gc_mark((Value)c->module);
    /* The image loader (rd_code) sets the counts before it allocates the
     * arrays, and a collection can run in between: skip absent arrays. */
    gc_mark_raw(c->consts);
    for (uint32_t i = 0; c->consts && i < c->nconsts; i++) gc_mark(c->consts[i]);
    gc_mark_raw(c->names);
    for (uint32_t i = 0; c->names && i < c->nnames; i++) gc_mark((Value)c->names[i]);
    gc_mark_raw(c->varnames);
    uint32_t nv = c->nlocals + c->ncells + c->nfrees;
    for (uint32_t i = 0; c->varnames && i < nv; i++) gc_mark((Value)c->varnames[i]);
    gc_mark_raw(c->cell2arg);
    gc_mark_raw(c->cache);
    for (uint32_t i = 0; c->cache && i < c->ncache; i++) {
        gc_mark(c->cache[i].value);
        gc_mark((Value)c->cache[i].type);
    }
}

static Value code_repr(Value o) {
    Code *c = (Code *)o;
    return (Value)str_printf("<code object %N, file \"%N\", line %d>", c->name, c->filename, c->firstlineno);
}

static Value code_getattr(Value o, Str *name) {
    Code *c = (Code *)o;
    const char *n = name->data;
    if (!strcmp(n, "co_name")) return (Value)c->name;
    if (!strcmp(n, "co_qualname")) return (Value)c->qualname;
    if (!strcmp(n, "co_filename")) return (Value)c->filename;
    if (!strcmp(n, "co_firstlineno")) return MK_SMALL(c->firstlineno);
    if (!strcmp(n, "co_argcount")) return MK_SMALL(c->argcount);
    if (!strcmp(n, "co_posonlyargcount")) return MK_SMALL(c->posonlyargcount);
    if (!strcmp(n, "co_kwonlyargcount")) return MK_SMALL(c->kwonlyargcount);
    if (!strcmp(n, "co_flags")) return MK_SMALL(c->flags);
    if (!strcmp(n, "co_nlocals")) return MK_SMALL(c->nlocals);
    if (!strcmp(n, "co_varnames")) return (Value)tuple_from((Value *)c->varnames, c->nlocals);
    return object_generic_getattr(o, name);
}

Type code_type = {.cname = "code", .basicsize = sizeof(Code), .trace = code_trace, .repr = code_repr,
                  .getattr = code_getattr};

static void cell_trace(Obj *o) { gc_mark(((Cell *)o)->ref); }
static Value cell_getattr(Value o, Str *name) {
    if (!strcmp(name->data, "cell_contents")) {
        Value v = ((Cell *)o)->ref;
        if (!v) vm_raisef(ValueError_type, "Cell is empty");
        return v;
    }
    return object_generic_getattr(o, name);
}
Type cell_type = {.cname = "cell", .basicsize = sizeof(Cell), .trace = cell_trace, .getattr = cell_getattr};

Module *module_new(Str *name) {
    Module *m = gc_alloc(&module_type, sizeof(Module));
    m->name = name;
    m->hdr.dict = dict_new();
    dict_set_str(m->hdr.dict, names.__name__, (Value)name);
    dict_set_str(m->hdr.dict, names.__doc__, None);
    return m;
}

void module_set(Module *m, const char *name, Value v) { dict_set_str(m->hdr.dict, str_intern_cstr(name), v); }

void module_add_fn(Module *m, const char *name, NativeFn fn) { module_set(m, name, native_new(name, fn, NULL)); }

static void module_trace(Obj *o) { gc_mark((Value)((Module *)o)->name); }

static Value module_repr(Value o) { return (Value)str_printf("<module '%N'>", ((Module *)o)->name); }

static Value module_getattr(Value o, Str *name) {
    Value v = dict_get_str(o->dict, name);
    if (v) return v;
    if (name == names.__dict__) return (Value)o->dict;
    Value ga = dict_get_str(o->dict, names.__getattr__);
    if (ga) return vm_call1(ga, (Value)name);
    return object_generic_getattr(o, name);
}

static void module_setattr(Value o, Str *name, Value v) {
    if (v) dict_set(o->dict, (Value)name, v);
    else if (!dict_del(o->dict, (Value)name))
        vm_raisef(AttributeError_type, "module '%N' has no attribute '%N'", ((Module *)o)->name, name);
}

Type module_type = {.cname = "module", .basicsize = sizeof(Module), .trace = module_trace, .repr = module_repr,
                    .getattr = module_getattr, .setattr = module_setattr, .flags = TF_BASETYPE};

/* ---- generators and coroutines ------------------------------------------------------ */

void gen_trace_frame(Frame *f);

static void gen_trace(Obj *o) {
    Gen *g = (Gen *)o;
    gc_mark((Value)g->name);
    gc_mark((Value)g->qualname);
    gc_mark(g->handled);
    gen_trace_frame(g->frame);
}

static const char *gen_kind(Gen *g) {
    return g->is_coro == 1 ? "coroutine" : g->is_coro == 2 ? "async_generator" : "generator";
}

Value gen_new(Func *fn, Value *args, int nargs, Tuple *kwnames) {
    Code *c = fn->code;
    size_t fs = frame_size(c);
    Type *t = (c->flags & CO_COROUTINE) ? &coro_type : (c->flags & CO_ASYNC_GENERATOR) ? &async_gen_type : &gen_type;
    Gen *g = gc_alloc(t, sizeof(Gen) + fs);
    g->frame = (Frame *)g->frame_mem;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->is_coro = (c->flags & CO_COROUTINE) ? 1 : (c->flags & CO_ASYNC_GENERATOR) ? 2 : 0;
    Frame *f = g->frame;
    frame_init(f, c, fn, fn->globals, NULL);
    f->gen = g;
    f->entry = 1;
    bind_args(f, fn, args, nargs, kwnames);
    g->state = GEN_CREATED;
    return (Value)g;
}

/* Resume g: send v, or raise exc at its suspension point.  A generator
 * suspended in `yield from` first passes a thrown exception to the
 * sub-iterator, as CPython does. */
Value gen_resume(Gen *g, Value v, Value exc) {
    if (g->state == GEN_RUNNING)
        vm_raisef(ValueError_type, "%s already executing", gen_kind(g));
    if (g->state == GEN_DONE) {
        if (exc) vm_raise(exc);
        if (g->is_coro == 1) vm_raisef(RuntimeError_type, "cannot reuse already awaited coroutine");
        vm.stop_value = None;
        return NULL;
    }
    Frame *f = g->frame;
    bool fresh = g->state == GEN_CREATED;
    if (fresh && exc) {
        g->state = GEN_DONE;
        vm_raise(exc);
    }
    if (fresh && v != None)
        vm_raisef(TypeError_type, "can't send non-None value to a just-started %s",
                  gen_kind(g));
    bool push = !fresh;
    if (exc && (f->ip[0] & 0xff) == op_yield_from && vm_exc_matches(exc, GeneratorExit_type)) {
        /* close(): the sub-iterator is closed (not thrown into), then
         * GeneratorExit is raised at the yield from, as CPython does */
        Value sub = f->sp[-1];
        g->state = GEN_RUNNING;
        VM_TRY(t) {
            if (is_type(sub, &gen_type) || is_type(sub, &coro_type)) {
                Value a = sub;
                extern Value gen_close_value(Value g);
                gen_close_value(a);
            } else {
                Value cl = vm_getattr_opt(sub, names.close);
                if (cl) vm_call0(cl);
            }
        }
        VM_CATCH(t, e) {
            g->state = GEN_SUSPENDED;
            exc = e; /* an error while closing replaces GeneratorExit */
            goto raise_inside;
        }
        VM_END
        g->state = GEN_SUSPENDED;
        goto raise_inside;
    }
    if (exc && (f->ip[0] & 0xff) == op_yield_from) {
        Value sub = f->sp[-1];
        Value thr = (is_type(sub, &gen_type) || is_type(sub, &coro_type)) ? NULL : vm_getattr_opt(sub, names.throw);
        if (thr || is_type(sub, &gen_type) || is_type(sub, &coro_type)) {
            Value r = NULL;
            Value err = NULL;
            g->state = GEN_RUNNING;
            VM_TRY(t) {
                if (thr) r = vm_call1(thr, exc);
                else if (!(r = gen_resume((Gen *)sub, None, exc))) err = vm.stop_value; /* returned */
            }
            VM_CATCH(t, e) {
                if (thr && vm_exc_matches(e, StopIteration_type)) err = exc_stop_iteration_value(e);
                else exc = e, err = NULL, r = NULL;
                if (!err) {
                    g->state = GEN_SUSPENDED;
                    goto raise_inside;
                }
            }
            VM_END
            g->state = GEN_SUSPENDED;
            if (r) return r;
            /* the sub-iterator finished: its value is the result of yield from */
            f->sp[-1] = err;
            f->ip++;
            exc = NULL;
            push = false;
        }
    }
raise_inside:;
    Value saved_handled = vm_handled_exc;
    vm_handled_exc = g->handled;
    g->state = GEN_RUNNING;
    Value r = NULL;
    VM_TRY(t) {
        if (exc) {
            r = eval_frame_throw(f, exc);
        } else {
            if (push) *f->sp++ = v;
            r = eval_frame(f);
        }
    }
    VM_CATCH(t, e) {
        g->state = GEN_DONE;
        g->handled = NULL;
        vm_handled_exc = saved_handled;
        if (vm_exc_matches(e, StopIteration_type)) {
            Value ne = vm_new_exc(RuntimeError_type, "%s raised StopIteration", gen_kind(g));
            ((Exc *)ne)->cause = e;
            ((Exc *)ne)->context = e;
            ((Exc *)ne)->suppress_context = true;
            vm_raise(ne);
        }
        vm_raise(e);
    }
    VM_END
    g->handled = vm_handled_exc;
    vm_handled_exc = saved_handled;
    if (vm.yielded) {
        g->state = GEN_SUSPENDED;
        return r;
    }
    g->state = GEN_DONE;
    g->handled = NULL;
    vm.stop_value = r;
    return NULL;
}

static Value gen_iternext(Value o) { return gen_resume((Gen *)o, None, NULL); }
static Value gen_iter(Value o) { return o; }

static Value stop_with(Value v) {
    Value e = exc_new_args(StopIteration_type, &v, v == None ? 0 : 1);
    vm_raise(e);
}

static Value gen_send(Value *args, int nargs, Tuple *kw) {
    arg_nokw("send", kw);
    arg_count("send", nargs, 2, 2);
    Value r = gen_resume((Gen *)args[0], args[1], NULL);
    if (!r) stop_with(vm.stop_value);
    return r;
}

static Value gen_throw(Value *args, int nargs, Tuple *kw) {
    arg_nokw("throw", kw);
    arg_count("throw", nargs, 2, 4);
    Value e = args[1];
    if (IS_TYPE(e)) e = nargs > 2 && args[2] != None ? vm_call1(e, args[2]) : vm_call0(e);
    if (!IS_EXC(e)) vm_raisef(TypeError_type, "exceptions must be classes or instances deriving from BaseException, not %s", vm_type_name(e));
    Value r = gen_resume((Gen *)args[0], None, e);
    if (!r) stop_with(vm.stop_value);
    return r;
}

static Value gen_close(Value *args, int nargs, Tuple *kw);
Value gen_close_value(Value g) { return gen_close(&g, 1, NULL); }

static Value gen_close(Value *args, int nargs, Tuple *kw) {
    arg_nokw("close", kw);
    arg_count("close", nargs, 1, 1);
    Gen *g = (Gen *)args[0];
    if (g->state == GEN_CREATED) {
        g->state = GEN_DONE;
        return None;
    }
    if (g->state == GEN_DONE) return None;
    Value r = NULL;
    VM_TRY(t) {
        r = gen_resume(g, None, exc_new_args(GeneratorExit_type, NULL, 0));
    }
    VM_CATCH(t, e) {
        if (vm_exc_matches(e, GeneratorExit_type) || vm_exc_matches(e, StopIteration_type)) return None;
        vm_raise(e);
    }
    VM_END
    if (r) vm_raisef(RuntimeError_type, "generator ignored GeneratorExit");
    return None;
}

static Value gen_repr(Value o) {
    Gen *g = (Gen *)o;
    return (Value)str_printf("<%s object %N at %p>", gen_kind(g), g->qualname, (void *)o);
}

static Value gen_get_name(Value o) { return (Value)((Gen *)o)->name; }
static Value gen_get_qualname(Value o) { return (Value)((Gen *)o)->qualname; }
static Value gen_get_running(Value o) { return BOOL(((Gen *)o)->state == GEN_RUNNING); }
static Value gen_get_frame(Value o) { return ((Gen *)o)->state == GEN_DONE ? None : True_; }

DEF_METHOD(gen_type, send, gen_send, NATIVE_METHOD);
DEF_METHOD(gen_type, throw, gen_throw, NATIVE_METHOD);
DEF_METHOD(gen_type, close, gen_close, NATIVE_METHOD);
static const MemberDef gen_members[] = {{"__name__", gen_get_name}, {"__qualname__", gen_get_qualname},
                                        {"gi_running", gen_get_running}, {"gi_frame", gen_get_frame},
                                        {"cr_running", gen_get_running}, {"cr_frame", gen_get_frame}, {0}};

Type gen_type = {.cname = "generator", .basicsize = sizeof(Gen), .trace = gen_trace, .iter = gen_iter,
                 .next = gen_iternext, .repr = gen_repr, .members = gen_members};

/* Coroutines are awaited through __await__, which returns an iterator over
 * the coroutine (a coroutine_wrapper). */
typedef struct {
    Obj hdr;
    Value coro;
} CoroWrapper;
static void cw_trace(Obj *o) { gc_mark(((CoroWrapper *)o)->coro); }
static Value cw_next(Value o) { return gen_resume((Gen *)((CoroWrapper *)o)->coro, None, NULL); }
static Value cw_send(Value *args, int nargs, Tuple *kw) {
    arg_nokw("send", kw);
    arg_count("send", nargs, 2, 2);
    Value r = gen_resume((Gen *)((CoroWrapper *)args[0])->coro, args[1], NULL);
    if (!r) stop_with(vm.stop_value);
    return r;
}
static Value cw_throw(Value *args, int nargs, Tuple *kw) {
    Value a[4];
    for (int i = 0; i < nargs && i < 4; i++) a[i] = args[i];
    a[0] = ((CoroWrapper *)args[0])->coro;
    return gen_throw(a, nargs, kw);
}
static Value cw_close(Value *args, int nargs, Tuple *kw) {
    Value a = ((CoroWrapper *)args[0])->coro;
    return gen_close(&a, nargs, kw);
}
DEF_METHOD(coro_wrapper_type, send, cw_send, NATIVE_METHOD);
DEF_METHOD(coro_wrapper_type, throw, cw_throw, NATIVE_METHOD);
DEF_METHOD(coro_wrapper_type, close, cw_close, NATIVE_METHOD);
Type coro_wrapper_type = {.cname = "coroutine_wrapper", .basicsize = sizeof(CoroWrapper), .trace = cw_trace,
                          .iter = gen_iter, .next = cw_next};

static Value coro_await(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__await__", kw);
    arg_count("__await__", nargs, 1, 1);
    CoroWrapper *w = gc_alloc(&coro_wrapper_type, sizeof(CoroWrapper));
    w->coro = args[0];
    return (Value)w;
}
DEF_METHOD(coro_type, send, gen_send, NATIVE_METHOD);
DEF_METHOD(coro_type, throw, gen_throw, NATIVE_METHOD);
DEF_METHOD(coro_type, close, gen_close, NATIVE_METHOD);
DEF_METHOD(coro_type, __await__, coro_await, NATIVE_METHOD);
Type coro_type = {.cname = "coroutine", .basicsize = sizeof(Gen), .trace = gen_trace, .repr = gen_repr,
                  .members = gen_members};

Value vm_yield_from_iter(Value o) {
    if (is_type(o, &gen_type) || is_type(o, &coro_type)) return o;
    return vm_iter(o);
}

Value vm_get_awaitable(Value o) {
    if (is_type(o, &coro_type)) {
        if (((Gen *)o)->state == GEN_DONE && ((Gen *)o)->frame->code)
            vm_raisef(RuntimeError_type, "cannot reuse already awaited coroutine");
        return o;
    }
    bool found;
    Value it = vm_call_method_opt(o, names.__await__, NULL, 0, &found);
    if (!found) vm_raisef(TypeError_type, "object %s can't be used in 'await' expression", vm_type_name(o));
    if (is_type(it, &coro_type) || !type_of(it)->next)
        vm_raisef(TypeError_type, "__await__() returned non-iterator of type '%s'", vm_type_name(it));
    return it;
}

/* ---- async generators ---------------------------------------------------------
 * An async generator's frame yields two kinds of values: those of its own
 * `yield` (YIELD_VALUE arg 1: for the consumer of __anext__/asend) and the
 * suspensions of the awaits inside it (for the event loop).  The awaitable
 * that __anext__, asend, athrow and aclose return drives the frame and
 * tells the two apart: a consumer value ends the await with StopIteration
 * carrying it; an await's suspension passes through. */

typedef struct {
    Obj hdr;
    Gen *gen;
    Value value;   /* asend: the value to send first; athrow: the exception */
    uint8_t kind;  /* 0 asend/__anext__, 1 athrow, 2 aclose */
    uint8_t state; /* 0 not started, 1 running, 2 finished */
} AsyncOp;

static void aop_trace(Obj *o) {
    gc_mark((Value)((AsyncOp *)o)->gen);
    gc_mark(((AsyncOp *)o)->value);
}

static Value aop_step(AsyncOp *o, Value v, Value exc) {
    if (o->state == 2)
        vm_raisef(RuntimeError_type, o->kind == 0 ? "cannot reuse already awaited __anext__()/asend()"
                                                  : "cannot reuse already awaited aclose()/athrow()");
    Gen *g = o->gen;
    if (o->state == 0) {
        o->state = 1;
        if (o->kind == 0) {
            if (!exc) v = o->value;
        } else if (!exc) {
            exc = o->kind == 2 ? exc_new_args(GeneratorExit_type, NULL, 0) : o->value;
            if (g->state == GEN_CREATED || g->state == GEN_DONE) {
                g->state = GEN_DONE;
                o->state = 2;
                if (o->kind == 2) vm_raise(exc_new_args(StopIteration_type, NULL, 0));
                vm_raise(exc);
            }
        }
    }
    Value r = NULL;
    VM_TRY(t) {
        r = gen_resume(g, v ? v : None, exc);
    }
    VM_CATCH(t, e) {
        o->state = 2;
        if (o->kind == 2 && (vm_exc_matches(e, StopAsyncIteration_type) || vm_exc_matches(e, GeneratorExit_type)))
            vm_raise(exc_new_args(StopIteration_type, NULL, 0));
        vm_raise(e);
    }
    VM_END
    if (!r) { /* the generator returned */
        o->state = 2;
        if (o->kind == 2) vm_raise(exc_new_args(StopIteration_type, NULL, 0));
        vm_raise(exc_new_args(StopAsyncIteration_type, NULL, 0));
    }
    if (vm.yield_kind == 1) {
        o->state = 2;
        if (o->kind == 2) vm_raisef(RuntimeError_type, "async generator ignored GeneratorExit");
        vm_raise(exc_new_args(StopIteration_type, &r, 1));
    }
    return r;
}

static Value aop_next(Value o) { return aop_step((AsyncOp *)o, None, NULL); }
static Value aop_send(Value *args, int nargs, Tuple *kw) {
    arg_nokw("send", kw);
    arg_count("send", nargs, 2, 2);
    return aop_step((AsyncOp *)args[0], args[1], NULL);
}
static Value aop_throw(Value *args, int nargs, Tuple *kw) {
    arg_nokw("throw", kw);
    arg_count("throw", nargs, 2, 4);
    Value e = args[1];
    if (IS_TYPE(e)) e = nargs > 2 && args[2] != None ? vm_call1(e, args[2]) : vm_call0(e);
    return aop_step((AsyncOp *)args[0], None, e);
}
static Value aop_close(Value *args, int nargs, Tuple *kw) {
    (void)nargs;
    (void)kw;
    ((AsyncOp *)args[0])->state = 2;
    return None;
}
static Value aop_await(Value *args, int nargs, Tuple *kw) {
    (void)nargs;
    (void)kw;
    return args[0];
}
DEF_METHOD(async_gen_op_type, send, aop_send, NATIVE_METHOD);
DEF_METHOD(async_gen_op_type, throw, aop_throw, NATIVE_METHOD);
DEF_METHOD(async_gen_op_type, close, aop_close, NATIVE_METHOD);
DEF_METHOD(async_gen_op_type, __await__, aop_await, NATIVE_METHOD);
Type async_gen_op_type = {.cname = "async_generator_asend", .basicsize = sizeof(AsyncOp), .trace = aop_trace,
                          .iter = gen_iter, .next = aop_next};

static Value aop_new(Value gen, Value value, int kind) {
    AsyncOp *o = gc_alloc(&async_gen_op_type, sizeof(AsyncOp));
    o->gen = (Gen *)gen;
    o->value = value;
    o->kind = (uint8_t)kind;
    return (Value)o;
}

static Value ag_aiter(Value *args, int nargs, Tuple *kw) {
    (void)nargs;
    (void)kw;
    return args[0];
}
static Value ag_anext(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__anext__", kw);
    arg_count("__anext__", nargs, 1, 1);
    return aop_new(args[0], None, 0);
}
static Value ag_asend(Value *args, int nargs, Tuple *kw) {
    arg_nokw("asend", kw);
    arg_count("asend", nargs, 2, 2);
    return aop_new(args[0], args[1], 0);
}
static Value ag_athrow(Value *args, int nargs, Tuple *kw) {
    arg_nokw("athrow", kw);
    arg_count("athrow", nargs, 2, 4);
    Value e = args[1];
    if (IS_TYPE(e)) e = nargs > 2 && args[2] != None ? vm_call1(e, args[2]) : vm_call0(e);
    if (!IS_EXC(e)) vm_raisef(TypeError_type, "exceptions must be classes or instances deriving from BaseException, not %s", vm_type_name(e));
    return aop_new(args[0], e, 1);
}
static Value ag_aclose(Value *args, int nargs, Tuple *kw) {
    arg_nokw("aclose", kw);
    arg_count("aclose", nargs, 1, 1);
    return aop_new(args[0], None, 2);
}
DEF_METHOD(async_gen_type, __aiter__, ag_aiter, NATIVE_METHOD);
DEF_METHOD(async_gen_type, __anext__, ag_anext, NATIVE_METHOD);
DEF_METHOD(async_gen_type, asend, ag_asend, NATIVE_METHOD);
DEF_METHOD(async_gen_type, athrow, ag_athrow, NATIVE_METHOD);
DEF_METHOD(async_gen_type, aclose, ag_aclose, NATIVE_METHOD);
static Value ag_get_running(Value o) { return BOOL(((Gen *)o)->state == GEN_RUNNING); }
static const MemberDef ag_members[] = {{"__name__", gen_get_name}, {"__qualname__", gen_get_qualname},
                                       {"ag_running", ag_get_running}, {0}};
Type async_gen_type = {.cname = "async_generator", .basicsize = sizeof(Gen), .trace = gen_trace, .repr = gen_repr,
                       .members = ag_members};
