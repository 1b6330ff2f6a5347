/* SPDX-License-Identifier: MIT */
/* tuple and list: immutable and mutable sequences of Values, their
 * iterators, slicing, comparison and methods (list.sort is a stable merge
 * sort with key and reverse, as CPython's). */
#include "vm.h"

Tuple *tuple_empty;

Tuple *tuple_new(size_t n) {
    if (n == 0 && tuple_empty) return tuple_empty;
    Tuple *t = gc_alloc(&tuple_type, sizeof(Tuple) + n * sizeof(Value));
    t->len = n;
    return t;
}

Tuple *tuple_from(Value *items, size_t n) {
    if (n == 0 && tuple_empty) return tuple_empty;
    Tuple *t = tuple_new(n);
    if (n) memcpy(t->items, items, n * sizeof(Value));
    return t;
}

Tuple *tuple_from_iter(Value it) {
    if (is_type(it, &tuple_type)) return (Tuple *)it;
    if (is_type(it, &list_type)) return tuple_from(((List *)it)->items, ((List *)it)->len);
    List *l = list_from_iter(it);
    return tuple_from(l->items, l->len);
}

static void tuple_trace(Obj *o) {
    Tuple *t = (Tuple *)o;
    for (size_t i = 0; i < t->len; i++) gc_mark(t->items[i]);
}

/* Shared helpers for list and tuple. */
static Value seq_repr(Value *items, size_t n, const char *open, const char *close, bool one_comma) {
    StrBuf b;
    sb_init(&b, 16 + n * 4);
    sb_adds(&b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) sb_adds(&b, ", ");
        sb_addstr(&b, vm_repr(items[i]));
    }
    if (n == 1 && one_comma) sb_addc(&b, ',');
    sb_adds(&b, close);
    return (Value)sb_finish(&b);
}

static Value tuple_repr(Value v) {
    Tuple *t = (Tuple *)v;
    return seq_repr(t->items, t->len, "(", ")", true);
}

/* CPython's tuple hash (xxHash-based), so hash((1, 2)) matches. */
static int64_t tuple_hash(Value v) {
    Tuple *t = (Tuple *)v;
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->len; i++) {
        uint64_t lane = (uint64_t)vm_hash(t->items[i]);
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->len ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static Value tuple_richcmp(Value a, Value b, int op) {
    if (!IS_TUPLE(b)) return NotImpl;
    Tuple *x = (Tuple *)a, *y = (Tuple *)b;
    return seq_richcmp(x->items, x->len, y->items, y->len, op);
}

static int64_t tuple_len(Value v) { return (int64_t)((Tuple *)v)->len; }

static int64_t norm_index(Value k, size_t len, const char *what) {
    int64_t i = vm_seq_index(k);
    if (i < 0) i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) vm_raisef(IndexError_type, "%s index out of range", what);
    return i;
}

static bool is_index(Value k) {
    return IS_INTLIKE(k) || (!IS_SMALL(k) && k->type != &slice_type && type_lookup(k->type, names.__index__));
}

static Value tuple_getitem(Value v, Value k) {
    Tuple *t = (Tuple *)v;
    if (is_index(k)) return t->items[norm_index(k, t->len, "tuple")];
    if (is_type(k, &slice_type)) {
        int64_t start, stop, step;
        int64_t n = slice_indices((Slice *)k, (int64_t)t->len, &start, &stop, &step);
        if (step == 1 && n == (int64_t)t->len && is_type(v, &tuple_type)) return v;
        Tuple *r = tuple_new((size_t)n);
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = t->items[j];
        return (Value)r;
    }
    vm_raisef(TypeError_type, "tuple indices must be integers or slices, not %s", vm_type_name(k));
}

static bool tuple_contains(Value v, Value x) {
    Tuple *t = (Tuple *)v;
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i] == x || vm_eq(t->items[i], x)) return true;
    return false;
}

static Value repeat_items(Value *items, size_t n, Value count, bool list) {
    int64_t k = vm_index(count);
    if (k < 0) k = 0;
    if (n && (uint64_t)k > ((uint64_t)1 << 32) / n) vm_raise(memory_error_obj);
    size_t total = n * (size_t)k;
    Value *dst;
    Value r;
    if (list) {
        List *l = list_new(total);
        dst = l->items;
        r = (Value)l;
    } else {
        Tuple *t = tuple_new(total);
        dst = t->items;
        r = (Value)t;
    }
    for (int64_t i = 0; i < k; i++) memcpy(dst + (size_t)i * n, items, n * sizeof(Value));
    return r;
}

static Value tuple_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (base == BINOP_ADD) {
        if (!IS_TUPLE(a) || !IS_TUPLE(b)) return NotImpl; /* vm_binop words the final error */
        Tuple *x = (Tuple *)a, *y = (Tuple *)b;
        Tuple *r = tuple_new(x->len + y->len);
        memcpy(r->items, x->items, x->len * sizeof(Value));
        memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
        return (Value)r;
    }
    if (base == BINOP_MUL) {
        Value t = IS_TUPLE(a) ? a : b, n = IS_TUPLE(a) ? b : a;
        if (!IS_INTLIKE(n)) return NotImpl;
        return repeat_items(((Tuple *)t)->items, ((Tuple *)t)->len, n, false);
    }
    return NotImpl;
}

typedef struct {
    Obj hdr;
    Value seq;
    size_t i;
} SeqIt;
static void seqit_trace(Obj *o) { gc_mark(((SeqIt *)o)->seq); }
static Value self_iter(Value o) { return o; }
static Value tupleit_next(Value o) {
    SeqIt *it = (SeqIt *)o;
    Tuple *t = (Tuple *)it->seq;
    if (it->i >= t->len) return NULL;
    return t->items[it->i++];
}
static Value listit_next(Value o) {
    SeqIt *it = (SeqIt *)o;
    List *l = (List *)it->seq;
    if (it->i >= l->len) return NULL;
    return l->items[it->i++];
}
Type tuple_iter_type = {.cname = "tuple_iterator", .basicsize = sizeof(SeqIt), .trace = seqit_trace,
                        .iter = self_iter, .next = tupleit_next};
Type list_iter_type = {.cname = "list_iterator", .basicsize = sizeof(SeqIt), .trace = seqit_trace,
                       .iter = self_iter, .next = listit_next};

static Value tuple_iter(Value v) {
    SeqIt *it = gc_alloc(&tuple_iter_type, sizeof(SeqIt));
    it->seq = v;
    return (Value)it;
}

static Value tuple_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    arg_nokw("tuple", kw);
    arg_count("tuple", nargs, 0, 1);
    Tuple *src = nargs ? tuple_from_iter(args[0]) : tuple_empty;
    if (t == &tuple_type) return (Value)src;
    Tuple *r = gc_alloc(t, sizeof(Tuple) + src->len * sizeof(Value));
    r->len = src->len;
    memcpy(r->items, src->items, src->len * sizeof(Value));
    return (Value)r;
}

static int64_t find_index(Value *items, size_t n, Value x, Value *args, int nargs, const char *what) {
    int64_t start = 0, stop = (int64_t)n;
    if (nargs > 2) {
        start = vm_index(args[2]);
        if (start < 0) start = start + (int64_t)n < 0 ? 0 : start + (int64_t)n;
    }
    if (nargs > 3) {
        stop = vm_index(args[3]);
        if (stop < 0) stop += (int64_t)n;
        if (stop > (int64_t)n) stop = (int64_t)n;
    }
    for (int64_t i = start; i < stop && (size_t)i < n; i++)
        if (items[i] == x || vm_eq(items[i], x)) return i;
    vm_raisef(ValueError_type, "%s", what);
}

static Value tuple_index(Value *a, int n, Tuple *kw) {
    arg_nokw("index", kw);
    arg_count("index", n, 2, 4);
    Tuple *t = (Tuple *)a[0];
    return MK_SMALL(find_index(t->items, t->len, a[1], a, n, "tuple.index(x): x not in tuple"));
}

static Value count_in(Value *items, size_t n, Value x) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (items[i] == x || vm_eq(items[i], x)) c++;
    return MK_SMALL(c);
}

static Value tuple_count(Value *a, int n, Tuple *kw) {
    arg_nokw("count", kw);
    arg_count("count", n, 2, 2);
    Tuple *t = (Tuple *)a[0];
    return count_in(t->items, t->len, a[1]);
}

static Value tuple_getnewargs(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    Tuple *t = (Tuple *)a[0];
    Value c = (Value)tuple_from(t->items, t->len);
    return (Value)tuple_from(&c, 1);
}

DEF_METHOD(tuple_type, index, tuple_index, NATIVE_METHOD);
DEF_METHOD(tuple_type, count, tuple_count, NATIVE_METHOD);
DEF_METHOD(tuple_type, __getnewargs__, tuple_getnewargs, NATIVE_METHOD);

Type tuple_type = {.cname = "tuple", .flags = TF_BASETYPE | TF_TUPLE_SUB, .basicsize = sizeof(Tuple),
                   .trace = tuple_trace, .repr = tuple_repr, .hash = tuple_hash, .richcmp = tuple_richcmp,
                   .len = tuple_len, .getitem = tuple_getitem, .contains = tuple_contains,
                   .binop = tuple_binop, .iter = tuple_iter, .new_ = tuple_new_};

/* ---- list ---------------------------------------------------------------------------- */

List *list_new(size_t n) {
    List *l = gc_alloc(&list_type, sizeof(List));
    size_t cap = n < 4 ? 4 : n;
    l->items = gc_alloc_raw(cap * sizeof(Value));
    l->cap = cap;
    l->len = n;
    return l;
}

List *list_from(Value *items, size_t n) {
    List *l = list_new(n);
    if (n) memcpy(l->items, items, n * sizeof(Value));
    return l;
}

static void list_reserve(List *l, size_t need) {
    if (need <= l->cap) return;
    size_t nc = l->cap + (l->cap >> 1) + 4;
    if (nc < need) nc = need;
    Value *ni = gc_alloc_raw(nc * sizeof(Value));
    memcpy(ni, l->items, l->len * sizeof(Value));
    l->items = ni;
    l->cap = nc;
}

void list_append(List *l, Value v) {
    if (l->len == l->cap) list_reserve(l, l->len + 1);
    l->items[l->len++] = v;
}

void list_extend(List *l, Value it) {
    if (IS_LIST(it) || IS_TUPLE(it)) {
        size_t n = IS_LIST(it) ? ((List *)it)->len : ((Tuple *)it)->len;
        Value *src = IS_LIST(it) ? ((List *)it)->items : ((Tuple *)it)->items;
        list_reserve(l, l->len + n);
        memmove(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return;
    }
    Value iter = vm_iter(it);
    for (Value x; (x = vm_next(iter));) list_append(l, x);
}

List *list_from_iter(Value it) {
    List *l = list_new(0);
    list_extend(l, it);
    return l;
}

Value list_pop(List *l, int64_t i) {
    if (l->len == 0) vm_raisef(IndexError_type, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) vm_raisef(IndexError_type, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

static void list_trace(Obj *o) {
    List *l = (List *)o;
    gc_mark_raw(l->items);
    for (size_t i = 0; i < l->len; i++) gc_mark(l->items[i]);
}

static Value list_repr(Value v) {
    List *l = (List *)v;
    static Value active[64];
    static int nactive;
    for (int i = 0; i < nactive; i++)
        if (active[i] == v) return (Value)str_from_cstr("[...]");
    if (nactive < 64) active[nactive++] = v;
    Value r = NULL;
    VM_TRY(t) {
        r = seq_repr(l->items, l->len, "[", "]", false);
    }
    VM_CATCH(t, e) {
        nactive--;
        vm_raise(e);
    }
    VM_END
    nactive--;
    return r;
}

static Value list_richcmp(Value a, Value b, int op) {
    if (!IS_LIST(b)) return NotImpl;
    List *x = (List *)a, *y = (List *)b;
    return seq_richcmp(x->items, x->len, y->items, y->len, op);
}

static int64_t list_len(Value v) { return (int64_t)((List *)v)->len; }

static Value list_getitem(Value v, Value k) {
    List *l = (List *)v;
    if (is_index(k)) return l->items[norm_index(k, l->len, "list")];
    if (is_type(k, &slice_type)) {
        int64_t start, stop, step;
        int64_t n = slice_indices((Slice *)k, (int64_t)l->len, &start, &stop, &step);
        List *r = list_new((size_t)n);
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = l->items[j];
        return (Value)r;
    }
    vm_raisef(TypeError_type, "list indices must be integers or slices, not %s", vm_type_name(k));
}

static void list_setitem(Value v, Value k, Value x) {
    List *l = (List *)v;
    if (is_index(k)) {
        int64_t i = norm_index(k, l->len, x ? "list assignment" : "list assignment");
        if (x) {
            l->items[i] = x;
        } else {
            memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
            l->len--;
        }
        return;
    }
    if (!is_type(k, &slice_type))
        vm_raisef(TypeError_type, "list indices must be integers or slices, not %s", vm_type_name(k));
    int64_t start, stop, step;
    int64_t n = slice_indices((Slice *)k, (int64_t)l->len, &start, &stop, &step);
    if (!x) {
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        /* delete n items start, start+step, ... */
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->len; r++) {
            bool del = (int64_t)r >= start && ((int64_t)r - start) % step == 0 && ((int64_t)r - start) / step < n;
            if (!del) l->items[w++] = l->items[r];
        }
        l->len = w;
        return;
    }
    List *src = (x == v) ? list_from(l->items, l->len) : list_from_iter(x);
    if (step == 1) {
        if (stop < start) stop = start;
        size_t old = (size_t)(stop - start), nw = src->len;
        list_reserve(l, l->len - old + nw);
        memmove(l->items + start + nw, l->items + stop, (l->len - (size_t)stop) * sizeof(Value));
        memcpy(l->items + start, src->items, nw * sizeof(Value));
        l->len = l->len - old + nw;
        return;
    }
    if ((int64_t)src->len != n)
        vm_raisef(ValueError_type, "attempt to assign sequence of size %zu to extended slice of size %ld", src->len,
                  n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = src->items[i];
}

static bool list_contains(Value v, Value x) {
    List *l = (List *)v;
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == x || vm_eq(l->items[i], x)) return true;
    return false;
}

static Value list_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    bool inplace = op >= BINOP_INPLACE;
    if (base == BINOP_ADD) {
        if (inplace && IS_LIST(a)) {
            list_extend((List *)a, b);
            return a;
        }
        if (!IS_LIST(a) || !IS_LIST(b)) return NotImpl; /* vm_binop words the final error */
        List *x = (List *)a, *y = (List *)b;
        List *r = list_new(x->len + y->len);
        memcpy(r->items, x->items, x->len * sizeof(Value));
        memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
        return (Value)r;
    }
    if (base == BINOP_MUL) {
        Value l = IS_LIST(a) ? a : b, n = IS_LIST(a) ? b : a;
        if (!IS_INTLIKE(n)) return NotImpl;
        List *r = (List *)repeat_items(((List *)l)->items, ((List *)l)->len, n, true);
        if (inplace && IS_LIST(a)) {
            List *x = (List *)a;
            x->items = r->items;
            x->len = r->len;
            x->cap = r->cap;
            return a;
        }
        return (Value)r;
    }
    return NotImpl;
}

static Value list_iter(Value v) {
    SeqIt *it = gc_alloc(&list_iter_type, sizeof(SeqIt));
    it->seq = v;
    return (Value)it;
}

static Value list_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    List *l = gc_alloc(t, t->basicsize);
    l->items = gc_alloc_raw(4 * sizeof(Value));
    l->cap = 4;
    return (Value)l;
}

static Value list_init(Value *a, int n, Tuple *kw) {
    arg_nokw("list", kw);
    arg_count("list", n - 1, 0, 1);
    List *l = (List *)a[0];
    l->len = 0;
    if (n > 1) list_extend(l, a[1]);
    return None;
}

#define LM(name) static Value lm_##name(Value *a, int n, Tuple *kw)
LM(append) {
    arg_nokw("append", kw);
    arg_count("append", n - 1, 1, 1);
    list_append((List *)a[0], a[1]);
    return None;
}
LM(extend_m) {
    arg_nokw("extend", kw);
    arg_count("extend", n - 1, 1, 1);
    list_extend((List *)a[0], a[1]);
    return None;
}
LM(pop_m) {
    arg_nokw("pop", kw);
    arg_count("pop", n - 1, 0, 1);
    return list_pop((List *)a[0], n > 1 ? vm_index(a[1]) : -1);
}
LM(insert) {
    arg_nokw("insert", kw);
    arg_count("insert", n - 1, 2, 2);
    List *l = (List *)a[0];
    int64_t i = vm_index(a[1]);
    if (i < 0) i = i + (int64_t)l->len < 0 ? 0 : i + (int64_t)l->len;
    if ((size_t)i > l->len) i = (int64_t)l->len;
    list_reserve(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Value));
    l->items[i] = a[2];
    l->len++;
    return None;
}
LM(remove) {
    arg_nokw("remove", kw);
    arg_count("remove", n - 1, 1, 1);
    List *l = (List *)a[0];
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == a[1] || vm_eq(l->items[i], a[1])) {
            list_pop(l, (int64_t)i);
            return None;
        }
    vm_raisef(ValueError_type, "list.remove(x): x not in list");
}
LM(index) {
    arg_nokw("index", kw);
    arg_count("index", n - 1, 1, 3);
    List *l = (List *)a[0];
    Str *msg = str_printf("%R is not in list", a[1]);
    return MK_SMALL(find_index(l->items, l->len, a[1], a, n, msg->data));
}
LM(count) {
    arg_nokw("count", kw);
    arg_count("count", n - 1, 1, 1);
    List *l = (List *)a[0];
    return count_in(l->items, l->len, a[1]);
}
LM(clear) {
    arg_nokw("clear", kw);
    arg_count("clear", n - 1, 0, 0);
    ((List *)a[0])->len = 0;
    return None;
}
LM(copy) {
    arg_nokw("copy", kw);
    arg_count("copy", n - 1, 0, 0);
    List *l = (List *)a[0];
    return (Value)list_from(l->items, l->len);
}
LM(reverse) {
    arg_nokw("reverse", kw);
    arg_count("reverse", n - 1, 0, 0);
    List *l = (List *)a[0];
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return None;
}

/* ---- sorting: stable merge sort on (key, value) pairs ------------------------------ */

static bool sort_lt(Value a, Value b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return (intptr_t)a < (intptr_t)b;
    if (is_type(a, &str_type) && is_type(b, &str_type)) return str_cmp((Str *)a, (Str *)b) < 0;
    return vm_lt(a, b);
}

static void merge_sort(Value *keys, Value *vals, Value *tk, Value *tv, size_t n) {
    /* insertion sort for short runs, then bottom-up merges */
    const size_t RUN = 16;
    for (size_t s = 0; s < n; s += RUN) {
        size_t e = s + RUN < n ? s + RUN : n;
        for (size_t i = s + 1; i < e; i++) {
            Value k = keys[i], v = vals[i];
            size_t j = i;
            while (j > s && sort_lt(k, keys[j - 1])) {
                keys[j] = keys[j - 1];
                vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            vals[j] = v;
        }
    }
    for (size_t w = RUN; w < n; w *= 2) {
        for (size_t lo = 0; lo + w < n; lo += 2 * w) {
            size_t mid = lo + w, hi = lo + 2 * w < n ? lo + 2 * w : n;
            if (!sort_lt(keys[mid], keys[mid - 1])) continue; /* already ordered */
            size_t i = lo, j = mid, k = 0;
            while (i < mid && j < hi) {
                if (sort_lt(keys[j], keys[i])) {
                    tk[k] = keys[j];
                    tv[k++] = vals[j++];
                } else {
                    tk[k] = keys[i];
                    tv[k++] = vals[i++];
                }
            }
            while (i < mid) {
                tk[k] = keys[i];
                tv[k++] = vals[i++];
            }
            while (j < hi) {
                tk[k] = keys[j];
                tv[k++] = vals[j++];
            }
            memcpy(keys + lo, tk, k * sizeof(Value));
            memcpy(vals + lo, tv, k * sizeof(Value));
        }
    }
}

void list_sort(List *l, Value key, bool reverse) {
    size_t n = l->len;
    if (n < 2) return;
    Value *vals = gc_alloc_raw(n * sizeof(Value));
    memcpy(vals, l->items, n * sizeof(Value));
    Value *keys = vals;
    if (key && key != None) {
        keys = gc_alloc_raw(n * sizeof(Value));
        for (size_t i = 0; i < n; i++) keys[i] = vm_call1(key, vals[i]);
    }
    /* reverse keeps stability: reverse, sort, reverse */
    if (reverse) {
        for (size_t i = 0, j = n - 1; i < j; i++, j--) {
            Value t = vals[i];
            vals[i] = vals[j];
            vals[j] = t;
            if (keys != vals) {
                t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
    }
    Value *tk = gc_alloc_raw(n * sizeof(Value));
    Value *tv = keys == vals ? tk : gc_alloc_raw(n * sizeof(Value));
    /* the list is empty while sorting, as CPython, so mutation is detected */
    size_t saved_len = l->len;
    l->len = 0;
    VM_TRY(t) {
        if (keys == vals) {
            Value *tmp = gc_alloc_raw(n * sizeof(Value));
            merge_sort(vals, tmp, tk, tv == tk ? gc_alloc_raw(n * sizeof(Value)) : tv, n);
        } else {
            merge_sort(keys, vals, tk, tv, n);
        }
    }
    VM_CATCH(t, e) {
        l->len = saved_len;
        vm_raise(e);
    }
    VM_END
    if (l->len != 0) vm_raisef(ValueError_type, "list modified during sort");
    if (reverse)
        for (size_t i = 0, j = n - 1; i < j; i++, j--) {
            Value tmp = vals[i];
            vals[i] = vals[j];
            vals[j] = tmp;
        }
    if (l->cap < n) list_reserve(l, n);
    memcpy(l->items, vals, n * sizeof(Value));
    l->len = n;
}

LM(sort) {
    static const char *const an[] = {"key", "reverse"};
    Value out[2];
    if (n - (kw ? (int)kw->len : 0) > 1) vm_raisef(TypeError_type, "sort() takes no positional arguments");
    arg_parse("sort", a, n, kw, 1, 2, an, out);
    list_sort((List *)a[0], out[0], out[1] ? vm_index(out[1]) != 0 : false);
    return None;
}

DEF_METHOD(list_type, __init__, list_init, NATIVE_METHOD);
DEF_METHOD(list_type, append, lm_append, NATIVE_METHOD);
DEF_METHOD(list_type, extend, lm_extend_m, NATIVE_METHOD);
DEF_METHOD(list_type, pop, lm_pop_m, NATIVE_METHOD);
DEF_METHOD(list_type, insert, lm_insert, NATIVE_METHOD);
DEF_METHOD(list_type, remove, lm_remove, NATIVE_METHOD);
DEF_METHOD(list_type, index, lm_index, NATIVE_METHOD);
DEF_METHOD(list_type, count, lm_count, NATIVE_METHOD);
DEF_METHOD(list_type, clear, lm_clear, NATIVE_METHOD);
DEF_METHOD(list_type, copy, lm_copy, NATIVE_METHOD);
DEF_METHOD(list_type, reverse, lm_reverse, NATIVE_METHOD);
DEF_METHOD(list_type, sort, lm_sort, NATIVE_METHOD);

Type list_type = {.cname = "list", .flags = TF_BASETYPE | TF_LIST_SUB, .basicsize = sizeof(List),
                  .trace = list_trace, .repr = list_repr, .richcmp = list_richcmp, .len = list_len,
                  .getitem = list_getitem, .setitem = list_setitem, .contains = list_contains,
                  .binop = list_binop, .iter = list_iter, .new_ = list_new_};
