/* SPDX-License-Identifier: MIT */
/* set and frozenset: open addressing with CPython's probe sequence and
 * growth policy, so that iteration order (which programs print) matches
 * CPython's for the same insertions (e.g. small ints come out sorted). */
#include "vm.h"

static Obj set_dummy_obj;
#define DUMMY ((Value)&set_dummy_obj)
#define LINEAR_PROBES 9
#define MINSIZE 8

static void table_alloc(Set *s, size_t size) {
    s->table = gc_alloc_raw(size * sizeof(SetEntry));
    s->mask = size - 1;
    s->fill = 0;
    s->used = 0;
}

Set *set_new(Type *t) {
    Set *s = gc_alloc(t, t->basicsize ? t->basicsize : sizeof(Set));
    table_alloc(s, MINSIZE);
    return s;
}

static SetEntry *lookup(Set *s, Value key, int64_t hash) {
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (int j = 0;; j++) {
            if (!e->key) return freeslot ? freeslot : e;
            if (e->key == DUMMY) {
                if (!freeslot) freeslot = e;
            } else if (e->key == key) {
                return e;
            } else if (e->hash == hash) {
                Value ek = e->key;
                SetEntry *tab = s->table;
                bool eq = vm_eq(ek, key);
                if (tab != s->table || e->key != ek) return lookup(s, key, hash);
                if (eq) return e;
            }
            if (j >= probes) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void resize(Set *s, size_t minused) {
    size_t size = MINSIZE;
    while (size <= minused) size <<= 1;
    SetEntry *old = s->table;
    size_t oldsize = s->mask + 1;
    table_alloc(s, size);
    for (size_t i = 0; i < oldsize; i++) {
        Value k = old[i].key;
        if (!k || k == DUMMY) continue;
        /* fresh table: no dummies and no equal keys, find an empty slot */
        size_t mask = s->mask, j = (size_t)old[i].hash & mask, perturb = (size_t)old[i].hash;
        for (;;) {
            SetEntry *e = &s->table[j];
            int probes = (j + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int p;
            for (p = 0; p <= probes && e->key; p++) e++;
            if (p <= probes && !e->key) {
                e->key = k;
                e->hash = old[i].hash;
                break;
            }
            perturb >>= 5;
            j = (j * 5 + 1 + perturb) & mask;
        }
        s->fill++;
        s->used++;
    }
}

static void add_hashed(Set *s, Value key, int64_t hash) {
    SetEntry *e = lookup(s, key, hash);
    if (e->key && e->key != DUMMY) return;
    if (!e->key) s->fill++;
    e->key = key;
    e->hash = hash;
    s->used++;
    if (s->fill * 5 >= s->mask * 3) resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void set_add(Set *s, Value v) { add_hashed(s, v, vm_hash(v)); }

bool set_contains(Set *s, Value v) {
    SetEntry *e = lookup(s, v, vm_hash(v));
    return e->key && e->key != DUMMY;
}

bool set_discard(Set *s, Value v) {
    SetEntry *e = lookup(s, v, vm_hash(v));
    if (!e->key || e->key == DUMMY) return false;
    e->key = DUMMY;
    s->used--;
    return true;
}

bool set_next(Set *s, size_t *pos, Value *k) {
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *k = e->key;
            return true;
        }
    }
    return false;
}

static bool is_anyset(Value v) {
    return !IS_SMALL(v) && (vm_isinstance_type(v->type, &set_type) || vm_isinstance_type(v->type, &frozenset_type));
}

/* Insert into a table known to hold neither the key nor dummies. */
static void insert_clean(Set *s, Value key, int64_t hash) {
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (int j = 0; j <= probes; j++, e++)
            if (!e->key) {
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                return;
            }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Merging one set into another as CPython does (the printed order of the
 * result depends on it): grow first; into an empty set of the same size
 * copy the slots as they are, into another empty set insert in the other's
 * table order. */
static void set_merge(Set *s, Set *o) {
    if (o->used == 0) return;
    if ((s->fill + o->used) * 5 >= s->mask * 3) resize(s, s->used + o->used > 0 ? (s->used + o->used) * 2 : 0);
    if (s->fill == 0 && s->mask == o->mask) {
        for (size_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (e->key && e->key != DUMMY) {
                s->table[i] = *e;
                s->fill++;
                s->used++;
            }
        }
        return;
    }
    bool empty = s->fill == 0;
    for (size_t i = 0; i <= o->mask; i++) {
        SetEntry *e = &o->table[i];
        if (!e->key || e->key == DUMMY) continue;
        if (empty) insert_clean(s, e->key, e->hash);
        else add_hashed(s, e->key, e->hash);
    }
}

void set_update(Set *s, Value it) {
    if (is_anyset(it)) {
        set_merge(s, (Set *)it);
        return;
    }
    if (IS_DICT(it)) {
        Dict *d = (Dict *)it;
        size_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v)) add_hashed(s, k, d->entries[pos - 1].hash);
        return;
    }
    Value iter = vm_iter(it);
    for (Value x; (x = vm_next(iter));) set_add(s, x);
}

static void set_trace(Obj *o) {
    Set *s = (Set *)o;
    if (!s->table) return; /* being created: its table is being allocated */
    gc_mark_raw(s->table);
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != DUMMY) gc_mark(s->table[i].key);
}

static Set *copy_as(Value src, Type *t) {
    Set *r = set_new(t);
    set_update(r, src);
    return r;
}

static Value set_repr(Value v) {
    Set *s = (Set *)v;
    bool frozen = !vm_isinstance_type(type_of(v), &set_type);
    const char *tn = vm_type_name(v);
    if (s->used == 0) return (Value)str_printf("%s()", tn);
    StrBuf b;
    sb_init(&b, 16 + s->used * 4);
    bool named = frozen || type_of(v) != &set_type;
    if (named) sb_printf(&b, "%s(", tn);
    sb_addc(&b, '{');
    size_t pos = 0;
    Value k;
    bool first = true;
    while (set_next(s, &pos, &k)) {
        if (!first) sb_adds(&b, ", ");
        first = false;
        sb_addstr(&b, vm_repr(k));
    }
    sb_addc(&b, '}');
    if (named) sb_addc(&b, ')');
    return (Value)sb_finish(&b);
}

static bool subset(Set *a, Set *b) {
    if (a->used > b->used) return false;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k))
        if (!set_contains(b, k)) return false;
    return true;
}

static Value set_richcmp(Value a, Value b, int op) {
    if (!is_anyset(b)) return NotImpl;
    Set *x = (Set *)a, *y = (Set *)b;
    switch (op) {
    case CMP_EQ: return BOOL(x->used == y->used && subset(x, y));
    case CMP_NE: return BOOL(!(x->used == y->used && subset(x, y)));
    case CMP_LE: return BOOL(subset(x, y));
    case CMP_GE: return BOOL(subset(y, x));
    case CMP_LT: return BOOL(x->used < y->used && subset(x, y));
    default: return BOOL(x->used > y->used && subset(y, x));
    }
}

/* CPython's frozenset hash algorithm (order independent). */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }
static int64_t frozenset_hash(Value v) {
    Set *s = (Set *)v;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (e->key && e->key != DUMMY) hash ^= shuffle_bits((uint64_t)e->hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    return (int64_t)hash;
}

static int64_t set_len(Value v) { return (int64_t)((Set *)v)->used; }

static bool set_contains_slot(Value v, Value x) {
    if (is_type(x, &set_type) && !vm_isinstance_type(type_of(x), &frozenset_type)) {
        /* a set key is looked up as the equal frozenset */
        Set *f = copy_as(x, &frozenset_type);
        return set_contains((Set *)v, (Value)f);
    }
    return set_contains((Set *)v, x);
}

static Value result_type_new(Value a) {
    return (Value)set_new(vm_isinstance_type(type_of(a), &frozenset_type) ? &frozenset_type : &set_type);
}

static Value set_op(Value a, Value b, int op, Value dst) {
    Set *x = (Set *)a, *y = (Set *)b;
    Set *r = (Set *)(dst ? dst : result_type_new(a));
    size_t pos = 0;
    Value k;
    switch (op) {
    case BINOP_OR:
        if (r != x) set_update(r, a);
        set_update(r, b);
        break;
    case BINOP_AND: {
        Set *src = x, *other = y;
        if (dst) {
            Set *tmp = set_new(&set_type);
            while (set_next(src, &pos, &k))
                if (set_contains(other, k)) set_add(tmp, k);
            r->table = tmp->table;
            r->mask = tmp->mask;
            r->fill = tmp->fill;
            r->used = tmp->used;
            break;
        }
        if (x->used > y->used) {
            src = y;
            other = x;
        }
        while (set_next(src, &pos, &k))
            if (set_contains(other, k)) set_add(r, k);
        break;
    }
    case BINOP_SUB:
        if (dst) {
            while (set_next(y, &pos, &k)) set_discard(r, k);
        } else if ((x->used >> 2) > y->used) {
            /* CPython: a much smaller other set is removed from a copy */
            set_merge(r, x);
            while (set_next(y, &pos, &k)) set_discard(r, k);
        } else {
            while (set_next(x, &pos, &k))
                if (!set_contains(y, k)) set_add(r, k);
        }
        break;
    case BINOP_XOR:
        /* CPython: a copy of the other set, then x's items in table order
         * toggled in it */
        if (dst) {
            while (set_next(y, &pos, &k))
                if (!set_discard(r, k)) set_add(r, k);
        } else {
            set_merge(r, y);
            while (set_next(x, &pos, &k))
                if (!set_discard(r, k)) set_add(r, k);
        }
        break;
    }
    return (Value)r;
}

static Value set_binop(Value a, Value b, int op) {
    bool inplace = op >= BINOP_INPLACE;
    int base = inplace ? op - BINOP_INPLACE : op;
    if (base != BINOP_OR && base != BINOP_AND && base != BINOP_SUB && base != BINOP_XOR) return NotImpl;
    if (!is_anyset(a) || !is_anyset(b)) return NotImpl;
    if (inplace && vm_isinstance_type(type_of(a), &set_type)) return set_op(a, b, base, a);
    return set_op(a, b, base, NULL);
}

typedef struct {
    Obj hdr;
    Set *s;
    size_t pos, used0;
} SetIter;
static void setit_trace(Obj *o) { gc_mark((Value)((SetIter *)o)->s); }
static Value self_iter(Value o) { return o; }
static Value setit_next(Value o) {
    SetIter *it = (SetIter *)o;
    if (!it->s) return NULL;
    if (it->s->used != it->used0) {
        it->used0 = (size_t)-1;
        vm_raisef(RuntimeError_type, "Set changed size during iteration");
    }
    Value k;
    if (!set_next(it->s, &it->pos, &k)) {
        it->s = NULL;
        return NULL;
    }
    return k;
}
Type set_iter_type = {.cname = "set_iterator", .basicsize = sizeof(SetIter), .trace = setit_trace,
                      .iter = self_iter, .next = setit_next};
static Value set_iter(Value v) {
    SetIter *it = gc_alloc(&set_iter_type, sizeof(SetIter));
    it->s = (Set *)v;
    it->used0 = it->s->used;
    return (Value)it;
}

/* ---- methods ------------------------------------------------------------------------ */

static Value as_set(Value v) {
    if (is_anyset(v)) return v;
    return (Value)copy_as(v, &set_type);
}

#define SM(name) static Value sm_##name(Value *a, int n, Tuple *kw)
SM(add) {
    arg_nokw("add", kw);
    arg_count("add", n - 1, 1, 1);
    set_add((Set *)a[0], a[1]);
    return None;
}
SM(discard) {
    arg_nokw("discard", kw);
    arg_count("discard", n - 1, 1, 1);
    set_discard((Set *)a[0], a[1]);
    return None;
}
SM(remove) {
    arg_nokw("remove", kw);
    arg_count("remove", n - 1, 1, 1);
    if (!set_discard((Set *)a[0], a[1])) vm_raise(exc_new_args(KeyError_type, &a[1], 1));
    return None;
}
SM(pop) {
    arg_nokw("pop", kw);
    arg_count("pop", n - 1, 0, 0);
    Set *s = (Set *)a[0];
    size_t pos = 0;
    Value k;
    if (!set_next(s, &pos, &k)) vm_raisef(KeyError_type, "pop from an empty set");
    set_discard(s, k);
    return k;
}
SM(clear) {
    arg_nokw("clear", kw);
    arg_count("clear", n - 1, 0, 0);
    table_alloc((Set *)a[0], MINSIZE);
    return None;
}
SM(copy) {
    arg_nokw("copy", kw);
    arg_count("copy", n - 1, 0, 0);
    if (is_type(a[0], &frozenset_type)) return a[0];
    return (Value)copy_as(a[0], type_of(a[0]) == &frozenset_type ? &frozenset_type : &set_type);
}
static Value multi(Value *a, int n, Tuple *kw, int op, bool inplace, const char *name) {
    arg_nokw(name, kw);
    Value r = inplace ? a[0] : (Value)copy_as(a[0], vm_isinstance_type(type_of(a[0]), &frozenset_type) ? &frozenset_type : &set_type);
    for (int i = 1; i < n; i++) set_op(r, as_set(a[i]), op, r);
    return inplace ? None : r;
}
SM(union_) { return multi(a, n, kw, BINOP_OR, false, "union"); }
SM(update) { return multi(a, n, kw, BINOP_OR, true, "update"); }
SM(intersection) { return multi(a, n, kw, BINOP_AND, false, "intersection"); }
SM(intersection_update) { return multi(a, n, kw, BINOP_AND, true, "intersection_update"); }
SM(difference) { return multi(a, n, kw, BINOP_SUB, false, "difference"); }
SM(difference_update) { return multi(a, n, kw, BINOP_SUB, true, "difference_update"); }
SM(symmetric_difference) {
    arg_nokw("symmetric_difference", kw);
    arg_count("symmetric_difference", n - 1, 1, 1);
    return set_op(a[0], as_set(a[1]), BINOP_XOR, NULL);
}
SM(symmetric_difference_update) {
    arg_count("symmetric_difference_update", n - 1, 1, 1);
    return multi(a, n, kw, BINOP_XOR, true, "symmetric_difference_update");
}
SM(issubset) {
    arg_nokw("issubset", kw);
    arg_count("issubset", n - 1, 1, 1);
    return BOOL(subset((Set *)a[0], (Set *)as_set(a[1])));
}
SM(issuperset) {
    arg_nokw("issuperset", kw);
    arg_count("issuperset", n - 1, 1, 1);
    return BOOL(subset((Set *)as_set(a[1]), (Set *)a[0]));
}
SM(isdisjoint) {
    arg_nokw("isdisjoint", kw);
    arg_count("isdisjoint", n - 1, 1, 1);
    Set *x = (Set *)a[0], *y = (Set *)as_set(a[1]);
    size_t pos = 0;
    Value k;
    while (set_next(x, &pos, &k))
        if (set_contains(y, k)) return False_;
    return True_;
}
SM(init) {
    arg_nokw("set", kw);
    arg_count("set", n - 1, 0, 1);
    table_alloc((Set *)a[0], MINSIZE);
    if (n > 1) set_update((Set *)a[0], a[1]);
    return None;
}

static Value set_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return (Value)set_new(t);
}

static Value frozenset_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    arg_nokw("frozenset", kw);
    arg_count("frozenset", nargs, 0, 1);
    if (nargs && is_type(args[0], &frozenset_type) && t == &frozenset_type) return args[0];
    Set *s = set_new(t);
    if (nargs) set_update(s, args[0]);
    return (Value)s;
}

DEF_METHOD(set_type, __init__, sm_init, NATIVE_METHOD);
DEF_METHOD(set_type, add, sm_add, NATIVE_METHOD);
DEF_METHOD(set_type, discard, sm_discard, NATIVE_METHOD);
DEF_METHOD(set_type, remove, sm_remove, NATIVE_METHOD);
DEF_METHOD(set_type, pop, sm_pop, NATIVE_METHOD);
DEF_METHOD(set_type, clear, sm_clear, NATIVE_METHOD);
DEF_METHOD(set_type, copy, sm_copy, NATIVE_METHOD);
DEF_METHOD(set_type, union, sm_union_, NATIVE_METHOD);
DEF_METHOD(set_type, update, sm_update, NATIVE_METHOD);
DEF_METHOD(set_type, intersection, sm_intersection, NATIVE_METHOD);
DEF_METHOD(set_type, intersection_update, sm_intersection_update, NATIVE_METHOD);
DEF_METHOD(set_type, difference, sm_difference, NATIVE_METHOD);
DEF_METHOD(set_type, difference_update, sm_difference_update, NATIVE_METHOD);
DEF_METHOD(set_type, symmetric_difference, sm_symmetric_difference, NATIVE_METHOD);
DEF_METHOD(set_type, symmetric_difference_update, sm_symmetric_difference_update, NATIVE_METHOD);
DEF_METHOD(set_type, issubset, sm_issubset, NATIVE_METHOD);
DEF_METHOD(set_type, issuperset, sm_issuperset, NATIVE_METHOD);
DEF_METHOD(set_type, isdisjoint, sm_isdisjoint, NATIVE_METHOD);
DEF_METHOD(frozenset_type, copy, sm_copy, NATIVE_METHOD);
DEF_METHOD(frozenset_type, union, sm_union_, NATIVE_METHOD);
DEF_METHOD(frozenset_type, intersection, sm_intersection, NATIVE_METHOD);
DEF_METHOD(frozenset_type, difference, sm_difference, NATIVE_METHOD);
DEF_METHOD(frozenset_type, symmetric_difference, sm_symmetric_difference, NATIVE_METHOD);
DEF_METHOD(frozenset_type, issubset, sm_issubset, NATIVE_METHOD);
DEF_METHOD(frozenset_type, issuperset, sm_issuperset, NATIVE_METHOD);
DEF_METHOD(frozenset_type, isdisjoint, sm_isdisjoint, NATIVE_METHOD);

Type set_type = {.cname = "set", .flags = TF_BASETYPE, .basicsize = sizeof(Set), .trace = set_trace,
                 .repr = set_repr, .richcmp = set_richcmp, .len = set_len, .contains = set_contains_slot,
                 .binop = set_binop, .iter = set_iter, .new_ = set_new_};
Type frozenset_type = {.cname = "frozenset", .flags = TF_BASETYPE, .basicsize = sizeof(Set), .trace = set_trace,
                       .repr = set_repr, .richcmp = set_richcmp, .len = set_len, .contains = set_contains_slot,
                       .binop = set_binop, .iter = set_iter, .new_ = frozenset_new_, .hash = frozenset_hash};
