/* SPDX-License-Identifier: MIT */
/* range, slice and the built-in iterator types: enumerate, zip, map,
 * filter, reversed, iter(callable, sentinel), and the singletons None,
 * NotImplemented and Ellipsis. */
#include "vm.h"

/* ---- singletons ----------------------------------------------------------------- */

static Value none_repr(Value v) {
    (void)v;
    return (Value)str_from_cstr("None");
}
static bool none_truth(Value v) {
    (void)v;
    return false;
}
static int64_t id_hash(Value v) { return (int64_t)((uintptr_t)v >> 4); }
static Value none_new(Type *t, Value *a, int n, Tuple *kw) {
    (void)t;
    (void)a;
    (void)kw;
    if (n) vm_raisef(TypeError_type, "NoneType takes no arguments");
    return None;
}
Type none_type = {.cname = "NoneType", .repr = none_repr, .truth = none_truth, .hash = id_hash, .new_ = none_new};
Obj none_obj = {.type = &none_type};

static Value ni_repr(Value v) {
    (void)v;
    return (Value)str_from_cstr("NotImplemented");
}
Type notimpl_type = {.cname = "NotImplementedType", .repr = ni_repr, .hash = id_hash};
Obj notimpl_obj = {.type = &notimpl_type};

static Value el_repr(Value v) {
    (void)v;
    return (Value)str_from_cstr("Ellipsis");
}
Type ellipsis_type = {.cname = "ellipsis", .repr = el_repr, .hash = id_hash};
Obj ellipsis_obj = {.type = &ellipsis_type};

/* ---- slice ------------------------------------------------------------------------- */

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = gc_alloc(&slice_type, sizeof(Slice));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return (Value)s;
}

static int64_t clamp_index(Value v) {
    Value i = vm_index_value(v);
    int64_t r;
    if (int_to_i64(i, &r)) return r;
    return int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

int64_t slice_indices(Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
    int64_t st = s->step == None ? 1 : clamp_index(s->step);
    if (st == 0) vm_raisef(ValueError_type, "slice step cannot be zero");
    /* a step longer than any sequence selects at most one item: clamping it
     * keeps start + n * step from overflowing */
    const int64_t MAXSTEP = (int64_t)1 << 61;
    if (st > MAXSTEP) st = MAXSTEP;
    if (st < -MAXSTEP) st = -MAXSTEP;
    int64_t lo, hi;
    if (st > 0) {
        lo = s->start == None ? 0 : clamp_index(s->start);
        hi = s->stop == None ? len : clamp_index(s->stop);
        if (lo < 0) lo = lo + len < 0 ? 0 : lo + len;
        if (lo > len) lo = len;
        if (hi < 0) hi = hi + len < 0 ? 0 : hi + len;
        if (hi > len) hi = len;
        *start = lo;
        *stop = hi;
        *step = st;
        return hi > lo ? (hi - lo - 1) / st + 1 : 0;
    }
    lo = s->start == None ? len - 1 : clamp_index(s->start);
    hi = s->stop == None ? -1 : clamp_index(s->stop);
    if (lo < 0) lo = lo + len < 0 ? -1 : lo + len;
    if (lo >= len) lo = len - 1;
    if (s->stop != None) {
        if (hi < 0) hi = hi + len < 0 ? -1 : hi + len;
        if (hi >= len) hi = len - 1;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    return lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
}

static void slice_trace(Obj *o) {
    Slice *s = (Slice *)o;
    gc_mark(s->start);
    gc_mark(s->stop);
    gc_mark(s->step);
}
static Value slice_repr(Value v) {
    Slice *s = (Slice *)v;
    return (Value)str_printf("slice(%R, %R, %R)", s->start, s->stop, s->step);
}
static Value slice_new_(Type *t, Value *a, int n, Tuple *kw) {
    (void)t;
    arg_nokw("slice", kw);
    arg_count("slice", n, 1, 3);
    if (n == 1) return slice_new(None, a[0], None);
    return slice_new(a[0], a[1], n > 2 ? a[2] : None);
}
static Value slice_richcmp(Value a, Value b, int op) {
    if (!is_type(b, &slice_type)) return NotImpl;
    Slice *x = (Slice *)a, *y = (Slice *)b;
    Value tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
    return seq_richcmp(tx, 3, ty, 3, op);
}
static Value sl_start(Value v) { return ((Slice *)v)->start; }
static Value sl_stop(Value v) { return ((Slice *)v)->stop; }
static Value sl_step(Value v) { return ((Slice *)v)->step; }
static Value sl_indices(Value *a, int n, Tuple *kw) {
    arg_nokw("indices", kw);
    arg_count("indices", n - 1, 1, 1);
    int64_t st, sp, step;
    slice_indices((Slice *)a[0], vm_index(a[1]), &st, &sp, &step);
    Value t[3] = {int_from_i64(st), int_from_i64(sp), int_from_i64(step)};
    return (Value)tuple_from(t, 3);
}
static const MemberDef slice_members[] = {{"start", sl_start}, {"stop", sl_stop}, {"step", sl_step}, {0}};
DEF_METHOD(slice_type, indices, sl_indices, NATIVE_METHOD);
Type slice_type = {.cname = "slice", .basicsize = sizeof(Slice), .trace = slice_trace, .repr = slice_repr,
                   .new_ = slice_new_, .richcmp = slice_richcmp, .members = slice_members};

/* ---- range --------------------------------------------------------------------------- */

Value range_new(int64_t start, int64_t stop, int64_t step) {
    Range *r = gc_alloc(&range_type, sizeof(Range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (step > 0) r->len = stop > start ? (stop - start + step - 1) / step : 0;
    else r->len = start > stop ? (start - stop - step - 1) / (-step) : 0;
    return (Value)r;
}

/* ---- ranges beyond small ints: int arithmetic on Values ---- */
#define IADD(a, b) int_binop(a, b, BINOP_ADD)
#define ISUB(a, b) int_binop(a, b, BINOP_SUB)
#define IMUL(a, b) int_binop(a, b, BINOP_MUL)
#define IFLOORDIV(a, b) int_binop(a, b, BINOP_FLOORDIV)

static Value big_len(Value start, Value stop, Value step) {
    /* step > 0: max(0, (stop - start + step - 1) // step); step < 0 mirrored */
    Value n;
    if (int_sign(step) > 0) n = IFLOORDIV(IADD(ISUB(stop, start), ISUB(step, MK_SMALL(1))), step);
    else n = IFLOORDIV(IADD(ISUB(start, stop), ISUB(int_neg(step), MK_SMALL(1))), int_neg(step));
    return int_sign(n) < 0 ? MK_SMALL(0) : n;
}

static Value make_big_range(Value start, Value stop, Value step) {
    Range *r = gc_alloc(&range_type, sizeof(Range));
    Value len = big_len(start, stop, step);
    Value t[4] = {start, stop, step, len};
    r->big = (Value)tuple_from(t, 4);
    return (Value)r;
}
#define BIG(r, i) (((Tuple *)(r)->big)->items[i])
static Value rstart(Range *r) { return r->big ? BIG(r, 0) : int_from_i64(r->start); }
static Value rstop(Range *r) { return r->big ? BIG(r, 1) : int_from_i64(r->stop); }
static Value rstep(Range *r) { return r->big ? BIG(r, 2) : int_from_i64(r->step); }
static Value rlen(Range *r) { return r->big ? BIG(r, 3) : int_from_i64(r->len); }

/* A range from int values: the int64 form when everything fits with room
 * for start + len * step, else the big form. */
static Value range_from_values(Value vs, Value ve, Value vst) {
    const int64_t LIM = (int64_t)1 << 60;
    int64_t s0, e0, st0;
    if (int_to_i64(vs, &s0) && int_to_i64(ve, &e0) && int_to_i64(vst, &st0) && s0 > -LIM && s0 < LIM &&
        e0 > -LIM && e0 < LIM && st0 > -LIM && st0 < LIM)
        return range_new(s0, e0, st0);
    return make_big_range(vs, ve, vst);
}

static Value range_new_(Type *t, Value *a, int n, Tuple *kw) {
    (void)t;
    arg_nokw("range", kw);
    if (n < 1) vm_raisef(TypeError_type, "range expected at least 1 argument, got 0");
    if (n > 3) vm_raisef(TypeError_type, "range expected at most 3 arguments, got %d", n);
    Value vs = MK_SMALL(0), ve, vst = MK_SMALL(1);
    if (n == 1) ve = vm_index_value(a[0]);
    else {
        vs = vm_index_value(a[0]);
        ve = vm_index_value(a[1]);
        if (n == 3) vst = vm_index_value(a[2]);
    }
    if (int_sign(vst) == 0) vm_raisef(ValueError_type, "range() arg 3 must not be zero");
    return range_from_values(vs, ve, vst);
}

static Value range_repr(Value v) {
    Range *r = (Range *)v;
    if (r->big) {
        if (vm_eq(BIG(r, 2), MK_SMALL(1))) return (Value)str_printf("range(%R, %R)", BIG(r, 0), BIG(r, 1));
        return (Value)str_printf("range(%R, %R, %R)", BIG(r, 0), BIG(r, 1), BIG(r, 2));
    }
    if (r->step == 1) return (Value)str_printf("range(%ld, %ld)", r->start, r->stop);
    return (Value)str_printf("range(%ld, %ld, %ld)", r->start, r->stop, r->step);
}
static int64_t range_len(Value v) {
    Range *r = (Range *)v;
    if (r->big) {
        int64_t n;
        if (!int_to_i64(BIG(r, 3), &n)) vm_raisef(OverflowError_type, "Python int too large to convert to C ssize_t");
        return n;
    }
    return r->len;
}
typedef struct {
    Obj hdr;
    Value cur, step, left;
} BigRangeIter;
static void bri_trace(Obj *o) {
    BigRangeIter *it = (BigRangeIter *)o;
    gc_mark(it->cur);
    gc_mark(it->step);
    gc_mark(it->left);
}
static Value self_iter(Value v);
static Value bri_next(Value v) {
    BigRangeIter *it = (BigRangeIter *)v;
    if (int_sign(it->left) <= 0) return NULL;
    Value x = it->cur;
    it->cur = IADD(it->cur, it->step);
    it->left = ISUB(it->left, MK_SMALL(1));
    return x;
}
Type big_range_iter_type = {.cname = "longrange_iterator", .basicsize = sizeof(BigRangeIter), .trace = bri_trace,
                            .iter = self_iter, .next = bri_next};
static Value range_iter(Value v) {
    Range *r = (Range *)v;
    if (r->big) {
        BigRangeIter *it = gc_alloc(&big_range_iter_type, sizeof(BigRangeIter));
        it->cur = BIG(r, 0);
        it->step = BIG(r, 2);
        it->left = BIG(r, 3);
        return (Value)it;
    }
    Range *it = gc_alloc(&range_iter_type, sizeof(Range));
    *it = *r;
    it->hdr.type = &range_iter_type;
    it->hdr.dict = NULL;
    return (Value)it;
}
static Value range_item(Range *r, int64_t i) { return MK_SMALL(r->start + i * r->step); }
static Value big_slice_bound(Value v, Value len, Value dflt, bool upper, bool neg_step) {
    if (v == None) return dflt;
    Value i = vm_index_value(v);
    Value lo = neg_step ? MK_SMALL(-1) : MK_SMALL(0);
    Value hi = neg_step ? ISUB(len, MK_SMALL(1)) : len;
    (void)upper;
    if (int_sign(i) < 0) {
        i = IADD(i, len);
        if (int_cmp(i, lo) < 0) i = lo;
    } else if (int_cmp(i, hi) > 0) {
        i = hi;
    }
    return i;
}

static Value range_getitem(Value v, Value k) {
    Range *r = (Range *)v;
    if (r->big || (is_type(k, &slice_type) ? false : !IS_SMALL(vm_index_value(k)))) {
        Value start = rstart(r), step = rstep(r), len = rlen(r);
        if (is_type(k, &slice_type)) {
            Slice *sl = (Slice *)k;
            Value sst = sl->step == None ? MK_SMALL(1) : vm_index_value(sl->step);
            if (int_sign(sst) == 0) vm_raisef(ValueError_type, "slice step cannot be zero");
            bool neg = int_sign(sst) < 0;
            Value a0 = big_slice_bound(sl->start, len, neg ? ISUB(len, MK_SMALL(1)) : MK_SMALL(0), false, neg);
            Value b0 = big_slice_bound(sl->stop, len, neg ? MK_SMALL(-1) : len, true, neg);
            Value nstart = IADD(start, IMUL(a0, step)), nstop = IADD(start, IMUL(b0, step));
            return make_big_range(nstart, nstop, IMUL(step, sst));
        }
        Value i = vm_index_value(k);
        if (int_sign(i) < 0) i = IADD(i, len);
        if (int_sign(i) < 0 || int_cmp(i, len) >= 0) vm_raisef(IndexError_type, "range object index out of range");
        return IADD(start, IMUL(i, step));
    }
    if (is_type(k, &slice_type)) {
        int64_t st, sp, step;
        int64_t n = slice_indices((Slice *)k, r->len, &st, &sp, &step);
        (void)n;
        /* as CPython: start + i * step for the slice's start and stop */
        Value rs = MK_SMALL(r->start), rst = MK_SMALL(r->step);
        return range_from_values(IADD(rs, IMUL(int_from_i64(st), rst)), IADD(rs, IMUL(int_from_i64(sp), rst)),
                                 IMUL(rst, int_from_i64(step)));
    }
    int64_t i = vm_seq_index(k);
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) vm_raisef(IndexError_type, "range object index out of range");
    return range_item(r, i);
}
static bool range_contains(Value v, Value x) {
    Range *r = (Range *)v;
    if (r->big && IS_INTLIKE(x)) {
        Value start = BIG(r, 0), stop = BIG(r, 1), step = BIG(r, 2);
        x = int_value(x);
        bool in = int_sign(step) > 0 ? (int_cmp(x, start) >= 0 && int_cmp(x, stop) < 0)
                                     : (int_cmp(x, start) <= 0 && int_cmp(x, stop) > 0);
        return in && int_sign(int_binop(ISUB(x, start), step, BINOP_MOD)) == 0;
    }
    if (!IS_SMALL(x)) {
        if (!IS_INTLIKE(x)) {
            for (int64_t i = 0; i < r->len; i++)
                if (vm_eq(range_item(r, i), x)) return true;
            return false;
        }
        x = int_value(x);
        if (!IS_SMALL(x)) return false;
    }
    int64_t i = SMALL_VAL(x);
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return false;
    return (i - r->start) % r->step == 0;
}
static Value range_richcmp(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &range_type)) return NotImpl;
    Range *x = (Range *)a, *y = (Range *)b;
    if (x->big || y->big) {
        Value lx = rlen(x), ly = rlen(y);
        bool eq = vm_eq(lx, ly) && (int_sign(lx) == 0 || (vm_eq(rstart(x), rstart(y)) &&
                                                          (vm_eq(lx, MK_SMALL(1)) || vm_eq(rstep(x), rstep(y)))));
        return BOOL(op == CMP_EQ ? eq : !eq);
    }
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return BOOL(op == CMP_EQ ? eq : !eq);
}
static int64_t range_hash(Value v) {
    Range *r = (Range *)v;
    Value len = rlen(r);
    Value t[3] = {len, int_sign(len) ? rstart(r) : None, int_cmp(len, MK_SMALL(1)) > 0 ? rstep(r) : None};
    return vm_hash((Value)tuple_from(t, 3));
}
static bool range_truth(Value v) { return int_sign(rlen((Range *)v)) != 0; }
static Value rg_start(Value v) { return rstart((Range *)v); }
static Value rg_stop(Value v) { return rstop((Range *)v); }
static Value rg_step(Value v) { return rstep((Range *)v); }
static void range_trace(Obj *o) { gc_mark(((Range *)o)->big); }
static Value rg_index(Value *a, int n, Tuple *kw) {
    arg_nokw("index", kw);
    arg_count("index", n - 1, 1, 1);
    Range *r = (Range *)a[0];
    if (range_contains(a[0], a[1]) && IS_INTLIKE(a[1])) return IFLOORDIV(ISUB(int_value(a[1]), rstart(r)), rstep(r));
    vm_raisef(ValueError_type, "%R is not in range", a[1]);
}
static Value rg_count(Value *a, int n, Tuple *kw) {
    arg_nokw("count", kw);
    arg_count("count", n - 1, 1, 1);
    return MK_SMALL(range_contains(a[0], a[1]) ? 1 : 0);
}
static Value range_reversed(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    Range *r = (Range *)a[0];
    if (r->big) {
        BigRangeIter *it = gc_alloc(&big_range_iter_type, sizeof(BigRangeIter));
        it->step = int_neg(BIG(r, 2));
        it->left = BIG(r, 3);
        it->cur = IADD(BIG(r, 0), IMUL(ISUB(BIG(r, 3), MK_SMALL(1)), BIG(r, 2)));
        return (Value)it;
    }
    int64_t last = r->start + (r->len - 1) * r->step;
    Range *it = (Range *)range_iter((Value)range_new(last, last, -r->step));
    it->len = r->len;
    return (Value)it;
}
static const MemberDef range_members[] = {{"start", rg_start}, {"stop", rg_stop}, {"step", rg_step}, {0}};
DEF_METHOD(range_type, index, rg_index, NATIVE_METHOD);
DEF_METHOD(range_type, count, rg_count, NATIVE_METHOD);
DEF_METHOD(range_type, __reversed__, range_reversed, NATIVE_METHOD);
Type range_type = {.cname = "range", .basicsize = sizeof(Range), .trace = range_trace, .repr = range_repr, .len = range_len,
                   .iter = range_iter, .getitem = range_getitem, .contains = range_contains,
                   .richcmp = range_richcmp, .hash = range_hash, .truth = range_truth, .new_ = range_new_,
                   .members = range_members};

static Value self_iter(Value v) { return v; }
static Value rangeit_next(Value v) {
    Range *r = (Range *)v;
    if (r->len <= 0) return NULL;
    Value x = MK_SMALL(r->start);
    r->start += r->step;
    r->len--;
    return x;
}
static Value rangeit_len(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    return MK_SMALL(((Range *)a[0])->len);
}
DEF_METHOD(range_iter_type, __length_hint__, rangeit_len, NATIVE_METHOD);
Type range_iter_type = {.cname = "range_iterator", .basicsize = sizeof(Range), .iter = self_iter,
                        .next = rangeit_next};

/* ---- enumerate, zip, map, filter, reversed, callable_iterator ------------------------- */

typedef struct {
    Obj hdr;
    Value it, count;
} Enumerate;
static void en_trace(Obj *o) {
    gc_mark(((Enumerate *)o)->it);
    gc_mark(((Enumerate *)o)->count);
}
static Value en_next(Value v) {
    Enumerate *e = (Enumerate *)v;
    Value x = vm_next(e->it);
    if (!x) return NULL;
    Value t[2] = {e->count, x};
    e->count = IS_SMALL(e->count) && SMALL_VAL(e->count) < SMALL_MAX ? MK_SMALL(SMALL_VAL(e->count) + 1)
                                                                     : int_binop(e->count, MK_SMALL(1), BINOP_ADD);
    return (Value)tuple_from(t, 2);
}
static Value en_new(Type *t, Value *a, int n, Tuple *kw) {
    static const char *const an[] = {"iterable", "start"};
    Value out[2];
    arg_parse("enumerate", a, n, kw, 0, 2, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "enumerate() missing required argument 'iterable' (pos 1)");
    Enumerate *e = gc_alloc(t, sizeof(Enumerate));
    e->it = vm_iter(out[0]);
    e->count = out[1] ? vm_index_value(out[1]) : MK_SMALL(0);
    return (Value)e;
}
Type enumerate_type = {.cname = "enumerate", .basicsize = sizeof(Enumerate), .trace = en_trace,
                       .iter = self_iter, .next = en_next, .new_ = en_new, .flags = TF_BASETYPE};

typedef struct {
    Obj hdr;
    Tuple *its;
    bool strict;
} Zip;
static void zip_trace(Obj *o) { gc_mark((Value)((Zip *)o)->its); }
static Value zip_next(Value v) {
    Zip *z = (Zip *)v;
    size_t n = z->its->len;
    if (n == 0) return NULL;
    Tuple *t = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value x = vm_next(z->its->items[i]);
        if (!x) {
            if (z->strict) {
                if (i > 0)
                    vm_raisef(ValueError_type, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                              i == 1 ? " " : "s 1-", i);
                for (size_t j = 1; j < n; j++)
                    if (vm_next(z->its->items[j]))
                        vm_raisef(ValueError_type, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                  j == 1 ? " " : "s 1-", j);
            }
            return NULL;
        }
        t->items[i] = x;
    }
    return (Value)t;
}
static Value zip_new(Type *t, Value *a, int n, Tuple *kw) {
    int nk = kw ? (int)kw->len : 0;
    bool strict = false;
    for (int i = 0; i < nk; i++) {
        if (strcmp(((Str *)kw->items[i])->data, "strict"))
            vm_raisef(TypeError_type, "zip() got an unexpected keyword argument '%N'", (Str *)kw->items[i]);
        strict = vm_truthy(a[n - nk + i]);
    }
    n -= nk;
    Zip *z = gc_alloc(t, sizeof(Zip));
    z->its = tuple_new((size_t)n);
    for (int i = 0; i < n; i++) z->its->items[i] = vm_iter(a[i]);
    z->strict = strict;
    return (Value)z;
}
Type zip_type = {.cname = "zip", .basicsize = sizeof(Zip), .trace = zip_trace, .iter = self_iter,
                 .next = zip_next, .new_ = zip_new, .flags = TF_BASETYPE};

typedef struct {
    Obj hdr;
    Value fn;
    Tuple *its;
} Map;
static void map_trace(Obj *o) {
    gc_mark(((Map *)o)->fn);
    gc_mark((Value)((Map *)o)->its);
}
static Value map_next(Value v) {
    Map *m = (Map *)v;
    size_t n = m->its->len;
    Value args[n ? n : 1];
    for (size_t i = 0; i < n; i++) {
        args[i] = vm_next(m->its->items[i]);
        if (!args[i]) return NULL;
    }
    return vm_call(m->fn, args, (int)n, NULL);
}
static Value map_new(Type *t, Value *a, int n, Tuple *kw) {
    arg_nokw("map", kw);
    if (n < 2) vm_raisef(TypeError_type, "map() must have at least two arguments.");
    Map *m = gc_alloc(t, sizeof(Map));
    m->fn = a[0];
    m->its = tuple_new((size_t)n - 1);
    for (int i = 1; i < n; i++) m->its->items[i - 1] = vm_iter(a[i]);
    return (Value)m;
}
Type map_type = {.cname = "map", .basicsize = sizeof(Map), .trace = map_trace, .iter = self_iter,
                 .next = map_next, .new_ = map_new, .flags = TF_BASETYPE};

typedef struct {
    Obj hdr;
    Value fn, it;
} Filter;
static void filter_trace(Obj *o) {
    gc_mark(((Filter *)o)->fn);
    gc_mark(((Filter *)o)->it);
}
static Value filter_next(Value v) {
    Filter *f = (Filter *)v;
    for (Value x; (x = vm_next(f->it));) {
        bool ok = f->fn == None ? vm_truthy(x) : vm_truthy(vm_call1(f->fn, x));
        if (ok) return x;
    }
    return NULL;
}
static Value filter_new(Type *t, Value *a, int n, Tuple *kw) {
    arg_nokw("filter", kw);
    arg_count("filter", n, 2, 2);
    Filter *f = gc_alloc(t, sizeof(Filter));
    f->fn = a[0];
    f->it = vm_iter(a[1]);
    return (Value)f;
}
Type filter_type = {.cname = "filter", .basicsize = sizeof(Filter), .trace = filter_trace, .iter = self_iter,
                    .next = filter_next, .new_ = filter_new, .flags = TF_BASETYPE};

typedef struct {
    Obj hdr;
    Value seq;
    int64_t i;
} Reversed;
static void rev_trace(Obj *o) { gc_mark(((Reversed *)o)->seq); }
static Value rev_next(Value v) {
    Reversed *r = (Reversed *)v;
    if (r->i < 0) return NULL;
    if (is_type(r->seq, &list_type)) {
        List *l = (List *)r->seq;
        if ((size_t)r->i >= l->len) {
            r->i = -1;
            return NULL;
        }
        return l->items[r->i--];
    }
    Value x = vm_getitem(r->seq, MK_SMALL(r->i));
    r->i--;
    return x;
}
static Value rev_new(Type *t, Value *a, int n, Tuple *kw) {
    arg_nokw("reversed", kw);
    arg_count("reversed", n, 1, 1);
    Value seq = a[0];
    Value m = type_lookup(type_of(seq), names.__reversed__);
    if (m && m != None) return vm_call1(m, seq);
    if (m == None || !type_of(seq)->getitem || !type_of(seq)->len || is_type(seq, &dict_type))
        vm_raisef(TypeError_type, "'%s' object is not reversible", vm_type_name(seq));
    Reversed *r = gc_alloc(t, sizeof(Reversed));
    r->seq = seq;
    r->i = vm_len(seq) - 1;
    return (Value)r;
}
Type reversed_type = {.cname = "reversed", .basicsize = sizeof(Reversed), .trace = rev_trace, .iter = self_iter,
                      .next = rev_next, .new_ = rev_new, .flags = TF_BASETYPE};

typedef struct {
    Obj hdr;
    Value fn, sentinel;
} CallIter;
static void ci_trace(Obj *o) {
    gc_mark(((CallIter *)o)->fn);
    gc_mark(((CallIter *)o)->sentinel);
}
static Value ci_next(Value v) {
    CallIter *c = (CallIter *)v;
    if (!c->fn) return NULL;
    Value x = vm_call0(c->fn);
    if (vm_eq(x, c->sentinel)) {
        c->fn = NULL;
        return NULL;
    }
    return x;
}
Type callable_iter_type = {.cname = "callable_iterator", .basicsize = sizeof(CallIter), .trace = ci_trace,
                           .iter = self_iter, .next = ci_next};
Value callable_iter_new(Value fn, Value sentinel) {
    CallIter *c = gc_alloc(&callable_iter_type, sizeof(CallIter));
    c->fn = fn;
    c->sentinel = sentinel;
    return (Value)c;
}
