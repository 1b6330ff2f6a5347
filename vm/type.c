/* SPDX-License-Identifier: MIT */
/* Types and attribute lookup: `type` and `object`, built-in type set-up
 * (type_ready), classes (C3 MRO, layout from the most derived built-in
 * base, dunder-method slots), the method cache, generic instance
 * getattr/setattr with descriptors, __build_class__, super, property,
 * staticmethod and classmethod.
 *
 * Caching: type_lookup results are cached in a global table keyed by (type,
 * name) and validated by type_epoch, which changes whenever any type's
 * namespace changes or a type is created.  Slots of a class are fixed when
 * the class is created; assigning a dunder method to a class afterwards
 * updates them too (type_setattr re-runs the slot set-up). */
#include "vm.h"
#include "port.h"

uint32_t type_epoch = 1;

#define MCACHE_SIZE 4096
static struct {
    Type *t;
    Str *name;
    uint32_t epoch;
    Value v;
} mcache[MCACHE_SIZE];

const char *type_name(Type *t) { return t->name ? t->name->data : t->cname; }
const char *vm_type_name(Value v) { return type_name(type_of(v)); }

bool vm_isinstance_type(Type *t, Type *base) {
    if (t == base) return true;
    if (t->mro) {
        Tuple *m = t->mro;
        for (size_t i = 0; i < m->len; i++)
            if ((Type *)m->items[i] == base) return true;
        return false;
    }
    for (t = t->base; t; t = t->base)
        if (t == base) return true;
    return false;
}

Value type_lookup(Type *t, Str *name) {
    size_t h = (((uintptr_t)t >> 4) * 31 ^ ((uintptr_t)name >> 4)) & (MCACHE_SIZE - 1);
    if (mcache[h].t == t && mcache[h].name == name && mcache[h].epoch == type_epoch) return mcache[h].v;
    Value v = NULL;
    Tuple *m = t->mro;
    for (size_t i = 0; i < m->len; i++) {
        Type *b = (Type *)m->items[i];
        if (b->hdr.dict && (v = dict_get_str(b->hdr.dict, name))) break;
    }
    if (name->interned) {
        mcache[h].t = t;
        mcache[h].name = name;
        mcache[h].epoch = type_epoch;
        mcache[h].v = v;
    }
    return v;
}

/* ---- natives and members as attributes --------------------------------------- */

typedef struct {
    Obj hdr;
    const MemberDef *def;
    Type *owner;
} Member;

static Value member_get(Value d, Value obj, Type *t) {
    (void)t;
    if (!obj) return d;
    return ((Member *)d)->def->get(obj);
}
static void member_set(Value d, Value obj, Value v) {
    (void)v;
    vm_raisef(AttributeError_type, "attribute '%s' of '%s' objects is not writable", ((Member *)d)->def->name,
              vm_type_name(obj));
}
static void member_trace(Obj *o) { gc_mark((Value)((Member *)o)->owner); }
Type member_type = {.cname = "getset_descriptor", .descr_get = member_get, .descr_set = member_set,
                    .trace = member_trace, .basicsize = sizeof(Member)};

void type_add_members(Type *t) {
    for (const MemberDef *m = t->members; m && m->name; m++) {
        Member *d = gc_alloc(&member_type, sizeof(Member));
        d->def = m;
        d->owner = t;
        dict_set_str(t->hdr.dict, str_intern_cstr(m->name), (Value)d);
    }
}

void type_add_method(Type *t, const char *name, NativeFn fn, int kind) {
    Native *n = (Native *)native_new(name, fn, NULL);
    n->kind = (uint8_t)kind;
    n->owner = t;
    Value v = (Value)n;
    if (kind == NATIVE_STATIC) {
        StaticMethod *s = gc_alloc(&staticmethod_type, sizeof(StaticMethod));
        s->func = v;
        v = (Value)s;
    }
    dict_set_str(t->hdr.dict, str_intern_cstr(name), v);
    type_epoch++;
}

/* ---- slot wrappers: built-in slots visible as dunder methods ------------------ */

/* The built-in type whose slots implement the wrapper: a class's own slots
 * dispatch back to the dunder methods, so wrappers skip classes. */
static Type *solid(Value v) {
    Type *t = type_of(v);
    while (t->flags & TF_HEAP) t = t->base;
    return t;
}

static Type *self_type(Value *args, int nargs, const char *name) {
    if (nargs < 1) vm_raisef(TypeError_type, "descriptor '%s' needs an argument", name);
    return solid(args[0]);
}

#define WRAP1(fname, slot, ret)                                                                                        \
    static Value fname(Value *args, int nargs, Tuple *kw) {                                                            \
        arg_nokw(#slot, kw);                                                                                           \
        arg_count(#slot, nargs, 1, 1);                                                                                 \
        Type *t = self_type(args, nargs, #slot);                                                                       \
        (void)t;                                                                                                       \
        return ret;                                                                                                    \
    }
WRAP1(w_repr, __repr__, t->repr(args[0]))
WRAP1(w_str, __str__, t->str(args[0]))
WRAP1(w_hash, __hash__, int_from_i64(t->hash ? t->hash(args[0]) : vm_hash(args[0])))
WRAP1(w_len, __len__, int_from_i64(t->len(args[0])))
WRAP1(w_iter, __iter__, t->iter(args[0]))
WRAP1(w_bool, __bool__, BOOL(t->truth(args[0])))
WRAP1(w_neg, __neg__, t->neg(args[0]))
WRAP1(w_pos, __pos__, t->pos(args[0]))
WRAP1(w_invert, __invert__, t->invert(args[0]))
WRAP1(w_abs, __abs__, t->abs_(args[0]))

static Value w_next(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__next__", kw);
    arg_count("__next__", nargs, 1, 1);
    Value v = solid(args[0])->next(args[0]);
    if (!v) vm_raise(exc_new_args(StopIteration_type, NULL, 0));
    return v;
}
static Value w_getitem(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__getitem__", kw);
    arg_count("__getitem__", nargs, 2, 2);
    return solid(args[0])->getitem(args[0], args[1]);
}
static Value w_setitem(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__setitem__", kw);
    arg_count("__setitem__", nargs, 3, 3);
    solid(args[0])->setitem(args[0], args[1], args[2]);
    return None;
}
static Value w_delitem(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__delitem__", kw);
    arg_count("__delitem__", nargs, 2, 2);
    solid(args[0])->setitem(args[0], args[1], NULL);
    return None;
}
static Value w_contains(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__contains__", kw);
    arg_count("__contains__", nargs, 2, 2);
    return BOOL(solid(args[0])->contains(args[0], args[1]));
}
static Value w_call(Value *args, int nargs, Tuple *kw) {
    if (nargs < 1) vm_raisef(TypeError_type, "descriptor '__call__' needs an argument");
    return solid(args[0])->call(args[0], args + 1, nargs - 1, kw);
}
static Value w_get(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__get__", kw);
    arg_count("__get__", nargs, 2, 3);
    Value obj = args[1] == None ? NULL : args[1];
    Type *t = nargs > 2 && args[2] != None ? (Type *)args[2] : (obj ? type_of(obj) : NULL);
    return solid(args[0])->descr_get(args[0], obj, t);
}
static Value w_set(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__set__", kw);
    arg_count("__set__", nargs, 3, 3);
    solid(args[0])->descr_set(args[0], args[1], args[2]);
    return None;
}

static Value w_richcmp(Value *args, int nargs, int op) {
    if (nargs != 2) vm_raisef(TypeError_type, "expected 1 argument, got %d", nargs - 1);
    return solid(args[0])->richcmp(args[0], args[1], op);
}
#define CMPWRAP(n, op)                                                                                                 \
    static Value w_##n(Value *a, int na, Tuple *kw) {                                                                  \
        arg_nokw("__" #n "__", kw);                                                                                    \
        return w_richcmp(a, na, op);                                                                                   \
    }
CMPWRAP(lt, CMP_LT)
CMPWRAP(le, CMP_LE)
CMPWRAP(eq, CMP_EQ)
CMPWRAP(ne, CMP_NE)
CMPWRAP(gt, CMP_GT)
CMPWRAP(ge, CMP_GE)

static Value binop_wrap(Value *args, int nargs, int op, bool reflected) {
    if (nargs != 2) vm_raisef(TypeError_type, "expected 1 argument, got %d", nargs - 1);
    Type *t = solid(args[0]);
    return reflected ? t->binop(args[1], args[0], op) : t->binop(args[0], args[1], op);
}
#define BINOP(n, sym, m, r, i)                                                                                         \
    static Value w_##n(Value *a, int na, Tuple *kw) {                                                                  \
        arg_nokw(m, kw);                                                                                               \
        return binop_wrap(a, na, BINOP_##n, false);                                                                    \
    }                                                                                                                  \
    static Value w_r##n(Value *a, int na, Tuple *kw) {                                                                 \
        arg_nokw(r, kw);                                                                                               \
        return binop_wrap(a, na, BINOP_##n, true);                                                                     \
    }                                                                                                                  \
    static Value w_i##n(Value *a, int na, Tuple *kw) {                                                                 \
        arg_nokw(i, kw);                                                                                               \
        return binop_wrap(a, na, BINOP_##n + BINOP_INPLACE, false);                                                    \
    }
#include "opcodes.def"
#undef BINOP

static void add_wrapper(Type *t, const char *name, NativeFn fn) {
    Str *s = str_intern_cstr(name);
    if (!dict_get_str(t->hdr.dict, s)) type_add_method(t, name, fn, NATIVE_METHOD);
}

static void add_slot_wrappers(Type *t, Type *base) {
#define W(slot, name, fn)                                                                                              \
    if (t->slot && (!base || t->slot != base->slot)) add_wrapper(t, name, fn);
    W(repr, "__repr__", w_repr)
    W(str, "__str__", w_str)
    W(hash, "__hash__", w_hash)
    W(len, "__len__", w_len)
    W(iter, "__iter__", w_iter)
    W(next, "__next__", w_next)
    W(truth, "__bool__", w_bool)
    W(neg, "__neg__", w_neg)
    W(pos, "__pos__", w_pos)
    W(invert, "__invert__", w_invert)
    W(abs_, "__abs__", w_abs)
    W(getitem, "__getitem__", w_getitem)
    W(contains, "__contains__", w_contains)
    W(call, "__call__", w_call)
    W(descr_get, "__get__", w_get)
    W(descr_set, "__set__", w_set)
    if (t->setitem && (!base || t->setitem != base->setitem)) {
        add_wrapper(t, "__setitem__", w_setitem);
        add_wrapper(t, "__delitem__", w_delitem);
    }
    if (t->richcmp && (!base || t->richcmp != base->richcmp)) {
        add_wrapper(t, "__lt__", w_lt);
        add_wrapper(t, "__le__", w_le);
        add_wrapper(t, "__eq__", w_eq);
        add_wrapper(t, "__ne__", w_ne);
        add_wrapper(t, "__gt__", w_gt);
        add_wrapper(t, "__ge__", w_ge);
    }
    if (t->binop && (!base || t->binop != base->binop)) {
#define BINOP(n, sym, m, r, i)                                                                                         \
    add_wrapper(t, m, w_##n);                                                                                          \
    add_wrapper(t, r, w_r##n);                                                                                         \
    add_wrapper(t, i, w_i##n);
#include "opcodes.def"
#undef BINOP
    }
#undef W
}

static Value tp_new_wrapper(Value *args, int nargs, Tuple *kw);

/* The MethodDef array (vm/obj.h) chained by owner, built on the first
 * type_ready: walking one type's chain beats scanning the whole array for
 * each of the ~60 built-in types (about a tenth of the VM's start-up).
 * method_next[i] is 1 + the index of the owner's next entry, 0 at the end;
 * the chain keeps the array's order. */
#define METHODS_MAX 2048
static uint16_t method_next[METHODS_MAX];

static void index_methods(void) {
    static bool done;
    if (done) return;
    done = true;
    size_t n = (size_t)(__stop_xlmethods - __start_xlmethods);
    if (n > METHODS_MAX) port_panic("more built-in methods than METHODS_MAX (vm/type.c)");
    for (size_t i = n; i-- > 0;) {
        const MethodDef *m = &__start_xlmethods[i];
        if (!m->owner || !m->fn) continue;
        method_next[i] = (uint16_t)m->owner->methods_head;
        m->owner->methods_head = (uint32_t)(i + 1);
    }
}

/* Set up a statically defined built-in type. */
void type_ready(Type *t) {
    if (t->mro) return;
    /* a root before anything is allocated for it: its fields are only
     * reachable through it */
    gc_add_static(&t->hdr);
    if (!t->hdr.type) t->hdr.type = &type_type;
    if (!t->base && t != &object_type) t->base = &object_type;
    if (t->base) type_ready(t->base);
    t->name = str_intern_cstr(t->cname);
    t->qualname = t->name;
    Type *b = t->base;
    if (b) {
        t->bases = tuple_from((Value *)&b, 1);
        Tuple *m = tuple_new(b->mro->len + 1);
        m->items[0] = (Value)t;
        memcpy(m->items + 1, b->mro->items, b->mro->len * sizeof(Value));
        t->mro = m;
    } else {
        t->bases = tuple_empty;
        t->mro = tuple_from((Value *)&t, 1);
    }
    if (!t->hdr.dict) t->hdr.dict = dict_new();
    index_methods();
    for (uint32_t i = t->methods_head; i; i = method_next[i - 1]) {
        const MethodDef *m = &__start_xlmethods[i - 1];
        type_add_method(t, m->name, m->fn, m->kind);
    }
    type_add_members(t);
    if (b) {
#define INHERIT(s)                                                                                                     \
    if (!t->s) t->s = b->s;
        INHERIT(trace) INHERIT(repr) INHERIT(str) INHERIT(richcmp) INHERIT(binop) INHERIT(neg) INHERIT(pos)
        INHERIT(invert) INHERIT(abs_) INHERIT(truth) INHERIT(len) INHERIT(iter) INHERIT(next) INHERIT(getitem)
        INHERIT(setitem) INHERIT(contains) INHERIT(getattr) INHERIT(setattr) INHERIT(call) INHERIT(descr_get)
        INHERIT(descr_set) INHERIT(new_)
#undef INHERIT
        if (!t->hash && !(t->richcmp && t->richcmp != b->richcmp)) t->hash = b->hash;
        if (!t->basicsize) t->basicsize = b->basicsize;
        t->flags |= b->flags & (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB | TF_EXC_SUB |
                                TF_TYPE_SUB);
    }
    if (!t->getattr) t->getattr = object_generic_getattr;
    if (!t->setattr) t->setattr = object_generic_setattr;
    add_slot_wrappers(t, b);
    if (t->new_ && (!b || t->new_ != b->new_)) {
        Native *n = (Native *)native_new("__new__", tp_new_wrapper, (Value)t);
        n->owner = t;
        StaticMethod *s = gc_alloc(&staticmethod_type, sizeof(StaticMethod));
        s->func = (Value)n;
        dict_set_str(t->hdr.dict, names.__new__, (Value)s);
    }
    if (!t->hash && t != &object_type) dict_set_str(t->hdr.dict, names.__hash__, None);
    Value doc = dict_get_str(t->hdr.dict, names.__doc__);
    if (!doc) dict_set_str(t->hdr.dict, names.__doc__, None);
    type_epoch++;
}

Type *type_new_builtin_exc(const char *name, Type *base) {
    Type *t = gc_alloc(&type_type, sizeof(Type));
    t->cname = name;
    t->base = base;
    t->flags = TF_BASETYPE;
    type_ready(t);
    return t;
}

/* __new__ of a built-in type, callable as T.__new__(cls, ...). */
/* args[0] is the type that owns this __new__ (the native's bound self),
 * args[1] the class to instantiate. */
static Value tp_new_wrapper(Value *args, int nargs, Tuple *kw) {
    Type *owner = (Type *)args[0];
    if (nargs < 2) vm_raisef(TypeError_type, "%s.__new__(): not enough arguments", type_name(owner));
    if (!IS_TYPE(args[1]))
        vm_raisef(TypeError_type, "%s.__new__(X): X is not a type object (%s)", type_name(owner),
                  vm_type_name(args[1]));
    Type *t = (Type *)args[1];
    if (!vm_isinstance_type(t, owner))
        vm_raisef(TypeError_type, "%s.__new__(%s): %s is not a subtype of %s", type_name(owner), type_name(t),
                  type_name(t), type_name(owner));
    Type *solid = t;
    while (solid->flags & TF_HEAP) solid = solid->base;
    if (solid != owner && solid->new_ != owner->new_ && owner == &object_type)
        vm_raisef(TypeError_type, "object.__new__(%s) is not safe, use %s.__new__()", type_name(t), type_name(solid));
    return solid->new_(t, args + 2, nargs - 2, kw);
}

/* ---- generic attribute access ------------------------------------------------ */

static Dict *instance_dict(Value o, bool create) {
    if (IS_SMALL(o)) return NULL;
    if (!o->dict && create) o->dict = dict_new();
    return o->dict;
}

static bool has_instance_dict(Value o) {
    if (IS_SMALL(o)) return false;
    Type *t = o->type;
    if (t->flags & TF_NO_DICT) return false;
    return (t->flags & TF_HEAP) || t == &func_type || t == &module_type || o->dict;
}

/* A __slots__ entry: a data descriptor keeping its value in the (hidden)
 * instance dict, so objects with __slots__ need no other layout. */
typedef struct {
    Obj hdr;
    Str *name;
    Type *owner;
} SlotDescr;
static void slotd_trace(Obj *o) {
    gc_mark((Value)((SlotDescr *)o)->name);
    gc_mark((Value)((SlotDescr *)o)->owner);
}
static Value slotd_get(Value d, Value obj, Type *t) {
    (void)t;
    if (!obj) return d;
    SlotDescr *s = (SlotDescr *)d;
    Value v = obj->dict ? dict_get_str(obj->dict, s->name) : NULL;
    if (!v) vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", vm_type_name(obj), s->name);
    return v;
}
static void slotd_set(Value d, Value obj, Value v) {
    SlotDescr *s = (SlotDescr *)d;
    if (!obj->dict) obj->dict = dict_new();
    if (v) dict_set_str(obj->dict, s->name, v);
    else if (!dict_del(obj->dict, (Value)s->name))
        vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", vm_type_name(obj), s->name);
}
static Value slotd_repr(Value d) {
    SlotDescr *s = (SlotDescr *)d;
    return (Value)str_printf("<member '%N' of '%N' objects>", s->name, s->owner->name);
}
Type slot_descr_type = {.cname = "member_descriptor", .basicsize = sizeof(SlotDescr), .trace = slotd_trace,
                        .descr_get = slotd_get, .descr_set = slotd_set, .repr = slotd_repr};

Value object_generic_getattr(Value o, Str *name) {
    Type *t = type_of(o);
    Value a = type_lookup(t, name);
    Type *at = a ? type_of(a) : NULL;
    if (a && at->descr_set && at->descr_get) return at->descr_get(a, o, t);
    if (!IS_SMALL(o) && o->dict) {
        Value v = dict_get_str(o->dict, name);
        if (v) return v;
    }
    if (a) return at->descr_get ? at->descr_get(a, o, t) : a;
    if (name == names.__class__) return (Value)t;
    if (name == names.__dict__ && has_instance_dict(o)) return (Value)instance_dict(o, true);
    return NULL;
}

void object_generic_setattr(Value o, Str *name, Value v) {
    Type *t = type_of(o);
    Value a = type_lookup(t, name);
    if (a && type_of(a)->descr_set) {
        type_of(a)->descr_set(a, o, v);
        return;
    }
    if (!has_instance_dict(o)) {
        if (a)
            vm_raisef(AttributeError_type, "'%s' object attribute '%N' is read-only", type_name(t), name);
        vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", type_name(t), name);
    }
    if (name == names.__class__ && v) {
        if (!IS_TYPE(v)) vm_raisef(TypeError_type, "__class__ must be set to a class, not '%s' object", vm_type_name(v));
        o->type = (Type *)v;
        return;
    }
    if (name == names.__dict__ && v) {
        if (!IS_DICT(v)) vm_raisef(TypeError_type, "__dict__ must be set to a dictionary, not a '%s'", vm_type_name(v));
        o->dict = (Dict *)v;
        return;
    }
    Dict *d = instance_dict(o, true);
    if (v) {
        dict_set(d, (Value)name, v);
    } else if (!dict_del(d, (Value)name)) {
        vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", type_name(t), name);
    }
}

/* Attribute lookup on a type object: the metatype's data descriptors, then
 * the type's own MRO (descriptors bound with obj = NULL), then the
 * metatype's other attributes. */
static Value type_getattr(Value o, Str *name) {
    Type *self = (Type *)o;
    Type *meta = type_of(o);
    Value ma = type_lookup(meta, name);
    Type *mat = ma ? type_of(ma) : NULL;
    if (ma && mat->descr_set && mat->descr_get) return mat->descr_get(ma, o, meta);
    Value a = type_lookup(self, name);
    if (a) {
        Type *at = type_of(a);
        if (at->descr_get) return at->descr_get(a, NULL, self);
        return a;
    }
    if (ma) return mat->descr_get ? mat->descr_get(ma, o, meta) : ma;
    if (name == names.__class__) return (Value)meta;
    return NULL;
}

static void type_update_slots(Type *t);

static void type_setattr(Value o, Str *name, Value v) {
    Type *t = (Type *)o;
    if ((t->flags & TF_HEAP) && v && (name == names.__name__ || name == names.__qualname__)) {
        if (!IS_STR(v))
            vm_raisef(TypeError_type, "can only assign string to %s.%N, not '%s'", type_name(t), name, vm_type_name(v));
        if (name == names.__name__) t->name = str_intern((Str *)v);
        else t->qualname = (Str *)v;
        return;
    }
    if ((t->flags & TF_HEAP) && (name == names.__doc__ || name == names.__module__)) {
        if (v) dict_set(t->hdr.dict, (Value)name, v);
        else dict_del(t->hdr.dict, (Value)name);
        type_epoch++;
        return;
    }
    Value ma = type_lookup(type_of(o), name);
    if (ma && type_of(ma)->descr_set) {
        type_of(ma)->descr_set(ma, o, v);
        return;
    }
    if (!(t->flags & TF_HEAP))
        vm_raisef(TypeError_type, "cannot set '%N' attribute of immutable type '%s'", name, type_name(t));
    if (v) {
        dict_set(t->hdr.dict, (Value)name, v);
    } else if (!dict_del(t->hdr.dict, (Value)name)) {
        vm_raisef(AttributeError_type, "type object '%s' has no attribute '%N'", type_name(t), name);
    }
    type_epoch++;
    if (name->nbytes > 4 && name->data[0] == '_' && name->data[1] == '_') type_update_slots(t);
}

Value vm_load_method(Value o, Str *name, Value *self_out) {
    Type *t = type_of(o);
    if (t->getattr == object_generic_getattr) {
        Value a = type_lookup(t, name);
        if (a && !IS_SMALL(a) &&
            (a->type == &func_type || (a->type == &native_type && ((Native *)a)->kind == NATIVE_METHOD))) {
            if (IS_SMALL(o) || !o->dict || !dict_get_str(o->dict, name)) {
                *self_out = o;
                return a;
            }
        }
    }
    *self_out = NULL;
    return vm_getattr_opt(o, name);
}

/* ---- slots of classes: call the dunder methods --------------------------------- */

static Value call_dunder(Value o, Str *name, Value *args, int nargs) {
    Value m = type_lookup(type_of(o), name);
    if (!m) return NULL;
    Value buf[4];
    buf[0] = o;
    for (int i = 0; i < nargs && i < 3; i++) buf[i + 1] = args[i];
    Type *mt = type_of(m);
    if (mt == &func_type || (mt == &native_type && ((Native *)m)->kind == NATIVE_METHOD))
        return vm_call(m, buf, nargs + 1, NULL);
    if (mt->descr_get) m = mt->descr_get(m, o, type_of(o));
    return vm_call(m, args, nargs, NULL);
}

static Value must_dunder(Value o, Str *name, Value *args, int nargs, const char *err) {
    Value r = call_dunder(o, name, args, nargs);
    if (!r) vm_raisef(TypeError_type, err, vm_type_name(o));
    return r;
}

static Value slot_repr(Value o) {
    Value r = must_dunder(o, names.__repr__, NULL, 0, "'%s' has no __repr__");
    if (!IS_STR(r)) vm_raisef(TypeError_type, "__repr__ returned non-string (type %s)", vm_type_name(r));
    return r;
}
static Value slot_str(Value o) {
    Value r = must_dunder(o, names.__str__, NULL, 0, "'%s' has no __str__");
    if (!IS_STR(r)) vm_raisef(TypeError_type, "__str__ returned non-string (type %s)", vm_type_name(r));
    return r;
}
static int64_t slot_hash(Value o) {
    Value m = type_lookup(type_of(o), names.__hash__);
    if (!m || m == None) vm_raisef(TypeError_type, "unhashable type: '%s'", vm_type_name(o));
    Value r = call_dunder(o, names.__hash__, NULL, 0);
    if (!IS_INTLIKE(r)) vm_raisef(TypeError_type, "__hash__ method should return an integer");
    if (IS_SMALL(r)) {
        int64_t h = SMALL_VAL(r);
        return h == -1 ? -2 : h;
    }
    return int_hash(r);
}
static const char *cmp_dunder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static Value slot_richcmp(Value a, Value b, int op) {
    Str *n = str_intern_cstr(cmp_dunder[op]);
    Value r = call_dunder(a, n, &b, 1);
    return r ? r : NotImpl;
}
static Value slot_unary(Value o, Str *name, const char *sym) {
    Value r = call_dunder(o, name, NULL, 0);
    if (!r) vm_raisef(TypeError_type, "bad operand type for %s: '%s'", sym, vm_type_name(o));
    return r;
}
static Value slot_neg(Value o) { return slot_unary(o, names.__neg__, "unary -"); }
static Value slot_pos(Value o) { return slot_unary(o, names.__pos__, "unary +"); }
static Value slot_invert(Value o) { return slot_unary(o, names.__invert__, "unary ~"); }
static Value slot_abs(Value o) { return slot_unary(o, names.__abs__, "abs()"); }
static bool slot_truth(Value o) {
    Value r = call_dunder(o, names.__bool__, NULL, 0);
    if (r) {
        if (r != True_ && r != False_)
            vm_raisef(TypeError_type, "__bool__ should return bool, returned %s", vm_type_name(r));
        return r == True_;
    }
    r = call_dunder(o, names.__len__, NULL, 0);
    if (r) return vm_index(r) != 0;
    return true;
}
static int64_t slot_len(Value o) {
    Value r = must_dunder(o, names.__len__, NULL, 0, "object of type '%s' has no len()");
    if (!IS_INTLIKE(r)) vm_raisef(TypeError_type, "'%s' object cannot be interpreted as an integer", vm_type_name(r));
    int64_t n = vm_index(r);
    if (n < 0) vm_raisef(ValueError_type, "__len__() should return >= 0");
    return n;
}
Value seq_iter_new(Value seq);
static Value slot_iter(Value o) {
    Value m = type_lookup(type_of(o), names.__iter__);
    if (m == None) vm_raisef(TypeError_type, "'%s' object is not iterable", vm_type_name(o));
    Value r = call_dunder(o, names.__iter__, NULL, 0);
    if (r) {
        if (!type_of(r)->next)
            vm_raisef(TypeError_type, "iter() returned non-iterator of type '%s'", vm_type_name(r));
        return r;
    }
    if (type_lookup(type_of(o), names.__getitem__)) return seq_iter_new(o);
    vm_raisef(TypeError_type, "'%s' object is not iterable", vm_type_name(o));
}
static Value slot_next(Value o) {
    Value r = NULL;
    VM_TRY(t) {
        r = must_dunder(o, names.__next__, NULL, 0, "'%s' object is not an iterator");
    }
    VM_CATCH(t, e) {
        if (vm_exc_matches(e, StopIteration_type)) return NULL;
        vm_raise(e);
    }
    VM_END
    return r;
}
static Value slot_getitem(Value o, Value k) {
    Value r = call_dunder(o, names.__getitem__, &k, 1);
    if (!r) {
        if (IS_TYPE(o)) {
            Value cg = vm_getattr_opt(o, names.__class_getitem__);
            if (cg) return vm_call1(cg, k);
        }
        vm_raisef(TypeError_type, "'%s' object is not subscriptable", vm_type_name(o));
    }
    return r;
}
static void slot_setitem(Value o, Value k, Value v) {
    if (v) {
        Value a[2] = {k, v};
        must_dunder(o, names.__setitem__, a, 2, "'%s' object does not support item assignment");
    } else {
        must_dunder(o, names.__delitem__, &k, 1, "'%s' object does not support item deletion");
    }
}
static bool slot_contains(Value o, Value v) {
    Value r = call_dunder(o, names.__contains__, &v, 1);
    if (r) return vm_truthy(r);
    Type *t = type_of(o);
    if (!t->iter && !t->getitem) vm_raisef(TypeError_type, "argument of type '%s' is not iterable", type_name(t));
    Value it = vm_iter(o);
    for (Value x; (x = vm_next(it));)
        if (vm_eq(x, v)) return true;
    return false;
}
static Value slot_call(Value f, Value *args, int nargs, Tuple *kw) {
    Value m = type_lookup(type_of(f), names.__call__);
    if (!m) vm_raisef(TypeError_type, "'%s' object is not callable", vm_type_name(f));
    Type *mt = type_of(m);
    if (mt == &func_type || mt == &native_type) {
        Value buf[16];
        int total = nargs + (kw ? 0 : 0);
        Value *a = total < 15 ? buf : gc_alloc_raw((size_t)(total + 1) * sizeof(Value));
        a[0] = f;
        if (total) memcpy(a + 1, args, (size_t)total * sizeof(Value));
        return vm_call(m, a, total + 1, kw);
    }
    if (mt->descr_get) m = mt->descr_get(m, f, type_of(f));
    return vm_call(m, args, nargs, kw);
}
static Value slot_descr_get(Value d, Value obj, Type *t) {
    Value a[2] = {obj ? obj : None, t ? (Value)t : None};
    return call_dunder(d, names.__get__, a, 2);
}
static void slot_descr_set(Value d, Value obj, Value v) {
    if (v) {
        Value a[2] = {obj, v};
        must_dunder(d, names.__set__, a, 2, "'%s' object has no __set__");
    } else {
        must_dunder(d, names.__delete__, &obj, 1, "'%s' object has no __delete__");
    }
}
static Value slot_getattr(Value o, Str *name) {
    Type *t = type_of(o);
    Value r = NULL;
    if (t->flags & TF_CUSTOM_GETATTRIBUTE) {
        Value n = (Value)name;
        VM_TRY(tr) {
            r = call_dunder(o, names.__getattribute__, &n, 1);
        }
        VM_CATCH(tr, e) {
            if (!(t->flags & TF_HAS_GETATTR) || !vm_exc_matches(e, AttributeError_type)) vm_raise(e);
            r = NULL;
        }
        VM_END
    } else {
        r = object_generic_getattr(o, name);
    }
    if (!r && (t->flags & TF_HAS_GETATTR)) {
        Value n = (Value)name;
        r = call_dunder(o, names.__getattr__, &n, 1);
    }
    return r;
}
static void slot_setattr(Value o, Str *name, Value v) {
    Value n = (Value)name;
    if (v) {
        Value a[2] = {n, v};
        Value m = type_lookup(type_of(o), names.__setattr__);
        if (m && !(type_of(m) == &native_type)) {
            call_dunder(o, names.__setattr__, a, 2);
            return;
        }
    } else {
        Value m = type_lookup(type_of(o), names.__delattr__);
        if (m && !(type_of(m) == &native_type)) {
            call_dunder(o, names.__delattr__, &n, 1);
            return;
        }
    }
    Type *t = type_of(o);
    Type *solid = t;
    while (solid->flags & TF_HEAP) solid = solid->base;
    if (solid->setattr != object_generic_setattr && solid->setattr) solid->setattr(o, name, v);
    else object_generic_setattr(o, name, v);
}

static bool defines(Type *t, Str *name) {
    Value v = type_lookup(t, name);
    return v && !(type_of(v) == &native_type && ((Native *)v)->owner == &object_type);
}

/* Choose the slots of a class from the dunder methods its MRO defines. */
static void type_update_slots(Type *t) {
    Type *solid = t->base;
    while (solid->flags & TF_HEAP) solid = solid->base;
    t->trace = solid->trace;
    t->repr = slot_repr;
    t->str = slot_str;
    t->hash = slot_hash;
    t->richcmp = slot_richcmp;
    t->binop = NULL; /* vm_binop uses dunder lookup for classes */
    t->neg = slot_neg;
    t->pos = slot_pos;
    t->invert = slot_invert;
    t->abs_ = slot_abs;
    t->truth = (defines(t, names.__bool__) || defines(t, names.__len__)) ? slot_truth : NULL;
    t->len = defines(t, names.__len__) ? slot_len : NULL;
    t->iter = (defines(t, names.__iter__) || defines(t, names.__getitem__)) ? slot_iter : NULL;
    t->next = defines(t, names.__next__) ? slot_next : NULL;
    t->getitem = defines(t, names.__getitem__) ? slot_getitem : NULL;
    t->setitem = (defines(t, names.__setitem__) || defines(t, names.__delitem__)) ? slot_setitem : NULL;
    t->contains = slot_contains;
    t->call = defines(t, names.__call__) ? slot_call : NULL;
    t->descr_get = defines(t, names.__get__) ? slot_descr_get : NULL;
    t->descr_set = (defines(t, names.__set__) || defines(t, names.__delete__)) ? slot_descr_set : NULL;
    t->flags &= ~(uint32_t)(TF_HAS_GETATTR | TF_CUSTOM_GETATTRIBUTE | TF_HAS_SETATTR);
    if (defines(t, names.__getattr__)) t->flags |= TF_HAS_GETATTR;
    if (defines(t, names.__getattribute__)) t->flags |= TF_CUSTOM_GETATTRIBUTE;
    bool custom_set = defines(t, names.__setattr__) || defines(t, names.__delattr__);
    if (t->flags & (TF_HAS_GETATTR | TF_CUSTOM_GETATTRIBUTE)) t->getattr = slot_getattr;
    else t->getattr = solid->getattr;
    t->setattr = custom_set || solid->setattr != object_generic_setattr ? slot_setattr : object_generic_setattr;
    if (vm_isinstance_type(t, &type_type)) {
        t->getattr = (t->flags & (TF_HAS_GETATTR | TF_CUSTOM_GETATTRIBUTE)) ? slot_getattr : type_getattr;
        t->setattr = custom_set ? slot_setattr : type_setattr;
    }
    type_epoch++;
}

/* ---- classes -------------------------------------------------------------------- */

/* C3 linearisation of bases' MROs. */
static Tuple *c3_mro(Type *t, Tuple *bases) {
    size_t n = bases->len;
    List *seqs[n + 1];
    size_t pos[n + 1];
    for (size_t i = 0; i < n; i++) {
        Type *b = (Type *)bases->items[i];
        seqs[i] = list_from(b->mro->items, b->mro->len);
        pos[i] = 0;
    }
    seqs[n] = list_from(bases->items, n);
    pos[n] = 0;
    List *out = list_new(0);
    list_append(out, (Value)t);
    for (;;) {
        bool empty = true;
        Value cand = NULL;
        for (size_t i = 0; i <= n && !cand; i++) {
            if (pos[i] >= seqs[i]->len) continue;
            empty = false;
            Value c = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j <= n && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (seqs[j]->items[k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) cand = c;
        }
        if (empty) break;
        if (!cand) {
            StrBuf b;
            sb_init(&b, 64);
            for (size_t i = 0; i < n; i++) {
                if (i) sb_adds(&b, ", ");
                sb_addstr(&b, ((Type *)bases->items[i])->name);
            }
            vm_raisef(TypeError_type, "Cannot create a consistent method resolution\norder (MRO) for bases %N",
                      sb_finish(&b));
        }
        list_append(out, cand);
        for (size_t i = 0; i <= n; i++)
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == cand) pos[i]++;
    }
    return tuple_from(out->items, out->len);
}

static Type *solid_base(Type *t) {
    while (t->flags & TF_HEAP) t = t->base;
    return t;
}

/* The base that fixed the instance layout: built-in types that add no
 * fields (ValueError over Exception) share their base's layout. */
static Type *layout_base(Type *t) {
    t = solid_base(t);
    while (t->base && t->basicsize == t->base->basicsize && t->trace == t->base->trace) t = t->base;
    return t;
}

Value type_new(Type *meta, Str *name, Tuple *bases, Dict *ns) {
    if (bases->len == 0) bases = tuple_from((Value[]){(Value)&object_type}, 1);
    Type *best = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!IS_TYPE(b)) vm_raisef(TypeError_type, "bases must be types");
        Type *bt = (Type *)b;
        if (!(bt->flags & TF_BASETYPE))
            vm_raisef(TypeError_type, "type '%s' is not an acceptable base type", type_name(bt));
        Type *s = layout_base(bt);
        if (!best) {
            best = bt;
        } else {
            Type *bs = layout_base(best);
            if (vm_isinstance_type(s, bs)) best = bt;
            else if (!vm_isinstance_type(bs, s))
                vm_raisef(TypeError_type, "multiple bases have instance lay-out conflict");
        }
    }
    Type *t = gc_alloc(meta, sizeof(Type));
    t->name = str_intern(name);
    Value qn = dict_get_str(ns, names.__qualname__);
    t->qualname = qn && IS_STR(qn) ? (Str *)qn : t->name;
    t->base = best;
    t->bases = bases;
    t->flags = TF_HEAP | TF_BASETYPE |
               (solid_base(best)->flags & (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB |
                                          TF_EXC_SUB | TF_TYPE_SUB));
    t->basicsize = best->basicsize;
    t->new_ = solid_base(best)->new_;
    t->mro = c3_mro(t, bases);
    t->hdr.dict = dict_copy(ns);
    if (qn) dict_del(t->hdr.dict, (Value)names.__qualname__);
    if (!dict_get_str(t->hdr.dict, names.__doc__)) dict_set_str(t->hdr.dict, names.__doc__, None);
    /* __eq__ without __hash__ makes instances unhashable */
    if (dict_get_str(t->hdr.dict, names.__eq__) && !dict_get_str(t->hdr.dict, names.__hash__))
        dict_set_str(t->hdr.dict, names.__hash__, None);
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly static / class methods */
    Value nw = dict_get_str(t->hdr.dict, names.__new__);
    if (nw && type_of(nw) == &func_type) {
        StaticMethod *s = gc_alloc(&staticmethod_type, sizeof(StaticMethod));
        s->func = nw;
        dict_set_str(t->hdr.dict, names.__new__, (Value)s);
    }
    Str *implicit_cm[] = {names.__init_subclass__, names.__class_getitem__};
    for (int i = 0; i < 2; i++) {
        Value v = dict_get_str(t->hdr.dict, implicit_cm[i]);
        if (v && type_of(v) == &func_type) {
            StaticMethod *s = gc_alloc(&classmethod_type, sizeof(StaticMethod));
            s->func = v;
            dict_set_str(t->hdr.dict, implicit_cm[i], (Value)s);
        }
    }
    /* __slots__: descriptors for the names; no instance __dict__ unless listed
     * or some base (other than object) has one */
    Value slots = dict_get_str(t->hdr.dict, names.__slots__);
    if (slots) {
        bool want_dict = false;
        Tuple *sl = IS_STR(slots) ? tuple_from(&slots, 1) : tuple_from_iter(slots);
        for (size_t i = 0; i < sl->len; i++) {
            Str *nm = str_intern(arg_str(sl->items[i], "__slots__", "items"));
            if (!strcmp(nm->data, "__dict__")) {
                want_dict = true;
                continue;
            }
            if (dict_get_str(ns, nm))
                vm_raisef(ValueError_type, "'%N' in __slots__ conflicts with class variable", nm);
            SlotDescr *d = gc_alloc(&slot_descr_type, sizeof(SlotDescr));
            d->name = nm;
            d->owner = t;
            dict_set_str(t->hdr.dict, nm, (Value)d);
        }
        bool base_dict = false;
        for (size_t i = 1; i < t->mro->len; i++) {
            Type *b = (Type *)t->mro->items[i];
            if ((b->flags & TF_HEAP) && !(b->flags & TF_NO_DICT)) base_dict = true;
        }
        if (!want_dict && !base_dict) t->flags |= TF_NO_DICT;
    }
    type_epoch++;
    type_update_slots(t);
    for (size_t i = 0; i < bases->len; i++) {
        Type *b = (Type *)bases->items[i];
        if (!b->subclasses) b->subclasses = list_new(0);
        list_append(b->subclasses, (Value)t);
    }
    /* __set_name__ */
    size_t pos = 0;
    Value k, v;
    Dict *d = t->hdr.dict;
    while (dict_next(d, &pos, &k, &v)) {
        if (IS_SMALL(v) || !(v->type->flags & TF_HEAP)) continue;
        Value sn = type_lookup(v->type, names.__set_name__);
        if (sn) {
            Value a[3] = {v, (Value)t, k};
            vm_call(sn, a, 3, NULL);
        }
    }
    return (Value)t;
}

static Value super_new_for_init_subclass(Type *t);

static void init_subclass(Type *t, Value *kwvals, Tuple *kwnames) {
    Value sup = super_new_for_init_subclass(t);
    Value m = vm_getattr(sup, names.__init_subclass__);
    vm_call(m, kwvals, kwnames ? (int)kwnames->len : 0, kwnames);
}

static Value object_init_subclass(Value *args, int nargs, Tuple *kw) {
    (void)args;
    if (kw && kw->len)
        vm_raisef(TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
                  type_name((Type *)args[0]));
    (void)nargs;
    return None;
}

/* type(name, bases, ns) and type.__new__(meta, name, bases, ns) */
static Value type_new_(Type *meta, Value *args, int nargs, Tuple *kw) {
    int npos = nargs - (kw ? (int)kw->len : 0);
    if (meta == &type_type && npos == 1 && !kw) return (Value)type_of(args[0]);
    if (npos != 3) vm_raisef(TypeError_type, "type() takes 1 or 3 arguments");
    if (!IS_STR(args[0])) vm_raisef(TypeError_type, "type.__new__() argument 1 must be str, not %s", vm_type_name(args[0]));
    if (!IS_TUPLE(args[1])) vm_raisef(TypeError_type, "type.__new__() argument 2 must be tuple, not %s", vm_type_name(args[1]));
    if (!IS_DICT(args[2])) vm_raisef(TypeError_type, "type.__new__() argument 3 must be dict, not %s", vm_type_name(args[2]));
    Dict *ns = (Dict *)args[2];
    if (!dict_get_str(ns, names.__module__)) {
        Value mod = vm.frame ? dict_get_str(vm.frame->globals, names.__name__) : NULL;
        ns = dict_copy(ns);
        if (mod) dict_set_str(ns, names.__module__, mod);
    }
    Value t = type_new(meta, (Str *)args[0], (Tuple *)args[1], ns);
    init_subclass((Type *)t, args + npos, kw);
    return t;
}

static Value type_init(Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return None;
}

/* Calling a type: __new__ then __init__. */
static Value object_new_(Type *t, Value *args, int nargs, Tuple *kw);
static Value object_init(Value *args, int nargs, Tuple *kw);

Value type_call(Value tv, Value *args, int nargs, Tuple *kwnames) {
    Type *t = (Type *)tv;
    if (t == &type_type && nargs == 1 && !kwnames) return (Value)type_of(args[0]);
    Value obj;
    Value nw = type_lookup(t, names.__new__);
    Value init = type_lookup(t, names.__init__);
    if (nw && type_of(nw) == &staticmethod_type) nw = ((StaticMethod *)nw)->func;
    bool builtin_new = nw && type_of(nw) == &native_type;
    if (builtin_new) {
        Type *solid = solid_base(t);
        if (solid == &object_type) {
            int npos = nargs;
            if (npos && (!init || (type_of(init) == &native_type && ((Native *)init)->fn == object_init)))
                vm_raisef(TypeError_type, "%s() takes no arguments", type_name(t));
            if (t->flags & TF_ABSTRACT) {
                Value am = type_lookup(t, names.__abstractmethods__);
                if (am && vm_truthy(am)) {
                    List *l = list_from_iter(am);
                    list_sort(l, NULL, false);
                    StrBuf b;
                    sb_init(&b, 32);
                    for (size_t i = 0; i < l->len; i++) {
                        if (i) sb_adds(&b, ", ");
                        sb_printf(&b, "%S", l->items[i]);
                    }
                    vm_raisef(TypeError_type, "Can't instantiate abstract class %s with abstract method%s %N",
                              type_name(t), l->len == 1 ? "" : "s", sb_finish(&b));
                }
            }
            obj = gc_alloc(t, t->basicsize);
        } else {
            obj = solid->new_(t, args, nargs, kwnames);
        }
    } else if (nw) {
        Value buf[16];
        Value *a = nargs < 15 ? buf : gc_alloc_raw((size_t)(nargs + 1) * sizeof(Value));
        a[0] = tv;
        if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
        obj = vm_call(nw, a, nargs + 1, kwnames);
    } else {
        vm_raisef(TypeError_type, "cannot create '%s' instances", type_name(t));
    }
    if (!vm_isinstance_type(type_of(obj), t)) return obj;
    if (t == &type_type) return obj;
    init = type_lookup(type_of(obj), names.__init__);
    if (init && !(type_of(init) == &native_type && ((Native *)init)->fn == object_init)) {
        Value buf[16];
        Value *a = nargs < 15 ? buf : gc_alloc_raw((size_t)(nargs + 1) * sizeof(Value));
        a[0] = obj;
        if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
        Value r = vm_call(init, a, nargs + 1, kwnames);
        if (r != None) vm_raisef(TypeError_type, "__init__() should return None, not '%s'", vm_type_name(r));
    }
    return obj;
}

static Value object_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Type *solid = solid_base(t);
    if (solid == &object_type) return gc_alloc(t, t->basicsize);
    /* A built-in type with a layout of its own but no constructor (code,
     * generator, iterators ...): CPython's message, not a zeroed object. */
    if (solid->new_ == object_new_) vm_raisef(TypeError_type, "cannot create '%s' instances", type_name(solid));
    return solid->new_(t, NULL, 0, NULL);
}

static Value object_init(Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)kw;
    if (nargs > 1) {
        Type *t = type_of(args[0]);
        Value nw = type_lookup(t, names.__new__);
        if (nw && type_of(nw) == &staticmethod_type) nw = ((StaticMethod *)nw)->func;
        if (!nw || type_of(nw) == &native_type)
            vm_raisef(TypeError_type, "%s.__init__() takes exactly one argument (the instance to initialize)",
                      type_name(t));
    }
    return None;
}

static Value object_repr(Value o) {
    Type *t = type_of(o);
    Value mod = t->hdr.dict ? dict_get_str(t->hdr.dict, names.__module__) : NULL;
    if (mod && IS_STR(mod) && strcmp(((Str *)mod)->data, "builtins"))
        return (Value)str_printf("<%N.%N object at %p>", (Str *)mod, t->qualname, (void *)o);
    return (Value)str_printf("<%s object at %p>", type_name(t), (void *)o);
}
static Value object_str(Value o) { return (Value)vm_repr(o); }
static int64_t object_hash(Value o) { return (int64_t)((uintptr_t)o >> 4); }
static Value object_richcmp(Value a, Value b, int op) {
    if (op == CMP_EQ) return a == b ? True_ : NotImpl;
    if (op == CMP_NE) {
        Value eq = type_of(a)->richcmp(a, b, CMP_EQ);
        if (eq == NotImpl) return NotImpl;
        return BOOL(!vm_truthy(eq));
    }
    return NotImpl;
}

static Value object_format(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__format__", kw);
    arg_count("__format__", nargs, 2, 2);
    if (!IS_STR(args[1])) vm_raisef(TypeError_type, "format spec must be str");
    if (((Str *)args[1])->nbytes)
        vm_raisef(TypeError_type, "unsupported format string passed to %s.__format__", vm_type_name(args[0]));
    return (Value)vm_str(args[0]);
}

static Value object_dir(Value *args, int nargs, Tuple *kw);
static Value object_setattr_m(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__setattr__", kw);
    arg_count("__setattr__", nargs, 3, 3);
    object_generic_setattr(args[0], arg_str(args[1], "__setattr__", "attribute name"), args[2]);
    return None;
}
static Value object_delattr_m(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__delattr__", kw);
    arg_count("__delattr__", nargs, 2, 2);
    object_generic_setattr(args[0], arg_str(args[1], "__delattr__", "attribute name"), NULL);
    return None;
}
static Value object_getattribute_m(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__getattribute__", kw);
    arg_count("__getattribute__", nargs, 2, 2);
    Str *n = str_intern(arg_str(args[1], "__getattribute__", "attribute name"));
    Value r = IS_TYPE(args[0]) ? type_getattr(args[0], n) : object_generic_getattr(args[0], n);
    if (!r) vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", vm_type_name(args[0]), n);
    return r;
}
static Value object_reduce_ex(Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    vm_raisef(TypeError_type, "pickling is not supported");
}
static Value object_sizeof(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    arg_count("__sizeof__", nargs, 1, 1);
    return MK_SMALL(type_of(args[0])->basicsize);
}

DEF_METHOD(object_type, __init__, object_init, NATIVE_METHOD);
DEF_METHOD(object_type, __format__, object_format, NATIVE_METHOD);
DEF_METHOD(object_type, __dir__, object_dir, NATIVE_METHOD);
DEF_METHOD(object_type, __setattr__, object_setattr_m, NATIVE_METHOD);
DEF_METHOD(object_type, __delattr__, object_delattr_m, NATIVE_METHOD);
DEF_METHOD(object_type, __getattribute__, object_getattribute_m, NATIVE_METHOD);
DEF_METHOD(object_type, __init_subclass__, object_init_subclass, NATIVE_CLASSMETHOD);
DEF_METHOD(object_type, __reduce_ex__, object_reduce_ex, NATIVE_METHOD);
DEF_METHOD(object_type, __sizeof__, object_sizeof, NATIVE_METHOD);

static Value get_class(Value o) { return (Value)type_of(o); }
static const MemberDef object_members[] = {{"__class__", get_class}, {0}};

Type object_type = {
    .cname = "object",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Obj),
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcmp = object_richcmp,
    .new_ = object_new_,
    .members = object_members,
};

/* dir(): names from the instance dict and the class's MRO, sorted. */
static Value object_dir(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__dir__", kw);
    arg_count("__dir__", nargs, 1, 1);
    Value o = args[0];
    Dict *acc = dict_new();
    if (!IS_SMALL(o) && o->dict) dict_update(acc, (Value)o->dict);
    Type *t = IS_TYPE(o) ? (Type *)o : type_of(o);
    for (size_t i = 0; i < t->mro->len; i++) {
        Type *b = (Type *)t->mro->items[i];
        if (b->hdr.dict) dict_update(acc, (Value)b->hdr.dict);
    }
    List *l = list_new(0);
    size_t pos = 0;
    Value k, v;
    while (dict_next(acc, &pos, &k, &v)) list_append(l, k);
    return (Value)l;
}

/* ---- type's own attributes ------------------------------------------------------- */

static Value type_repr(Value o) {
    Type *t = (Type *)o;
    Value mod = t->hdr.dict ? dict_get_str(t->hdr.dict, names.__module__) : NULL;
    if (mod && IS_STR(mod) && strcmp(((Str *)mod)->data, "builtins"))
        return (Value)str_printf("<class '%N.%N'>", (Str *)mod, t->qualname);
    return (Value)str_printf("<class '%s'>", type_name(t));
}
static Value type_get_name(Value o) { return (Value)((Type *)o)->name; }
static Value type_get_qualname(Value o) { return (Value)((Type *)o)->qualname; }
static Value type_get_mro(Value o) { return (Value)((Type *)o)->mro; }
static Value type_get_bases(Value o) { return (Value)((Type *)o)->bases; }
static Value type_get_base(Value o) {
    Type *b = ((Type *)o)->base;
    return b ? (Value)b : None;
}
static Value type_get_module(Value o) {
    Type *t = (Type *)o;
    Value m = dict_get_str(t->hdr.dict, names.__module__);
    return m ? m : (Value)str_intern_cstr("builtins");
}
static Value type_get_dict(Value o) { return (Value)dict_copy(((Type *)o)->hdr.dict); }
static Value type_get_doc(Value o) {
    Value d = dict_get_str(((Type *)o)->hdr.dict, names.__doc__);
    if (d && type_of(d)->descr_get) return type_of(d)->descr_get(d, NULL, (Type *)o);
    return d ? d : None;
}

static const MemberDef type_members[] = {
    {"__name__", type_get_name}, {"__qualname__", type_get_qualname}, {"__mro__", type_get_mro},
    {"__bases__", type_get_bases}, {"__base__", type_get_base}, {"__module__", type_get_module},
    {"__dict__", type_get_dict}, {"__doc__", type_get_doc}, {0},
};

static Value type_mro_m(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    arg_count("mro", nargs, 1, 1);
    Tuple *m = ((Type *)args[0])->mro;
    return (Value)list_from(m->items, m->len);
}
static Value type_subclasscheck(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    arg_count("__subclasscheck__", nargs, 2, 2);
    return BOOL(IS_TYPE(args[1]) && vm_isinstance_type((Type *)args[1], (Type *)args[0]));
}
static Value type_instancecheck(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    arg_count("__instancecheck__", nargs, 2, 2);
    return BOOL(vm_isinstance_type(type_of(args[1]), (Type *)args[0]));
}
static Value type_subclasses(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__subclasses__", kw);
    arg_count("__subclasses__", nargs, 1, 1);
    Type *t = (Type *)args[0];
    return t->subclasses ? (Value)list_from(t->subclasses->items, t->subclasses->len) : (Value)list_new(0);
}
static Value type_prepare(Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return (Value)dict_new();
}

static Value type_setattr_m(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__setattr__", kw);
    arg_count("__setattr__", nargs, 3, 3);
    type_setattr(args[0], str_intern(arg_str(args[1], "__setattr__", "attribute name")), args[2]);
    return None;
}
static Value type_delattr_m(Value *args, int nargs, Tuple *kw) {
    arg_nokw("__delattr__", kw);
    arg_count("__delattr__", nargs, 2, 2);
    type_setattr(args[0], str_intern(arg_str(args[1], "__delattr__", "attribute name")), NULL);
    return None;
}

DEF_METHOD(type_type, __setattr__, type_setattr_m, NATIVE_METHOD);
DEF_METHOD(type_type, __delattr__, type_delattr_m, NATIVE_METHOD);
DEF_METHOD(type_type, mro, type_mro_m, NATIVE_METHOD);
DEF_METHOD(type_type, __subclasscheck__, type_subclasscheck, NATIVE_METHOD);
DEF_METHOD(type_type, __instancecheck__, type_instancecheck, NATIVE_METHOD);
DEF_METHOD(type_type, __subclasses__, type_subclasses, NATIVE_METHOD);
DEF_METHOD(type_type, __prepare__, type_prepare, NATIVE_CLASSMETHOD);
DEF_METHOD(type_type, __init__, type_init, NATIVE_METHOD);

static void type_trace(Obj *o) {
    Type *t = (Type *)o;
    gc_mark((Value)t->name);
    gc_mark((Value)t->qualname);
    gc_mark((Value)t->base);
    gc_mark((Value)t->bases);
    gc_mark((Value)t->mro);
    gc_mark((Value)t->subclasses);
}

static int64_t type_hash(Value o) { return (int64_t)((uintptr_t)o >> 4); }

static Value type_or(Value a, Value b, int op) {
    (void)a;
    (void)b;
    (void)op;
    return NotImpl;
}

Type type_type = {
    .cname = "type",
    .flags = TF_BASETYPE | TF_TYPE_SUB,
    .basicsize = sizeof(Type),
    .trace = type_trace,
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new_,
    .binop = type_or,
    .members = type_members,
};

/* ---- __build_class__ ------------------------------------------------------------ */

Value vm_run_class_body(Func *fn, Dict *ns);

static Value build_class_fn(Value *args, int nargs, Tuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    int npos = nargs - nkw;
    if (npos < 2) vm_raisef(TypeError_type, "__build_class__: not enough arguments");
    Func *fn = (Func *)args[0];
    Str *name = (Str *)args[1];
    Tuple *bases = tuple_from(args + 2, (size_t)(npos - 2));
    Value meta = NULL;
    Tuple *kn = NULL;
    Value kv[nkw > 0 ? nkw : 1];
    int nk = 0;
    for (int i = 0; i < nkw; i++) {
        Str *k = (Str *)kwnames->items[i];
        if (str_eq(k, names.metaclass)) meta = args[npos + i];
        else kv[nk++] = args[npos + i];
    }
    if (nk) {
        kn = tuple_new((size_t)nk);
        int j = 0;
        for (int i = 0; i < nkw; i++)
            if (!str_eq((Str *)kwnames->items[i], names.metaclass)) kn->items[j++] = kwnames->items[i];
    }
    /* __mro_entries__ is not supported; bases must be classes */
    if (!meta) {
        meta = bases->len ? (Value)type_of(bases->items[0]) : (Value)&type_type;
    }
    if (IS_TYPE(meta)) {
        /* the most derived metaclass */
        for (size_t i = 0; i < bases->len; i++) {
            Type *bt = type_of(bases->items[i]);
            if (vm_isinstance_type(bt, (Type *)meta)) meta = (Value)bt;
            else if (!vm_isinstance_type((Type *)meta, bt))
                vm_raisef(TypeError_type,
                          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
                          "the metaclasses of all its bases");
        }
    }
    Value ns;
    Value prep = vm_getattr_opt(meta, names.__prepare__);
    if (prep) {
        Value a[2] = {(Value)name, (Value)bases};
        ns = vm_call(prep, a, 2, NULL);
    } else {
        ns = (Value)dict_new();
    }
    Value cell = vm_run_class_body(fn, (Dict *)ns);
    Value cargs[3 + (nk > 0 ? nk : 1)];
    cargs[0] = (Value)name;
    cargs[1] = (Value)bases;
    cargs[2] = ns;
    for (int i = 0; i < nk; i++) cargs[3 + i] = kv[i];
    Value cls = vm_call(meta, cargs, 3 + nk, kn);
    if (cell && is_type(cell, &cell_type)) ((Cell *)cell)->ref = cls;
    return cls;
}

static Value build_class_obj;
Value vm_build_class_builtin(void) {
    if (!build_class_obj) {
        build_class_obj = native_new("__build_class__", build_class_fn, NULL);
        gc_add_root(&build_class_obj);
    }
    return build_class_obj;
}

/* ---- super ---------------------------------------------------------------------- */

static Value super_getattr(Value o, Str *name) {
    Super *s = (Super *)o;
    Tuple *mro = s->objtype->mro;
    size_t i = 0;
    while (i < mro->len && (Type *)mro->items[i] != s->type) i++;
    for (i++; i < mro->len; i++) {
        Type *b = (Type *)mro->items[i];
        Value v = b->hdr.dict ? dict_get_str(b->hdr.dict, name) : NULL;
        if (v) {
            Type *vt = type_of(v);
            if (vt->descr_get) {
                /* super(C, cls) binds like a class lookup (obj NULL) */
                Value obj = s->obj == (Value)s->objtype ? NULL : s->obj;
                return vt->descr_get(v, obj, s->objtype);
            }
            return v;
        }
    }
    if (name == names.__class__) return (Value)&super_type;
    return NULL;
}

static Value super_make(Type *type, Value obj) {
    Super *s = gc_alloc(&super_type, sizeof(Super));
    s->type = type;
    s->obj = obj;
    if (IS_TYPE(obj) && vm_isinstance_type((Type *)obj, type)) s->objtype = (Type *)obj;
    else if (vm_isinstance_type(type_of(obj), type)) s->objtype = type_of(obj);
    else vm_raisef(TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
    return (Value)s;
}

static Value super_new_for_init_subclass(Type *t) { return super_make(t, (Value)t); }

static Value super_new(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)t;
    arg_nokw("super", kw);
    if (nargs != 2)
        vm_raisef(RuntimeError_type, "super(): no arguments");
    if (!IS_TYPE(args[0])) vm_raisef(TypeError_type, "super() argument 1 must be a type, not %s", vm_type_name(args[0]));
    return super_make((Type *)args[0], args[1]);
}

static Value super_repr(Value o) {
    Super *s = (Super *)o;
    return (Value)str_printf("<super: <class '%N'>, <%s object>>", s->type->name, type_name(s->objtype));
}

static void super_trace(Obj *o) {
    Super *s = (Super *)o;
    gc_mark((Value)s->type);
    gc_mark(s->obj);
    gc_mark((Value)s->objtype);
}

Type super_type = {.cname = "super", .basicsize = sizeof(Super), .trace = super_trace, .getattr = super_getattr,
                   .new_ = super_new, .repr = super_repr, .flags = TF_BASETYPE};

/* ---- property, staticmethod, classmethod ---------------------------------------- */

static void property_trace(Obj *o) {
    Property *p = (Property *)o;
    gc_mark(p->fget);
    gc_mark(p->fset);
    gc_mark(p->fdel);
    gc_mark(p->doc);
}
static Value property_get(Value d, Value obj, Type *t) {
    (void)t;
    Property *p = (Property *)d;
    if (!obj) return d;
    if (!p->fget || p->fget == None) vm_raisef(AttributeError_type, "unreadable attribute");
    return vm_call1(p->fget, obj);
}
/* CPython 3.11 names the property (from its getter) in these errors. */
_Noreturn static void property_missing(Property *p, Value obj, const char *what) {
    Value name = p->fget && p->fget != None ? vm_getattr_opt(p->fget, names.__name__) : NULL;
    if (name && IS_STR(name))
        vm_raisef(AttributeError_type, "property '%N' of '%s' object has no %s", (Str *)name, vm_type_name(obj), what);
    vm_raisef(AttributeError_type, "property of '%s' object has no %s", vm_type_name(obj), what);
}
static void property_set(Value d, Value obj, Value v) {
    Property *p = (Property *)d;
    if (v) {
        if (!p->fset || p->fset == None) property_missing(p, obj, "setter");
        vm_call2(p->fset, obj, v);
    } else {
        if (!p->fdel || p->fdel == None) property_missing(p, obj, "deleter");
        vm_call1(p->fdel, obj);
    }
}
static Value property_new(Type *t, Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"fget", "fset", "fdel", "doc"};
    Value out[4] = {0};
    arg_parse("property", args, nargs, kw, 0, 4, an, out);
    Property *p = gc_alloc(t, t->basicsize);
    p->fget = out[0] ? out[0] : None;
    p->fset = out[1] ? out[1] : None;
    p->fdel = out[2] ? out[2] : None;
    p->doc = out[3];
    if (!p->doc && p->fget != None) p->doc = vm_getattr_opt(p->fget, names.__doc__);
    if (!p->doc) p->doc = None;
    return (Value)p;
}
static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    Property *o = (Property *)self;
    Property *p = gc_alloc(type_of(self), type_of(self)->basicsize);
    p->fget = fget ? fget : o->fget;
    p->fset = fset ? fset : o->fset;
    p->fdel = fdel ? fdel : o->fdel;
    p->doc = o->doc;
    if (p->hdr.type->flags & TF_HEAP && self->dict) p->hdr.dict = dict_copy(self->dict);
    return (Value)p;
}
static Value property_getter(Value *a, int n, Tuple *kw) {
    arg_nokw("getter", kw);
    arg_count("getter", n, 2, 2);
    return property_copy(a[0], a[1], NULL, NULL);
}
static Value property_setter(Value *a, int n, Tuple *kw) {
    arg_nokw("setter", kw);
    arg_count("setter", n, 2, 2);
    return property_copy(a[0], NULL, a[1], NULL);
}
static Value property_deleter(Value *a, int n, Tuple *kw) {
    arg_nokw("deleter", kw);
    arg_count("deleter", n, 2, 2);
    return property_copy(a[0], NULL, NULL, a[1]);
}
static Value prop_fget(Value o) { return ((Property *)o)->fget; }
static Value prop_fset(Value o) { return ((Property *)o)->fset; }
static Value prop_fdel(Value o) { return ((Property *)o)->fdel; }
static Value prop_doc(Value o) { return ((Property *)o)->doc; }
static Value prop_isabstract(Value o) {
    Property *p = (Property *)o;
    Value v = p->fget && p->fget != None ? vm_getattr_opt(p->fget, names.__isabstractmethod__) : NULL;
    return BOOL(v && vm_truthy(v));
}
DEF_METHOD(property_type, getter, property_getter, NATIVE_METHOD);
DEF_METHOD(property_type, setter, property_setter, NATIVE_METHOD);
DEF_METHOD(property_type, deleter, property_deleter, NATIVE_METHOD);
static const MemberDef property_members[] = {{"fget", prop_fget}, {"fset", prop_fset}, {"fdel", prop_fdel},
                                             {"__doc__", prop_doc}, {"__isabstractmethod__", prop_isabstract}, {0}};
Type property_type = {.cname = "property", .basicsize = sizeof(Property), .flags = TF_BASETYPE,
                      .trace = property_trace, .descr_get = property_get, .descr_set = property_set,
                      .new_ = property_new, .members = property_members};

static void sm_trace(Obj *o) { gc_mark(((StaticMethod *)o)->func); }
static Value sm_get(Value d, Value obj, Type *t) {
    (void)obj;
    (void)t;
    return ((StaticMethod *)d)->func;
}
static Value cm_get(Value d, Value obj, Type *t) {
    if (!t) t = type_of(obj);
    return method_new(((StaticMethod *)d)->func, (Value)t);
}
static Value sm_new(Type *t, Value *args, int nargs, Tuple *kw) {
    arg_nokw(type_name(t), kw);
    arg_count(type_name(t), nargs, 1, 1);
    StaticMethod *s = gc_alloc(t, t->basicsize);
    s->func = args[0];
    return (Value)s;
}
static Value sm_func(Value o) { return ((StaticMethod *)o)->func; }
static Value sm_isabstract(Value o) {
    Value v = vm_getattr_opt(((StaticMethod *)o)->func, names.__isabstractmethod__);
    return BOOL(v && vm_truthy(v));
}
static Value sm_call(Value f, Value *args, int nargs, Tuple *kw) {
    return vm_call(((StaticMethod *)f)->func, args, nargs, kw);
}
static Value sm_getattr(Value o, Str *name) {
    Value v = object_generic_getattr(o, name);
    if (!v && (name == names.__doc__ || name == names.__name__ || name == names.__qualname__))
        v = vm_getattr_opt(((StaticMethod *)o)->func, name);
    return v;
}
static const MemberDef sm_members[] = {{"__func__", sm_func}, {"__isabstractmethod__", sm_isabstract}, {0}};
Type staticmethod_type = {.cname = "staticmethod", .basicsize = sizeof(StaticMethod), .flags = TF_BASETYPE,
                          .trace = sm_trace, .descr_get = sm_get, .new_ = sm_new, .members = sm_members,
                          .call = sm_call, .getattr = sm_getattr};
Type classmethod_type = {.cname = "classmethod", .basicsize = sizeof(StaticMethod), .flags = TF_BASETYPE,
                         .trace = sm_trace, .descr_get = cm_get, .new_ = sm_new, .members = sm_members,
                         .getattr = sm_getattr};
