/* SPDX-License-Identifier: MIT */
/* The generic object protocols the interpreter and natives call: attribute
 * access, repr/str/hash/bool, rich comparison and binary operators with
 * CPython's reflected-operand rules, iteration, len, items, isinstance,
 * __index__, and the argument helpers for natives. */
#include "vm.h"
#include "fmt.h"

/* ---- attributes ------------------------------------------------------------------ */

Value vm_getattr_opt(Value o, Str *name) {
    Type *t = type_of(o);
    Value v = NULL;
    if (t->flags & (TF_HAS_GETATTR | TF_CUSTOM_GETATTRIBUTE)) {
        VM_TRY(tr) {
            v = t->getattr(o, name);
        }
        VM_CATCH(tr, e) {
            if (!vm_exc_matches(e, AttributeError_type)) vm_raise(e);
            v = NULL;
        }
        VM_END
        return v;
    }
    return t->getattr(o, name);
}

_Noreturn static void no_attr(Value o, Str *name) {
    if (is_type(o, &module_type))
        vm_raisef(AttributeError_type, "module '%N' has no attribute '%N'", ((Module *)o)->name, name);
    if (IS_TYPE(o)) vm_raisef(AttributeError_type, "type object '%s' has no attribute '%N'", type_name((Type *)o), name);
    vm_raisef(AttributeError_type, "'%s' object has no attribute '%N'", vm_type_name(o), name);
}

Value vm_getattr(Value o, Str *name) {
    Value v = type_of(o)->getattr(o, name);
    if (!v) no_attr(o, name);
    return v;
}

void vm_setattr(Value o, Str *name, Value v) { type_of(o)->setattr(o, name, v); }
void vm_delattr(Value o, Str *name) { type_of(o)->setattr(o, name, NULL); }

/* ---- repr, str, hash, truth ------------------------------------------------------ */

static int repr_depth;

Str *vm_repr(Value v) {
    if (++repr_depth > 200) {
        repr_depth = 0;
        vm_raisef(RecursionError_type, "maximum recursion depth exceeded while getting the repr of an object");
    }
    Value r = type_of(v)->repr(v);
    repr_depth--;
    if (!IS_STR(r)) vm_raisef(TypeError_type, "__repr__ returned non-string (type %s)", vm_type_name(r));
    return (Str *)r;
}

Str *vm_str(Value v) {
    if (is_type(v, &str_type)) return (Str *)v;
    Type *t = type_of(v);
    Value r = t->str ? t->str(v) : t->repr(v);
    if (!IS_STR(r)) vm_raisef(TypeError_type, "__str__ returned non-string (type %s)", vm_type_name(r));
    return (Str *)r;
}

Str *vm_ascii(Value v) {
    Str *r = vm_repr(v);
    if (r->ascii) return r;
    StrBuf b;
    sb_init(&b, r->nbytes + 8);
    for (size_t i = 0; i < r->nbytes;) {
        size_t adv;
        uint32_t c = str_decode_at(r->data + i, &adv);
        char tmp[16];
        if (c < 0x80) sb_addc(&b, (char)c);
        else {
            str_hex_escape(tmp, c);
            sb_adds(&b, tmp);
        }
        i += adv;
    }
    return sb_finish(&b);
}

int64_t vm_hash(Value v) {
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        if (i >= 0 && i < ((int64_t)1 << 61) - 1) return i;
        return int_hash(v);
    }
    if (v->type == &str_type) return str_hash((Str *)v);
    Type *t = v->type;
    if (!t->hash) vm_raisef(TypeError_type, "unhashable type: '%s'", type_name(t));
    return t->hash(v);
}

bool vm_truthy(Value v) {
    if (v == True_) return true;
    if (v == False_ || v == None) return false;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    Type *t = v->type;
    if (t->truth) return t->truth(v);
    if (t->len) return t->len(v) != 0;
    return true;
}

/* ---- comparison ---------------------------------------------------------------------- */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const op_sym[] = {"<", "<=", "==", "!=", ">", ">="};

static Value do_richcmp(Type *t, Value a, Value b, int op) { return t->richcmp ? t->richcmp(a, b, op) : NotImpl; }

Value vm_richcmp(Value a, Value b, int op) {
    Type *ta = type_of(a), *tb = type_of(b);
    bool reflected_first = ta != tb && vm_isinstance_type(tb, ta) && tb->richcmp != ta->richcmp;
    Value r = NotImpl;
    if (reflected_first) r = do_richcmp(tb, b, a, swapped_op[op]);
    if (r == NotImpl) r = do_richcmp(ta, a, b, op);
    if (r == NotImpl && !reflected_first) r = do_richcmp(tb, b, a, swapped_op[op]);
    if (r != NotImpl) return r;
    if (op == CMP_EQ) return BOOL(a == b);
    if (op == CMP_NE) return BOOL(a != b);
    vm_raisef(TypeError_type, "'%s' not supported between instances of '%s' and '%s'", op_sym[op], type_name(ta),
              type_name(tb));
}

bool vm_eq(Value a, Value b) {
    if (a == b) return true;
    if (IS_SMALL(a) && IS_SMALL(b)) return false;
    if (is_type(a, &str_type) && is_type(b, &str_type)) return str_eq((Str *)a, (Str *)b);
    return vm_truthy(vm_richcmp(a, b, CMP_EQ));
}

bool vm_lt(Value a, Value b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return (intptr_t)a < (intptr_t)b;
    return vm_truthy(vm_richcmp(a, b, CMP_LT));
}

/* Lexicographic comparison of two sequences (lists, tuples). */
Value seq_richcmp(Value *a, size_t na, Value *b, size_t nb, int op) {
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        if (a[i] == b[i]) continue;
        if (!vm_eq(a[i], b[i])) break;
    }
    if (i >= na || i >= nb) {
        switch (op) {
        case CMP_LT: return BOOL(na < nb);
        case CMP_LE: return BOOL(na <= nb);
        case CMP_EQ: return BOOL(na == nb);
        case CMP_NE: return BOOL(na != nb);
        case CMP_GT: return BOOL(na > nb);
        default: return BOOL(na >= nb);
        }
    }
    if (op == CMP_EQ) return False_;
    if (op == CMP_NE) return True_;
    return vm_richcmp(a[i], b[i], op);
}

/* ---- binary operators ------------------------------------------------------------------ */

static const char *const binop_sym[] = {
#define BINOP(n, sym, m, r, i) sym,
#include "opcodes.def"
#undef BINOP
};
static const char *const binop_m[] = {
#define BINOP(n, sym, m, r, i) m,
#include "opcodes.def"
#undef BINOP
};
static const char *const binop_r[] = {
#define BINOP(n, sym, m, r, i) r,
#include "opcodes.def"
#undef BINOP
};
static const char *const binop_i[] = {
#define BINOP(n, sym, m, r, i) i,
#include "opcodes.def"
#undef BINOP
};
static Str *binop_names[3][BINOP_INPLACE];

static Str *bname(int kind, int op) {
    Str **slot = &binop_names[kind][op];
    if (!*slot) *slot = str_intern_cstr(kind == 0 ? binop_m[op] : kind == 1 ? binop_r[op] : binop_i[op]);
    return *slot;
}

/* Call a dunder found on the type of self: NULL if there is none. */
static Value call_type_method(Value self, Str *name, Value other) {
    Value m = type_lookup(type_of(self), name);
    if (!m || m == None) return NULL;
    Value a[2] = {self, other};
    Type *mt = type_of(m);
    if (mt == &func_type || (mt == &native_type && ((Native *)m)->kind == NATIVE_METHOD)) return vm_call(m, a, 2, NULL);
    if (mt->descr_get) m = mt->descr_get(m, self, type_of(self));
    return vm_call1(m, other);
}

static Value forward(Type *t, Value a, Value b, int op) {
    if (t->flags & TF_HEAP) {
        Value r = call_type_method(a, bname(0, op), b);
        return r ? r : NotImpl;
    }
    return t->binop ? t->binop(a, b, op) : NotImpl;
}

static Value reflected(Type *t, Value a, Value b, int op) {
    if (t->flags & TF_HEAP) {
        Value r = call_type_method(b, bname(1, op), a);
        return r ? r : NotImpl;
    }
    return t->binop ? t->binop(a, b, op) : NotImpl;
}

Value vm_binop(Value a, Value b, int op) {
    Type *ta = type_of(a), *tb = type_of(b);
    if (op >= BINOP_INPLACE) {
        int base = op - BINOP_INPLACE;
        Value r = NotImpl;
        if (ta->flags & TF_HEAP) {
            Value m = call_type_method(a, bname(2, base), b);
            if (m) r = m;
        } else if (ta->binop) {
            r = ta->binop(a, b, op);
        }
        if (r != NotImpl) return r;
        op = base;
    }
    bool rf = ta != tb && vm_isinstance_type(tb, ta) && (tb->flags & TF_HEAP) &&
              type_lookup(tb, bname(1, op)) != type_lookup(ta, bname(1, op));
    Value r = NotImpl;
    if (rf) r = reflected(tb, a, b, op);
    if (r == NotImpl) r = forward(ta, a, b, op);
    if (r == NotImpl && ta != tb && !rf) r = reflected(tb, a, b, op);
    if (r != NotImpl) return r;
    /* CPython then falls back to the sequence protocol, whose errors these are */
    bool seq_a = IS_STR(a) || IS_LIST(a) || IS_TUPLE(a), seq_b = IS_STR(b) || IS_LIST(b) || IS_TUPLE(b);
    if (op == BINOP_ADD && seq_a)
        vm_raisef(TypeError_type, "can only concatenate %s (not \"%s\") to %s",
                  IS_STR(a) ? "str" : IS_LIST(a) ? "list" : "tuple", type_name(tb),
                  IS_STR(a) ? "str" : IS_LIST(a) ? "list" : "tuple");
    if (op == BINOP_MUL && (seq_a || seq_b) && !(seq_a && IS_INTLIKE(b)) && !(seq_b && IS_INTLIKE(a)))
        vm_raisef(TypeError_type, "can't multiply sequence by non-int of type '%s'",
                  type_name(seq_a ? tb : ta));
    if (op == BINOP_POW)
        vm_raisef(TypeError_type, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", type_name(ta),
                  type_name(tb));
    vm_raisef(TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'", binop_sym[op], type_name(ta),
              type_name(tb));
}

enum {
#define OP(name, fmt, eff, doc) XOP_##name,
#include "opcodes.def"
#undef OP
};

Value vm_unary(Value a, int which) {
    Type *t = type_of(a);
    UnaryFn fn = NULL;
    const char *sym = "";
    switch (which) {
    case XOP_UNARY_NEGATIVE: fn = t->neg; sym = "unary -"; break;
    case XOP_UNARY_POSITIVE: fn = t->pos; sym = "unary +"; break;
    case XOP_UNARY_INVERT: fn = t->invert; sym = "unary ~"; break;
    default: break;
    }
    if (!fn) vm_raisef(TypeError_type, "bad operand type for %s: '%s'", sym, type_name(t));
    return fn(a);
}

Value vm_abs(Value v) {
    Type *t = type_of(v);
    if (!t->abs_) vm_raisef(TypeError_type, "bad operand type for abs(): '%s'", type_name(t));
    return t->abs_(v);
}

/* ---- iteration and containers ------------------------------------------------------------- */

typedef struct {
    Obj hdr;
    Value seq;
    int64_t i;
} SeqIter;
static void seqit_trace(Obj *o) { gc_mark(((SeqIter *)o)->seq); }
static Value seqit_next(Value o) {
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    Value r = NULL;
    VM_TRY(t) {
        r = vm_getitem(it->seq, MK_SMALL(it->i));
    }
    VM_CATCH(t, e) {
        if (vm_exc_matches(e, IndexError_type) || vm_exc_matches(e, StopIteration_type)) {
            it->seq = NULL;
            return NULL;
        }
        vm_raise(e);
    }
    VM_END
    it->i++;
    return r;
}
static Value self_iter(Value o) { return o; }
Type seq_iter_type = {.cname = "iterator", .basicsize = sizeof(SeqIter), .trace = seqit_trace,
                      .iter = self_iter, .next = seqit_next};

Value seq_iter_new(Value seq) {
    SeqIter *it = gc_alloc(&seq_iter_type, sizeof(SeqIter));
    it->seq = seq;
    return (Value)it;
}

Value vm_iter(Value o) {
    Type *t = type_of(o);
    if (t->iter) return t->iter(o);
    if (t->getitem && !(t->flags & TF_HEAP) && t != &dict_type) return seq_iter_new(o);
    vm_raisef(TypeError_type, "'%s' object is not iterable", type_name(t));
}

Value vm_next(Value it) {
    Type *t = type_of(it);
    if (!t->next) vm_raisef(TypeError_type, "'%s' object is not an iterator", type_name(t));
    return t->next(it);
}

int64_t vm_len(Value o) {
    Type *t = type_of(o);
    if (!t->len) vm_raisef(TypeError_type, "object of type '%s' has no len()", type_name(t));
    return t->len(o);
}

Value vm_getitem(Value o, Value k) {
    Type *t = type_of(o);
    if (t->getitem) return t->getitem(o, k);
    if (IS_TYPE(o)) {
        Value cg = vm_getattr_opt(o, names.__class_getitem__);
        if (cg) return vm_call1(cg, k);
        if (o == (Value)&type_type || vm_isinstance_type((Type *)o, &object_type)) return o; /* list[int] etc. */
    }
    vm_raisef(TypeError_type, "'%s' object is not subscriptable", type_name(t));
}

void vm_setitem(Value o, Value k, Value v) {
    Type *t = type_of(o);
    if (!t->setitem) vm_raisef(TypeError_type, "'%s' object does not support item assignment", type_name(t));
    t->setitem(o, k, v);
}

void vm_delitem(Value o, Value k) {
    Type *t = type_of(o);
    if (!t->setitem) vm_raisef(TypeError_type, "'%s' object does not support item deletion", type_name(t));
    t->setitem(o, k, NULL);
}

bool vm_contains(Value c, Value v) {
    Type *t = type_of(c);
    if (t->contains) return t->contains(c, v);
    if (!t->iter && !t->getitem)
        vm_raisef(TypeError_type, "argument of type '%s' is not iterable", type_name(t));
    Value it = vm_iter(c);
    for (Value x; (x = vm_next(it));)
        if (x == v || vm_eq(x, v)) return true;
    return false;
}

/* ---- numbers ---------------------------------------------------------------------------- */

Value vm_index_value(Value v) {
    if (IS_SMALL(v)) return v;
    if (v->type == &int_type || v->type == &bool_type) return int_value(v);
    if (v->type->flags & TF_INT_SUB) return int_value(v);
    Value m = type_lookup(type_of(v), names.__index__);
    if (m) {
        Value r = vm_call1(m, v);
        if (!IS_INTLIKE(r)) vm_raisef(TypeError_type, "__index__ returned non-int (type %s)", vm_type_name(r));
        return int_value(r);
    }
    vm_raisef(TypeError_type, "'%s' object cannot be interpreted as an integer", vm_type_name(v));
}

int64_t vm_index(Value v) {
    if (IS_SMALL(v)) return SMALL_VAL(v);
    Value i = vm_index_value(v);
    int64_t r;
    if (!int_to_i64(i, &r)) vm_raisef(OverflowError_type, "Python int too large to convert to C ssize_t");
    return r;
}

int64_t vm_seq_index(Value v) {
    if (IS_SMALL(v)) return SMALL_VAL(v);
    Value i = vm_index_value(v);
    int64_t r;
    if (!int_to_i64(i, &r)) vm_raisef(IndexError_type, "cannot fit '%s' into an index-sized integer", vm_type_name(v));
    return r;
}

/* ---- isinstance --------------------------------------------------------------------------- */

bool vm_isinstance(Value v, Value cls) {
    if (IS_TUPLE(cls)) {
        Tuple *t = (Tuple *)cls;
        for (size_t i = 0; i < t->len; i++)
            if (vm_isinstance(v, t->items[i])) return true;
        return false;
    }
    if (!IS_TYPE(cls)) {
        /* any object may answer through its class's __instancecheck__ */
        Value m = type_lookup(type_of(cls), names.__instancecheck__);
        if (m) return vm_truthy(vm_call2(m, cls, v));
        vm_raisef(TypeError_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    Type *c = (Type *)cls;
    if (vm_isinstance_type(type_of(v), c)) return true;
    if (type_of(cls) != &type_type) {
        Value m = type_lookup(type_of(cls), names.__instancecheck__);
        if (m && !(type_of(m) == &native_type)) return vm_truthy(vm_call2(m, cls, v));
    }
    return false;
}

bool vm_issubclass(Value c, Value cls) {
    if (IS_TUPLE(cls)) {
        Tuple *t = (Tuple *)cls;
        for (size_t i = 0; i < t->len; i++)
            if (vm_issubclass(c, t->items[i])) return true;
        return false;
    }
    if (!IS_TYPE(c)) vm_raisef(TypeError_type, "issubclass() arg 1 must be a class");
    if (!IS_TYPE(cls)) {
        Value m = type_lookup(type_of(cls), names.__subclasscheck__);
        if (m) return vm_truthy(vm_call2(m, cls, c));
        vm_raisef(TypeError_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (type_of(cls) != &type_type) {
        Value m = type_lookup(type_of(cls), names.__subclasscheck__);
        if (m && !(type_of(m) == &native_type)) return vm_truthy(vm_call2(m, cls, c));
    }
    return vm_isinstance_type((Type *)c, (Type *)cls);
}

bool vm_callable(Value v) {
    Type *t = type_of(v);
    return t->call != NULL || t == &func_type || t == &native_type || t == &method_type;
}

/* How CPython names a callable in call errors: "module.qualname()", or
 * "qualname()" for built-ins. */
Str *vm_function_str(Value f) {
    Value qn = vm_getattr_opt(f, names.__qualname__);
    if (!qn || !IS_STR(qn)) return str_printf("%S object", (Value)str_from_cstr(vm_type_name(f)));
    Value mod = vm_getattr_opt(f, names.__module__);
    if (mod && IS_STR(mod) && strcmp(((Str *)mod)->data, "builtins"))
        return str_printf("%N.%N()", (Str *)mod, (Str *)qn);
    return str_printf("%N()", (Str *)qn);
}

/* ---- argument helpers ------------------------------------------------------------------------ */

void arg_count(const char *fname, int nargs, int min, int max) {
    if (nargs >= min && nargs <= max) return;
    if (min == max)
        vm_raisef(TypeError_type, "%s() takes exactly %d argument%s (%d given)", fname, min, min == 1 ? "" : "s",
                  nargs);
    if (nargs < min)
        vm_raisef(TypeError_type, "%s() takes at least %d argument%s (%d given)", fname, min, min == 1 ? "" : "s",
                  nargs);
    vm_raisef(TypeError_type, "%s() takes at most %d argument%s (%d given)", fname, max, max == 1 ? "" : "s", nargs);
}

void arg_nokw(const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len) vm_raisef(TypeError_type, "%s() takes no keyword arguments", fname);
}

void arg_parse(const char *fname, Value *args, int nargs, Tuple *kwnames, int skip, int n,
               const char *const *argnames, Value *out) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    int npos = nargs - nkw - skip;
    if (npos > n)
        vm_raisef(TypeError_type, "%s() takes at most %d argument%s (%d given)", fname, n, n == 1 ? "" : "s", npos);
    for (int i = 0; i < n; i++) out[i] = NULL;
    for (int i = 0; i < npos; i++) out[i] = args[skip + i];
    for (int k = 0; k < nkw; k++) {
        Str *name = (Str *)kwnames->items[k];
        int j;
        for (j = 0; j < n; j++)
            if (!strcmp(argnames[j], name->data)) break;
        if (j == n) vm_raisef(TypeError_type, "%s() got an unexpected keyword argument '%N'", fname, name);
        if (out[j]) vm_raisef(TypeError_type, "argument for %s() given by name ('%N') and position (%d)", fname, name, j + 1);
        out[j] = args[nargs - nkw + k];
    }
}

int64_t arg_int(Value v, const char *what) {
    (void)what;
    return vm_index(v);
}

Str *arg_str(Value v, const char *fname, const char *what) {
    if (!IS_STR(v)) vm_raisef(TypeError_type, "%s() %s must be str, not %s", fname, what, vm_type_name(v));
    return (Str *)v;
}

/* ---- output ---------------------------------------------------------------------------------- */
#include "port.h"
void vm_write(int fd, const char *s, size_t n) { port_write(fd, s, n); }
void vm_writes(int fd, const char *s) { port_write(fd, s, strlen(s)); }
