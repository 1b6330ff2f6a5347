/* SPDX-License-Identifier: MIT */
/* dict: an insertion-ordered hash table (a sparse index of int32 into a
 * dense entry array, as CPython's compact dict), its views and iterators.
 * Lookups compare interned strings by pointer first.  d->version changes
 * whenever the set of keys changes, so LOAD_GLOBAL can cache entry
 * positions (vm/eval.c). */
#include "vm.h"

static uint32_t version_counter;
#define EMPTY (-1)
#define DUMMY (-2)

static void dict_alloc(Dict *d, size_t isize) {
    d->mask = isize - 1;
    d->cap = isize * 2 / 3;
    d->index = gc_alloc_raw(isize * sizeof(int32_t));
    memset(d->index, 0xff, isize * sizeof(int32_t)); /* all EMPTY */
    d->entries = gc_alloc_raw(d->cap * sizeof(DictEntry));
    d->nentries = 0;
}

Dict *dict_new(void) {
    Dict *d = gc_alloc(&dict_type, sizeof(Dict));
    dict_alloc(d, 8);
    d->version = ++version_counter;
    return d;
}

static inline bool keys_equal(Value a, Value b) {
    if (a == b) return true;
    if (IS_SMALL(a) || IS_SMALL(b)) {
        if (IS_SMALL(a) && IS_SMALL(b)) return false;
    } else if (a->type == &str_type && b->type == &str_type) {
        return str_eq((Str *)a, (Str *)b);
    }
    return vm_eq(a, b);
}

/* Index slot holding key, or the slot where it would go (*found false). */
static size_t find_slot(Dict *d, Value key, int64_t hash, bool *found) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    size_t free_slot = (size_t)-1;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == EMPTY) {
            *found = false;
            return free_slot != (size_t)-1 ? free_slot : i;
        }
        if (ix == DUMMY) {
            if (free_slot == (size_t)-1) free_slot = i;
        } else {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *found = true;
                return i;
            }
            if (e->hash == hash) {
                Value ek = e->key;
                Dict *before = d;
                DictEntry *ents = d->entries;
                bool eq = keys_equal(ek, key);
                if (before->entries != ents || before->index[i] != ix) {
                    /* the dict changed during __eq__: start over */
                    return find_slot(d, key, hash, found);
                }
                if (eq) {
                    *found = true;
                    return i;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

DictEntry *dict_lookup_entry(Dict *d, Value key, int64_t hash) {
    bool found;
    size_t slot = find_slot(d, key, hash, &found);
    return found ? &d->entries[d->index[slot]] : NULL;
}

Value dict_get(Dict *d, Value key) {
    int64_t h = vm_hash(key); /* even for an empty dict: an unhashable key is a TypeError */
    if (d->used == 0) return NULL;
    DictEntry *e = dict_lookup_entry(d, key, h);
    return e ? e->value : NULL;
}

Value dict_get_str(Dict *d, Str *key) {
    if (d->used == 0) return NULL;
    int64_t h = str_hash(key);
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == EMPTY) return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == (Value)key) return e->value;
            if (e->hash == h && !IS_SMALL(e->key) && e->key->type == &str_type && str_eq((Str *)e->key, key))
                return e->value;
            if (e->hash == h && !(!IS_SMALL(e->key) && e->key->type == &str_type))
                return dict_get(d, (Value)key);
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void resize(Dict *d, size_t minused) {
    size_t isize = 8;
    while (isize * 2 / 3 <= minused) isize *= 2;
    DictEntry *old = d->entries;
    size_t n = d->nentries;
    dict_alloc(d, isize);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        d->entries[k] = old[i];
        size_t mask = d->mask, j = (size_t)old[i].hash & mask, perturb = (size_t)old[i].hash;
        while (d->index[j] != EMPTY) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        d->index[j] = (int32_t)k;
        k++;
    }
    d->nentries = k;
}

static void insert(Dict *d, Value key, int64_t hash, Value v) {
    bool found;
    size_t slot = find_slot(d, key, hash, &found);
    if (found) {
        d->entries[d->index[slot]].value = v;
        return;
    }
    if (d->nentries >= d->cap) {
        resize(d, d->used * 3 / 2 + 1);
        slot = find_slot(d, key, hash, &found);
    }
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = v;
    d->index[slot] = (int32_t)d->nentries++;
    d->used++;
    d->version = ++version_counter;
}

void dict_set(Dict *d, Value key, Value v) { insert(d, key, vm_hash(key), v); }
void dict_set_str(Dict *d, Str *key, Value v) { insert(d, (Value)key, str_hash(key), v); }

bool dict_del(Dict *d, Value key) {
    int64_t h = vm_hash(key);
    if (!d->used) return false;
    bool found;
    size_t slot = find_slot(d, key, h, &found);
    if (!found) return false;
    DictEntry *e = &d->entries[d->index[slot]];
    e->key = NULL;
    e->value = NULL;
    d->index[slot] = DUMMY;
    d->used--;
    d->version = ++version_counter;
    return true;
}

void dict_clear(Dict *d) {
    dict_alloc(d, 8);
    d->used = 0;
    d->version = ++version_counter;
}

bool dict_next(Dict *d, size_t *pos, Value *k, Value *v) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            *k = e->key;
            if (v) *v = e->value;
            return true;
        }
    }
    return false;
}

Dict *dict_copy(Dict *src) {
    Dict *d = dict_new();
    if (src->used) resize(d, src->used);
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
        DictEntry *e = &src->entries[pos - 1];
        insert(d, k, e->hash, v);
    }
    return d;
}

void dict_update(Dict *d, Value other) {
    if (is_type(other, &dict_type) || (IS_DICT(other) && type_lookup(type_of(other), names.keys) ==
                                                          type_lookup(&dict_type, names.keys))) {
        Dict *o = (Dict *)other;
        size_t pos = 0;
        Value k, v;
        while (dict_next(o, &pos, &k, &v)) insert(d, k, o->entries[pos - 1].hash, v);
        return;
    }
    Value keys = vm_getattr_opt(other, names.keys);
    if (keys) {
        Value it = vm_iter(vm_call0(keys));
        for (Value k; (k = vm_next(it));) dict_set(d, k, vm_getitem(other, k));
        return;
    }
    Value it = vm_iter(other);
    size_t i = 0;
    for (Value item; (item = vm_next(it)); i++) {
        Value kv[2];
        if (IS_TUPLE(item) && ((Tuple *)item)->len == 2) {
            kv[0] = ((Tuple *)item)->items[0];
            kv[1] = ((Tuple *)item)->items[1];
        } else {
            List *l = NULL;
            VM_TRY(t) {
                l = list_from_iter(item);
            }
            VM_CATCH(t, e) {
                (void)e;
                vm_raisef(TypeError_type, "cannot convert dictionary update sequence element #%zu to a sequence", i);
            }
            VM_END
            if (l->len != 2)
                vm_raisef(ValueError_type, "dictionary update sequence element #%zu has length %zu; 2 is required", i,
                          l->len);
            kv[0] = l->items[0];
            kv[1] = l->items[1];
        }
        dict_set(d, kv[0], kv[1]);
    }
}

/* **kwargs merging for calls: keys must be str and unique. */
Value dict_merge_kwargs(Value dv, Value m, Value func) {
    Dict *d = (Dict *)dv;
    Dict *src;
    if (IS_DICT(m)) src = (Dict *)m;
    else {
        if (!vm_getattr_opt(m, names.keys))
            vm_raisef(TypeError_type, "%N argument after ** must be a mapping, not %s", vm_function_str(func),
                      vm_type_name(m));
        src = dict_new();
        dict_update(src, m);
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
        if (!IS_STR(k)) vm_raisef(TypeError_type, "keywords must be strings");
        if (dict_get(d, k))
            vm_raisef(TypeError_type, "%N got multiple values for keyword argument '%N'", vm_function_str(func),
                      (Str *)k);
        dict_set(d, (Value)str_intern((Str *)k), v);
    }
    return dv;
}

static void dict_trace(Obj *o) {
    Dict *d = (Dict *)o;
    gc_mark_raw(d->index);
    gc_mark_raw(d->entries);
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark(d->entries[i].key);
        gc_mark(d->entries[i].value);
    }
}

static Value dict_repr(Value v) {
    Dict *d = (Dict *)v;
    static Value active[64];
    static int nactive;
    for (int i = 0; i < nactive; i++)
        if (active[i] == v) return (Value)str_from_cstr("{...}");
    if (nactive < 64) active[nactive++] = v;
    StrBuf b;
    sb_init(&b, 16 + d->used * 8);
    sb_addc(&b, '{');
    size_t pos = 0;
    Value k, x;
    bool first = true;
    VM_TRY(t) {
        while (dict_next(d, &pos, &k, &x)) {
            if (!first) sb_adds(&b, ", ");
            first = false;
            sb_addstr(&b, vm_repr(k));
            sb_adds(&b, ": ");
            sb_addstr(&b, vm_repr(x));
        }
    }
    VM_CATCH(t, e) {
        nactive--;
        vm_raise(e);
    }
    VM_END
    nactive--;
    sb_addc(&b, '}');
    return (Value)sb_finish(&b);
}

static Value dict_richcmp(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_DICT(b)) return NotImpl;
    Dict *x = (Dict *)a, *y = (Dict *)b;
    bool eq = x->used == y->used;
    size_t pos = 0;
    Value k, v;
    while (eq && dict_next(x, &pos, &k, &v)) {
        Value w = dict_get(y, k);
        if (!w || !(w == v || vm_eq(v, w))) eq = false;
    }
    return BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len(Value v) { return (int64_t)((Dict *)v)->used; }

static Value dict_getitem(Value v, Value k) {
    Value r = dict_get((Dict *)v, k);
    if (r) return r;
    if (!is_type(v, &dict_type)) {
        Value m = type_lookup(type_of(v), names.__missing__);
        if (m) return vm_call2(m, v, k);
    }
    vm_raise(exc_new_args(KeyError_type, &k, 1));
}

static void dict_setitem(Value v, Value k, Value x) {
    if (x) dict_set((Dict *)v, k, x);
    else if (!dict_del((Dict *)v, k)) vm_raise(exc_new_args(KeyError_type, &k, 1));
}

static bool dict_contains(Value v, Value k) { return dict_get((Dict *)v, k) != NULL; }

/* ---- views and iterators ----------------------------------------------------------- */

typedef struct {
    Obj hdr;
    Dict *d;
    size_t pos, used0;
    uint8_t kind; /* 0 keys, 1 values, 2 items */
} DictIter;

static void dictit_trace(Obj *o) { gc_mark((Value)((DictIter *)o)->d); }
static Value self_iter(Value o) { return o; }
static Value dictit_next(Value o) {
    DictIter *it = (DictIter *)o;
    if (!it->d) return NULL;
    if (it->d->used != it->used0) {
        it->used0 = (size_t)-1;
        vm_raisef(RuntimeError_type, "dictionary changed size during iteration");
    }
    Value k, v;
    if (!dict_next(it->d, &it->pos, &k, &v)) {
        it->d = NULL;
        return NULL;
    }
    if (it->kind == 0) return k;
    if (it->kind == 1) return v;
    Value kv[2] = {k, v};
    return (Value)tuple_from(kv, 2);
}
Type dict_iter_type = {.cname = "dict_keyiterator", .basicsize = sizeof(DictIter), .trace = dictit_trace,
                       .iter = self_iter, .next = dictit_next};

static Value dictit_new(Dict *d, int kind) {
    DictIter *it = gc_alloc(&dict_iter_type, sizeof(DictIter));
    it->d = d;
    it->used0 = d->used;
    it->kind = (uint8_t)kind;
    return (Value)it;
}

static Value dict_iter(Value v) { return dictit_new((Dict *)v, 0); }

typedef struct {
    Obj hdr;
    Dict *d;
} DictView;
static void view_trace(Obj *o) { gc_mark((Value)((DictView *)o)->d); }
static int64_t view_len(Value v) { return (int64_t)((DictView *)v)->d->used; }
static Value keys_iter(Value v) { return dictit_new(((DictView *)v)->d, 0); }
static Value values_iter(Value v) { return dictit_new(((DictView *)v)->d, 1); }
static Value items_iter(Value v) { return dictit_new(((DictView *)v)->d, 2); }
static bool keys_contains(Value v, Value k) { return dict_get(((DictView *)v)->d, k) != NULL; }
static bool items_contains(Value v, Value kv) {
    if (!IS_TUPLE(kv) || ((Tuple *)kv)->len != 2) return false;
    Value w = dict_get(((DictView *)v)->d, ((Tuple *)kv)->items[0]);
    return w && vm_eq(w, ((Tuple *)kv)->items[1]);
}
static Value view_repr_kind(Value v, const char *name) {
    List *l = list_from_iter(v);
    return (Value)str_printf("%s(%R)", name, (Value)l);
}
static Value keys_repr(Value v) { return view_repr_kind(v, "dict_keys"); }
static Value values_repr(Value v) { return view_repr_kind(v, "dict_values"); }
static Value items_repr(Value v) { return view_repr_kind(v, "dict_items"); }

/* keys and items views behave like sets for ==, &, |, -, ^ */
static Value view_richcmp(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NotImpl;
    if (!is_type(b, type_of(a)) && !is_type(b, &set_type) && !is_type(b, &frozenset_type)) return NotImpl;
    Set *x = set_new(&set_type), *y = set_new(&set_type);
    set_update(x, a);
    set_update(y, b);
    bool eq = x->used == y->used;
    size_t pos = 0;
    Value k;
    while (eq && set_next(x, &pos, &k))
        if (!set_contains(y, k)) eq = false;
    return BOOL(op == CMP_EQ ? eq : !eq);
}
static Value view_binop(Value a, Value b, int op) {
    Value sa = (Value)set_new(&set_type);
    set_update((Set *)sa, a);
    Value sb = b;
    if (!is_type(b, &set_type) && !is_type(b, &frozenset_type)) {
        sb = (Value)set_new(&set_type);
        set_update((Set *)sb, b);
    }
    return set_type.binop(sa, sb, op);
}

/* reversed() of a dict or one of its views: a snapshot list, reversed */
static Value reversed_view(Value d, int kind) {
    Dict *x = (Dict *)d;
    List *l = list_new(0);
    size_t pos = 0;
    Value k, v;
    while (dict_next(x, &pos, &k, &v)) {
        Value kv[2] = {k, v};
        list_append(l, kind == 0 ? k : kind == 1 ? v : (Value)tuple_from(kv, 2));
    }
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return vm_iter((Value)l);
}
static Value keys_rev(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    return reversed_view((Value)((DictView *)a[0])->d, 0);
}
static Value values_rev(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    return reversed_view((Value)((DictView *)a[0])->d, 1);
}
static Value items_rev(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    return reversed_view((Value)((DictView *)a[0])->d, 2);
}
DEF_METHOD(dict_keys_type, __reversed__, keys_rev, NATIVE_METHOD);
DEF_METHOD(dict_values_type, __reversed__, values_rev, NATIVE_METHOD);
DEF_METHOD(dict_items_type, __reversed__, items_rev, NATIVE_METHOD);

Type dict_keys_type = {.cname = "dict_keys", .basicsize = sizeof(DictView), .trace = view_trace,
                       .len = view_len, .iter = keys_iter, .contains = keys_contains, .repr = keys_repr,
                       .richcmp = view_richcmp, .binop = view_binop};
Type dict_values_type = {.cname = "dict_values", .basicsize = sizeof(DictView), .trace = view_trace,
                         .len = view_len, .iter = values_iter, .repr = values_repr};
Type dict_items_type = {.cname = "dict_items", .basicsize = sizeof(DictView), .trace = view_trace,
                        .len = view_len, .iter = items_iter, .contains = items_contains, .repr = items_repr,
                        .richcmp = view_richcmp, .binop = view_binop};

static Value make_view(Value d, Type *t) {
    DictView *v = gc_alloc(t, sizeof(DictView));
    v->d = (Dict *)d;
    return (Value)v;
}

#define DM(name) static Value dm_##name(Value *a, int n, Tuple *kw)
DM(keys) {
    arg_nokw("keys", kw);
    arg_count("keys", n - 1, 0, 0);
    return make_view(a[0], &dict_keys_type);
}
DM(values) {
    arg_nokw("values", kw);
    arg_count("values", n - 1, 0, 0);
    return make_view(a[0], &dict_values_type);
}
DM(items) {
    arg_nokw("items", kw);
    arg_count("items", n - 1, 0, 0);
    return make_view(a[0], &dict_items_type);
}
DM(get) {
    arg_nokw("get", kw);
    arg_count("get", n - 1, 1, 2);
    Value r = dict_get((Dict *)a[0], a[1]);
    return r ? r : (n > 2 ? a[2] : None);
}
DM(setdefault) {
    arg_nokw("setdefault", kw);
    arg_count("setdefault", n - 1, 1, 2);
    Value r = dict_get((Dict *)a[0], a[1]);
    if (r) return r;
    Value d = n > 2 ? a[2] : None;
    dict_set((Dict *)a[0], a[1], d);
    return d;
}
DM(pop) {
    arg_nokw("pop", kw);
    arg_count("pop", n - 1, 1, 2);
    if (((Dict *)a[0])->used == 0 && n > 2) return a[2]; /* CPython does not hash here */
    Value r = dict_get((Dict *)a[0], a[1]);
    if (r) {
        dict_del((Dict *)a[0], a[1]);
        return r;
    }
    if (n > 2) return a[2];
    vm_raise(exc_new_args(KeyError_type, &a[1], 1));
}
DM(popitem) {
    arg_nokw("popitem", kw);
    arg_count("popitem", n - 1, 0, 0);
    Dict *d = (Dict *)a[0];
    for (size_t i = d->nentries; i-- > 0;) {
        DictEntry *e = &d->entries[i];
        if (e->key) {
            Value kv[2] = {e->key, e->value};
            dict_del(d, e->key);
            return (Value)tuple_from(kv, 2);
        }
    }
    vm_raisef(KeyError_type, "popitem(): dictionary is empty");
}
DM(update) {
    int nk = kw ? (int)kw->len : 0;
    if (n - nk > 2) vm_raisef(TypeError_type, "update expected at most 1 argument, got %d", n - nk - 1);
    if (n - nk > 1) dict_update((Dict *)a[0], a[1]);
    for (int i = 0; i < nk; i++) dict_set((Dict *)a[0], kw->items[i], a[n - nk + i]);
    return None;
}
DM(clear) {
    arg_nokw("clear", kw);
    arg_count("clear", n - 1, 0, 0);
    dict_clear((Dict *)a[0]);
    return None;
}
DM(copy) {
    arg_nokw("copy", kw);
    arg_count("copy", n - 1, 0, 0);
    return (Value)dict_copy((Dict *)a[0]);
}
DM(fromkeys) {
    arg_nokw("fromkeys", kw);
    arg_count("fromkeys", n - 1, 1, 2);
    Value d = vm_call0(a[0]);
    Value v = n > 2 ? a[2] : None;
    Value it = vm_iter(a[1]);
    for (Value k; (k = vm_next(it));) vm_setitem(d, k, v);
    return d;
}
DM(init) {
    int nk = kw ? (int)kw->len : 0;
    if (n - nk > 2) vm_raisef(TypeError_type, "dict expected at most 1 argument, got %d", n - nk - 1);
    return dm_update(a, n, kw);
}
static Value reversed_view(Value d, int kind);
DM(reversed) {
    arg_nokw("__reversed__", kw);
    arg_count("__reversed__", n - 1, 0, 0);
    return reversed_view(a[0], 0);
}

static Value dict_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (base != BINOP_OR || !IS_DICT(a) || !IS_DICT(b)) {
        if (op == BINOP_OR + BINOP_INPLACE && IS_DICT(a)) {
            dict_update((Dict *)a, b);
            return a;
        }
        return NotImpl;
    }
    if (op >= BINOP_INPLACE) {
        dict_update((Dict *)a, b);
        return a;
    }
    Dict *r = dict_copy((Dict *)a);
    dict_update(r, b);
    return (Value)r;
}

static Value dict_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Dict *d = gc_alloc(t, t->basicsize);
    dict_alloc(d, 8);
    d->version = ++version_counter;
    return (Value)d;
}

DEF_METHOD(dict_type, __init__, dm_init, NATIVE_METHOD);
DEF_METHOD(dict_type, keys, dm_keys, NATIVE_METHOD);
DEF_METHOD(dict_type, values, dm_values, NATIVE_METHOD);
DEF_METHOD(dict_type, items, dm_items, NATIVE_METHOD);
DEF_METHOD(dict_type, get, dm_get, NATIVE_METHOD);
DEF_METHOD(dict_type, setdefault, dm_setdefault, NATIVE_METHOD);
DEF_METHOD(dict_type, pop, dm_pop, NATIVE_METHOD);
DEF_METHOD(dict_type, popitem, dm_popitem, NATIVE_METHOD);
DEF_METHOD(dict_type, update, dm_update, NATIVE_METHOD);
DEF_METHOD(dict_type, clear, dm_clear, NATIVE_METHOD);
DEF_METHOD(dict_type, copy, dm_copy, NATIVE_METHOD);
DEF_METHOD(dict_type, fromkeys, dm_fromkeys, NATIVE_CLASSMETHOD);
DEF_METHOD(dict_type, __reversed__, dm_reversed, NATIVE_METHOD);

Type dict_type = {.cname = "dict", .flags = TF_BASETYPE | TF_DICT_SUB, .basicsize = sizeof(Dict),
                  .trace = dict_trace, .repr = dict_repr, .richcmp = dict_richcmp, .len = dict_len,
                  .getitem = dict_getitem, .setitem = dict_setitem, .contains = dict_contains,
                  .iter = dict_iter, .binop = dict_binop, .new_ = dict_new_};
