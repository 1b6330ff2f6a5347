/* SPDX-License-Identifier: MIT */
/* Structural pattern matching: the run-time half of `match` statements
 * (the opcodes MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS of
 * vm/opcodes.def; freeze/patterns.py compiles the patterns around them).
 *
 * Which subjects sequence and mapping patterns accept.  CPython decides by
 * two type flags: set on list, tuple, range, memoryview, deque, array
 * (sequences) and dict (mappings), on collections.abc.Sequence/Mapping, on
 * any class registered with them, and inherited by subclasses from the
 * first class of their MRO that has one.  xenlet has no such flags on
 * classes; the same rule is applied at match time by walking the subject
 * type's MRO: the first class that
 *   - is list, tuple, range or memoryview, collections.deque or
 *     collections.UserList, or is (or is registered with)
 *     collections.abc.Sequence, makes the subject a sequence;
 *   - is dict, collections.UserDict or collections.ChainMap, or is (or is
 *     registered with) collections.abc.Mapping, makes it a mapping;
 * anything else (str, bytes, bytearray, object...) decides nothing.  Only
 * classes count as registered (built-in types such as str keep their
 * meaning, as CPython's immutable types do).  The common subjects (exact
 * list, tuple, dict and the other built-in types) never walk anything. */
#include "vm.h"

enum { MK_NONE, MK_SEQ, MK_MAP };

static Str *s_registry, *s_sequence, *s_mapping, *s_get, *s_match_args;
static const char *const seq_classes[] = {"deque", "UserList", NULL};
static const char *const map_classes[] = {"UserDict", "ChainMap", NULL};

static Str *intern(Str **slot, const char *s) {
    if (!*slot) *slot = str_intern_cstr(s); /* interned strings are GC roots */
    return *slot;
}

/* A built-in (non-class) type's own kind; -1: it decides nothing. */
static int builtin_kind(Type *t) {
    if (t == &list_type || t == &tuple_type || t == &range_type || t == &memoryview_type) return MK_SEQ;
    if (t == &dict_type) return MK_MAP;
    return -1;
}

static bool in_list(Value list, Value v) {
    if (!list || !IS_LIST(list)) return false;
    List *l = (List *)list;
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return true;
    return false;
}

static bool is_named_class(Value mod, const char *const *cnames, Value b) {
    if (!mod) return false;
    for (int i = 0; cnames[i]; i++) {
        Value c = vm_getattr_opt(mod, str_intern_cstr(cnames[i]));
        if (c == b) return true;
    }
    return false;
}

static int match_kind(Value o) {
    Type *t = type_of(o);
    if (!(t->flags & TF_HEAP)) {
        int k = builtin_kind(t);
        return k < 0 ? MK_NONE : k;
    }
    Value abc = dict_get(sys_modules, (Value)str_intern_cstr("collections.abc"));
    Value coll = dict_get(sys_modules, (Value)str_intern_cstr("collections"));
    Value seq = abc ? vm_getattr_opt(abc, intern(&s_sequence, "Sequence")) : NULL;
    Value map = abc ? vm_getattr_opt(abc, intern(&s_mapping, "Mapping")) : NULL;
    Value seq_reg = seq ? vm_getattr_opt(seq, intern(&s_registry, "_registry")) : NULL;
    Value map_reg = map ? vm_getattr_opt(map, intern(&s_registry, "_registry")) : NULL;
    Tuple *mro = t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        Type *b = (Type *)mro->items[i];
        if (!(b->flags & TF_HEAP)) {
            int k = builtin_kind(b);
            if (k >= 0) return k;
            continue;
        }
        if ((Value)b == seq || in_list(seq_reg, (Value)b) || is_named_class(coll, seq_classes, (Value)b)) return MK_SEQ;
        if ((Value)b == map || in_list(map_reg, (Value)b) || is_named_class(coll, map_classes, (Value)b)) return MK_MAP;
    }
    return MK_NONE;
}

bool match_sequence(Value o) {
    if (IS_SMALL(o)) return false;
    Type *t = o->type;
    if (t == &list_type || t == &tuple_type) return true;
    if (t == &str_type || t == &dict_type) return false;
    return match_kind(o) == MK_SEQ;
}

bool match_mapping(Value o) {
    if (IS_SMALL(o)) return false;
    Type *t = o->type;
    if (t == &dict_type) return true;
    if (t == &list_type || t == &tuple_type || t == &str_type) return false;
    return match_kind(o) == MK_MAP;
}

/* [subject, keys] -> values tuple, or None when a key is missing.  Looks
 * keys up as subject.get(key, <missing>) does (CPython's way), so a
 * dict's __missing__ is never called; a dict whose `get` is the built-in
 * one is read directly. */
Value match_keys(Value subj, Value keysv) {
    Tuple *keys = (Tuple *)keysv;
    size_t n = keys->len;
    if (n == 0) return (Value)tuple_empty;
    Set *seen = n > 1 ? set_new(&set_type) : NULL;
    Value get = NULL, missing = NULL;
    if (IS_DICT(subj)) {
        Value g = type_lookup(subj->type, intern(&s_get, "get"));
        if (g && !is_type(g, &native_type)) get = vm_getattr(subj, s_get);
    } else {
        get = vm_getattr(subj, intern(&s_get, "get"));
    }
    if (get) missing = vm_call0((Value)&object_type);
    Tuple *vals = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value k = keys->items[i];
        if (seen) {
            if (set_contains(seen, k)) vm_raisef(ValueError_type, "mapping pattern checks duplicate key (%R)", k);
            set_add(seen, k);
        }
        Value v = get ? vm_call2(get, k, missing) : dict_get((Dict *)subj, k);
        if (!v || v == missing) return None;
        vals->items[i] = v;
    }
    return (Value)vals;
}

/* The built-in types whose single positional sub-pattern matches the
 * whole subject (CPython's _Py_TPFLAGS_MATCH_SELF), and their subclasses. */
static bool match_self(Type *t) {
    for (; t; t = t->base)
        if (t == &bool_type || t == &bytearray_type || t == &bytes_type || t == &dict_type || t == &float_type ||
            t == &frozenset_type || t == &int_type || t == &list_type || t == &set_type || t == &str_type ||
            t == &tuple_type)
            return true;
    return false;
}

/* One attribute of a class pattern; NULL when the subject lacks it.  Each
 * attribute may be named once, through __match_args__ or a keyword. */
static Value class_attr(Value subj, Type *cls, Value name, Value *seen, size_t nseen) {
    for (size_t i = 0; i < nseen; i++)
        if (str_eq((Str *)seen[i], (Str *)name))
            vm_raisef(TypeError_type, "%s() got multiple sub-patterns for attribute %R", type_name(cls), name);
    return vm_getattr_opt(subj, (Str *)name);
}

/* [subject, cls, kwnames] -> tuple of attributes, or None. */
Value match_class(Value subj, Value clsv, Value kwv, int nargs) {
    if (!IS_TYPE(clsv)) vm_raisef(TypeError_type, "called match pattern must be a type");
    if (!vm_isinstance(subj, clsv)) return None;
    Type *cls = (Type *)clsv;
    Tuple *kw = (Tuple *)kwv;
    size_t total = (size_t)nargs + kw->len;
    if (total == 0) return (Value)tuple_empty;
    Tuple *out = tuple_new(total);
    Tuple *seen = tuple_new(total); /* the attribute names seen so far */
    size_t nseen = 0, j = 0;
    if (nargs) {
        Value ma = vm_getattr_opt(clsv, intern(&s_match_args, "__match_args__"));
        bool self = false;
        if (ma) {
            if (!is_type(ma, &tuple_type))
                vm_raisef(TypeError_type, "%s.__match_args__ must be a tuple (got %s)", type_name(cls), vm_type_name(ma));
        } else {
            ma = (Value)tuple_empty;
            self = match_self(cls);
        }
        size_t allowed = self ? 1 : ((Tuple *)ma)->len;
        if (allowed < (size_t)nargs)
            vm_raisef(TypeError_type, "%s() accepts %d positional sub-pattern%s (%d given)", type_name(cls), (int)allowed,
                      allowed == 1 ? "" : "s", nargs);
        if (self) {
            out->items[j++] = subj;
        } else {
            for (int i = 0; i < nargs; i++) {
                Value name = ((Tuple *)ma)->items[i];
                if (!IS_EXACT_STR(name))
                    vm_raisef(TypeError_type, "__match_args__ elements must be strings (got %s)", vm_type_name(name));
                Value a = class_attr(subj, cls, name, seen->items, nseen);
                if (!a) return None;
                seen->items[nseen++] = name;
                out->items[j++] = a;
            }
        }
    }
    for (size_t i = 0; i < kw->len; i++) {
        Value a = class_attr(subj, cls, kw->items[i], seen->items, nseen);
        if (!a) return None;
        seen->items[nseen++] = kw->items[i];
        out->items[j++] = a;
    }
    return (Value)out;
}
