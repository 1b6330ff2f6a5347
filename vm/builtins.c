/* SPDX-License-Identifier: MIT */
/* The builtins module: built-in functions and the names of the built-in
 * types, and type set-up at start-up (vm_init_types). */
#include "vm.h"
#include "port.h"

Value callable_iter_new(Value fn, Value sentinel);
Value int_divmod(Value a, Value b);
Value int_pow3(Value a, Value b, Value mod);
void exc_init_types(Dict *builtins);
extern Type member_type, seq_iter_type, file_type, big_range_iter_type, slot_descr_type;

#define BF(name) static Value bi_##name(Value *a, int n, Tuple *kw)

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
BF(print) {
    int nk = kw ? (int)kw->len : 0, np = n - nk;
    Value sep = None, end = None, file = None, flush = False_;
    for (int i = 0; i < nk; i++) {
        const char *k = ((Str *)kw->items[i])->data;
        Value v = a[np + i];
        if (!strcmp(k, "sep")) sep = v;
        else if (!strcmp(k, "end")) end = v;
        else if (!strcmp(k, "file")) file = v;
        else if (!strcmp(k, "flush")) flush = v;
        else vm_raisef(TypeError_type, "'%s' is an invalid keyword argument for print()", k);
    }
    if (sep != None && !IS_STR(sep)) vm_raisef(TypeError_type, "sep must be None or a string, not %s", vm_type_name(sep));
    if (end != None && !IS_STR(end)) vm_raisef(TypeError_type, "end must be None or a string, not %s", vm_type_name(end));
    if (file == None) {
        Value sys = dict_get(sys_modules, (Value)str_intern_cstr("sys"));
        file = sys ? vm_getattr(sys, names.stdout) : None;
        if (file == None) return None;
    }
    StrBuf b;
    sb_init(&b, 64);
    for (int i = 0; i < np; i++) {
        if (i) {
            if (sep == None) sb_addc(&b, ' ');
            else sb_addstr(&b, (Str *)sep);
        }
        sb_addstr(&b, vm_str(a[i]));
    }
    if (end == None) sb_addc(&b, '\n');
    else sb_addstr(&b, (Str *)end);
    Value s = (Value)sb_finish(&b);
    vm_call_method(file, names.write, &s, 1);
    if (vm_truthy(flush)) vm_call_method(file, names.flush, NULL, 0);
    return None;
}

BF(len) {
    arg_nokw("len", kw);
    arg_count("len", n, 1, 1);
    return int_from_i64(vm_len(a[0]));
}
BF(repr) {
    arg_nokw("repr", kw);
    arg_count("repr", n, 1, 1);
    return (Value)vm_repr(a[0]);
}
BF(ascii) {
    arg_nokw("ascii", kw);
    arg_count("ascii", n, 1, 1);
    return (Value)vm_ascii(a[0]);
}
BF(hash) {
    arg_nokw("hash", kw);
    arg_count("hash", n, 1, 1);
    return int_from_i64(vm_hash(a[0]));
}
BF(id) {
    arg_nokw("id", kw);
    arg_count("id", n, 1, 1);
    return int_from_u64((uint64_t)(uintptr_t)a[0]);
}
BF(abs) {
    arg_nokw("abs", kw);
    arg_count("abs", n, 1, 1);
    return vm_abs(a[0]);
}
BF(callable) {
    arg_nokw("callable", kw);
    arg_count("callable", n, 1, 1);
    return BOOL(vm_callable(a[0]));
}
BF(isinstance) {
    arg_nokw("isinstance", kw);
    arg_count("isinstance", n, 2, 2);
    return BOOL(vm_isinstance(a[0], a[1]));
}
BF(issubclass) {
    arg_nokw("issubclass", kw);
    arg_count("issubclass", n, 2, 2);
    return BOOL(vm_issubclass(a[0], a[1]));
}
BF(iter) {
    arg_nokw("iter", kw);
    arg_count("iter", n, 1, 2);
    if (n == 2) {
        if (!vm_callable(a[0])) vm_raisef(TypeError_type, "iter(v, w): v must be callable");
        return callable_iter_new(a[0], a[1]);
    }
    return vm_iter(a[0]);
}
BF(next) {
    arg_nokw("next", kw);
    arg_count("next", n, 1, 2);
    Type *t = type_of(a[0]);
    if (!t->next) vm_raisef(TypeError_type, "'%s' object is not an iterator", type_name(t));
    Value v = t->next(a[0]);
    if (v) return v;
    if (n == 2) return a[1];
    Value sv = is_type(a[0], &gen_type) ? vm.stop_value : NULL;
    if (sv && sv != None) vm_raise(exc_new_args(StopIteration_type, &sv, 1));
    vm_raise(exc_new_args(StopIteration_type, NULL, 0));
}

static Str *attr_name(Value v, const char *fn) {
    if (!IS_STR(v)) vm_raisef(TypeError_type, "attribute name must be string, not '%s'", vm_type_name(v));
    (void)fn;
    return str_intern((Str *)v);
}
BF(getattr) {
    arg_nokw("getattr", kw);
    arg_count("getattr", n, 2, 3);
    Str *name = attr_name(a[1], "getattr");
    if (n == 3) {
        Value v = vm_getattr_opt(a[0], name);
        return v ? v : a[2];
    }
    return vm_getattr(a[0], name);
}
BF(setattr) {
    arg_nokw("setattr", kw);
    arg_count("setattr", n, 3, 3);
    vm_setattr(a[0], attr_name(a[1], "setattr"), a[2]);
    return None;
}
BF(delattr) {
    arg_nokw("delattr", kw);
    arg_count("delattr", n, 2, 2);
    vm_delattr(a[0], attr_name(a[1], "delattr"));
    return None;
}
BF(hasattr) {
    arg_nokw("hasattr", kw);
    arg_count("hasattr", n, 2, 2);
    return BOOL(vm_getattr_opt(a[0], attr_name(a[1], "hasattr")) != NULL);
}

static Value minmax(Value *a, int n, Tuple *kw, int op, const char *name) {
    int nk = kw ? (int)kw->len : 0, np = n - nk;
    Value key = None, dflt = NULL;
    for (int i = 0; i < nk; i++) {
        const char *k = ((Str *)kw->items[i])->data;
        if (!strcmp(k, "key")) key = a[np + i];
        else if (!strcmp(k, "default")) dflt = a[np + i];
        else vm_raisef(TypeError_type, "%s() got an unexpected keyword argument '%s'", name, k);
    }
    if (np == 0) vm_raisef(TypeError_type, "%s expected at least 1 argument, got 0", name);
    Value it;
    if (np == 1) it = vm_iter(a[0]);
    else {
        if (dflt)
            vm_raisef(TypeError_type, "Cannot specify a default for %s() with multiple positional arguments", name);
        it = vm_iter((Value)tuple_from(a, (size_t)np));
    }
    Value best = NULL, bestk = NULL;
    for (Value x; (x = vm_next(it));) {
        Value k = key == None ? x : vm_call1(key, x);
        if (!best || vm_truthy(vm_richcmp(k, bestk, op))) {
            best = x;
            bestk = k;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        vm_raisef(ValueError_type, "%s() arg is an empty sequence", name);
    }
    return best;
}
BF(min) { return minmax(a, n, kw, CMP_LT, "min"); }
BF(max) { return minmax(a, n, kw, CMP_GT, "max"); }

BF(sum) {
    static const char *const an[] = {"iterable", "start"};
    Value out[2];
    arg_parse("sum", a, n, kw, 0, 2, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "sum() takes at least 1 positional argument (0 given)");
    Value acc = out[1] ? out[1] : MK_SMALL(0);
    if (IS_STR(acc)) vm_raisef(TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_type(acc, &bytes_type)) vm_raisef(TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = vm_iter(out[0]);
    for (Value x; (x = vm_next(it));) {
        if (IS_SMALL(acc) && IS_SMALL(x)) {
            int64_t r = SMALL_VAL(acc) + SMALL_VAL(x);
            if (SMALL_FITS(r)) {
                acc = MK_SMALL(r);
                continue;
            }
        }
        acc = vm_binop(acc, x, BINOP_ADD);
    }
    return acc;
}
BF(any) {
    arg_nokw("any", kw);
    arg_count("any", n, 1, 1);
    Value it = vm_iter(a[0]);
    for (Value x; (x = vm_next(it));)
        if (vm_truthy(x)) return True_;
    return False_;
}
BF(all) {
    arg_nokw("all", kw);
    arg_count("all", n, 1, 1);
    Value it = vm_iter(a[0]);
    for (Value x; (x = vm_next(it));)
        if (!vm_truthy(x)) return False_;
    return True_;
}
BF(sorted) {
    int nk = kw ? (int)kw->len : 0;
    if (n - nk != 1) vm_raisef(TypeError_type, "sorted expected 1 argument, got %d", n - nk);
    static const char *const an[] = {"key", "reverse"};
    Value out[2];
    arg_parse("sorted", a, n, kw, 1, 2, an, out);
    List *l = list_from_iter(a[0]);
    list_sort(l, out[0], out[1] ? vm_index(out[1]) != 0 : false);
    return (Value)l;
}
BF(divmod) {
    arg_nokw("divmod", kw);
    arg_count("divmod", n, 2, 2);
    if (IS_INTLIKE(a[0]) && IS_INTLIKE(a[1])) {
        if (int_sign(a[1]) == 0) vm_raisef(ZeroDivisionError_type, "integer division or modulo by zero");
        return int_divmod(a[0], a[1]);
    }
    Value m = type_lookup(type_of(a[0]), names.__divmod__);
    if (m && (type_of(a[0])->flags & TF_HEAP)) {
        Value r = vm_call2(m, a[0], a[1]);
        if (r != NotImpl) return r;
    }
    if (type_of(a[1])->flags & TF_HEAP) {
        Value rm = type_lookup(type_of(a[1]), names.__rdivmod__);
        if (rm) {
            Value r = vm_call2(rm, a[1], a[0]);
            if (r != NotImpl) return r;
        }
    }
    Type *ta = type_of(a[0]), *tb = type_of(a[1]);
    bool numeric = (IS_INTLIKE(a[0]) || IS_FLOAT(a[0]) || (ta->flags & TF_HEAP)) &&
                   (IS_INTLIKE(a[1]) || IS_FLOAT(a[1]) || (tb->flags & TF_HEAP));
    if (!numeric || ((ta->flags & TF_HEAP) && !type_lookup(ta, str_intern_cstr("__floordiv__"))) ||
        ((tb->flags & TF_HEAP) && !type_lookup(tb, str_intern_cstr("__rfloordiv__"))))
        vm_raisef(TypeError_type, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(ta),
                  type_name(tb));
    Value t[2] = {vm_binop(a[0], a[1], BINOP_FLOORDIV), vm_binop(a[0], a[1], BINOP_MOD)};
    return (Value)tuple_from(t, 2);
}
BF(pow) {
    static const char *const an[] = {"base", "exp", "mod"};
    Value out[3];
    arg_parse("pow", a, n, kw, 0, 3, an, out);
    if (!out[0] || !out[1]) vm_raisef(TypeError_type, "pow() missing required argument");
    if (out[2] && out[2] != None) {
        if (type_of(out[0])->flags & TF_HEAP) {
            Value m = type_lookup(type_of(out[0]), str_intern_cstr("__pow__"));
            if (m) {
                Value r = vm_call3(m, out[0], out[1], out[2]);
                if (r != NotImpl) return r;
            }
        }
        if (!IS_INTLIKE(out[0]) || !IS_INTLIKE(out[1]) || !IS_INTLIKE(out[2]))
            vm_raisef(TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
        return int_pow3(out[0], out[1], out[2]);
    }
    return vm_binop(out[0], out[1], BINOP_POW);
}
BF(round) {
    static const char *const an[] = {"number", "ndigits"};
    Value out[2];
    arg_parse("round", a, n, kw, 0, 2, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "round() missing required argument 'number' (pos 1)");
    Value m = type_lookup(type_of(out[0]), names.__round__);
    if (!m) vm_raisef(TypeError_type, "type %s doesn't define __round__ method", vm_type_name(out[0]));
    if (out[1] && out[1] != None) return vm_call2(m, out[0], out[1]);
    return vm_call1(m, out[0]);
}
BF(chr) {
    arg_nokw("chr", kw);
    arg_count("chr", n, 1, 1);
    int64_t c = vm_index(a[0]);
    if (c < 0 || c > 0x10ffff) vm_raisef(ValueError_type, "chr() arg not in range(0x110000)");
    return (Value)str_from_codepoint((uint32_t)c);
}
BF(ord) {
    arg_nokw("ord", kw);
    arg_count("ord", n, 1, 1);
    if (IS_STR(a[0])) {
        Str *s = (Str *)a[0];
        if (s->len != 1)
            vm_raisef(TypeError_type, "ord() expected a character, but string of length %zu found", s->len);
        size_t adv;
        return MK_SMALL(str_decode_at(s->data, &adv));
    }
    if (is_type(a[0], &bytes_type) || is_type(a[0], &bytearray_type)) {
        Bytes *b = (Bytes *)bytes_from_value(a[0], "ord");
        if (b->len != 1)
            vm_raisef(TypeError_type, "ord() expected a character, but string of length %zu found", b->len);
        return MK_SMALL(b->data[0]);
    }
    vm_raisef(TypeError_type, "ord() expected string of length 1, but %s found", vm_type_name(a[0]));
}
static Value base_repr(Value v, int base, const char *prefix) {
    Value i = vm_index_value(v);
    Str *digits = int_to_str(int_sign(i) < 0 ? int_neg(i) : i, base);
    return (Value)str_printf("%s%s%N", int_sign(i) < 0 ? "-" : "", prefix, digits);
}
BF(hex) {
    arg_nokw("hex", kw);
    arg_count("hex", n, 1, 1);
    return base_repr(a[0], 16, "0x");
}
BF(oct) {
    arg_nokw("oct", kw);
    arg_count("oct", n, 1, 1);
    return base_repr(a[0], 8, "0o");
}
BF(bin) {
    arg_nokw("bin", kw);
    arg_count("bin", n, 1, 1);
    return base_repr(a[0], 2, "0b");
}
BF(format) {
    arg_nokw("format", kw);
    arg_count("format", n, 1, 2);
    Str *spec = str_empty;
    if (n > 1) {
        if (!IS_STR(a[1])) vm_raisef(TypeError_type, "format() argument 2 must be str, not %s", vm_type_name(a[1]));
        spec = (Str *)a[1];
    }
    return vm_format(a[0], spec);
}
BF(globals) {
    (void)a;
    (void)n;
    (void)kw;
    return (Value)vm.frame->globals;
}
BF(locals) {
    (void)a;
    (void)n;
    (void)kw;
    Frame *f = vm.frame;
    if (f->locals) return (Value)f->locals;
    if (!f->func) return (Value)f->globals;
    Dict *d = dict_new();
    Code *c = f->code;
    for (uint32_t i = 0; i < c->nlocals; i++)
        if (f->slots[i]) dict_set(d, (Value)c->varnames[i], f->slots[i]);
    for (uint32_t i = 0; i < c->ncells + c->nfrees; i++) {
        Cell *cell = (Cell *)f->slots[c->nlocals + i];
        if (cell && cell->ref) dict_set(d, (Value)c->varnames[c->nlocals + i], cell->ref);
    }
    return (Value)d;
}
BF(vars) {
    arg_nokw("vars", kw);
    arg_count("vars", n, 0, 1);
    if (n == 0) return bi_locals(a, 0, NULL);
    Value d = vm_getattr_opt(a[0], names.__dict__);
    if (!d) vm_raisef(TypeError_type, "vars() argument must have __dict__ attribute");
    return d;
}
BF(dir) {
    arg_nokw("dir", kw);
    arg_count("dir", n, 0, 1);
    List *l;
    if (n == 0) {
        Value loc = bi_locals(a, 0, NULL);
        l = list_from_iter(loc);
    } else if (is_type(a[0], &module_type)) {
        l = list_from_iter((Value)a[0]->dict);
    } else {
        Value m = type_lookup(type_of(a[0]), names.__dir__);
        l = list_from_iter(vm_call1(m, a[0]));
    }
    list_sort(l, NULL, false);
    return (Value)l;
}
BF(input) {
    arg_nokw("input", kw);
    arg_count("input", n, 0, 1);
    if (n) {
        Str *p = vm_str(a[0]);
        Value sys = dict_get(sys_modules, (Value)str_intern_cstr("sys"));
        Value out = vm_getattr(sys, names.stdout);
        Value s = (Value)p;
        vm_call_method(out, names.write, &s, 1);
        vm_call_method(out, names.flush, NULL, 0);
    }
    Value sys = dict_get(sys_modules, (Value)str_intern_cstr("sys"));
    Value in = vm_getattr(sys, names.stdin);
    Value line = vm_call_method(in, names.readline, NULL, 0);
    if (!IS_STR(line)) vm_raisef(TypeError_type, "readline returned non-string");
    Str *s = (Str *)line;
    if (!s->nbytes) vm_raisef(EOFError_type, "EOF when reading a line");
    if (s->data[s->nbytes - 1] == '\n') return (Value)str_new(s->data, s->nbytes - 1);
    return line;
}
Value io_open(Value *a, int n, Tuple *kw); /* vm/mod_sys.c: file objects */
BF(open) { return io_open(a, n, kw); }

BF(disabled) {
    (void)a;
    (void)n;
    (void)kw;
    vm_raisef(NotImplementedError_type, "runtime code loading is not available in a sealed image");
}

/* The builtins module's functions (see DEF_BUILTIN in vm/obj.h: an image
 * keeps those its program names). */
DEF_BUILTIN(print, bi_print);
DEF_BUILTIN(len, bi_len);
DEF_BUILTIN(repr, bi_repr);
DEF_BUILTIN(ascii, bi_ascii);
DEF_BUILTIN(hash, bi_hash);
DEF_BUILTIN(id, bi_id);
DEF_BUILTIN(abs, bi_abs);
DEF_BUILTIN(callable, bi_callable);
DEF_BUILTIN(isinstance, bi_isinstance);
DEF_BUILTIN(issubclass, bi_issubclass);
DEF_BUILTIN(iter, bi_iter);
DEF_BUILTIN(next, bi_next);
DEF_BUILTIN(getattr, bi_getattr);
DEF_BUILTIN(setattr, bi_setattr);
DEF_BUILTIN(delattr, bi_delattr);
DEF_BUILTIN(hasattr, bi_hasattr);
DEF_BUILTIN(min, bi_min);
DEF_BUILTIN(max, bi_max);
DEF_BUILTIN(sum, bi_sum);
DEF_BUILTIN(any, bi_any);
DEF_BUILTIN(all, bi_all);
DEF_BUILTIN(sorted, bi_sorted);
DEF_BUILTIN(divmod, bi_divmod);
DEF_BUILTIN(pow, bi_pow);
DEF_BUILTIN(round, bi_round);
DEF_BUILTIN(chr, bi_chr);
DEF_BUILTIN(ord, bi_ord);
DEF_BUILTIN(hex, bi_hex);
DEF_BUILTIN(oct, bi_oct);
DEF_BUILTIN(bin, bi_bin);
DEF_BUILTIN(format, bi_format);
DEF_BUILTIN(globals, bi_globals);
DEF_BUILTIN(locals, bi_locals);
DEF_BUILTIN(vars, bi_vars);
DEF_BUILTIN(dir, bi_dir);
DEF_BUILTIN(input, bi_input);
DEF_BUILTIN(open, bi_open);
DEF_BUILTIN(eval, bi_disabled);
DEF_BUILTIN(exec, bi_disabled);
DEF_BUILTIN(compile, bi_disabled);

/* The types the builtins module names. */
DEF_BUILTIN_TYPE(object, object_type);
DEF_BUILTIN_TYPE(type, type_type);
DEF_BUILTIN_TYPE(int, int_type);
DEF_BUILTIN_TYPE(bool, bool_type);
DEF_BUILTIN_TYPE(float, float_type);
DEF_BUILTIN_TYPE(str, str_type);
DEF_BUILTIN_TYPE(bytes, bytes_type);
DEF_BUILTIN_TYPE(bytearray, bytearray_type);
DEF_BUILTIN_TYPE(memoryview, memoryview_type);
DEF_BUILTIN_TYPE(list, list_type);
DEF_BUILTIN_TYPE(tuple, tuple_type);
DEF_BUILTIN_TYPE(dict, dict_type);
DEF_BUILTIN_TYPE(set, set_type);
DEF_BUILTIN_TYPE(frozenset, frozenset_type);
DEF_BUILTIN_TYPE(range, range_type);
DEF_BUILTIN_TYPE(slice, slice_type);
DEF_BUILTIN_TYPE(property, property_type);
DEF_BUILTIN_TYPE(staticmethod, staticmethod_type);
DEF_BUILTIN_TYPE(classmethod, classmethod_type);
DEF_BUILTIN_TYPE(super, super_type);
DEF_BUILTIN_TYPE(enumerate, enumerate_type);
DEF_BUILTIN_TYPE(zip, zip_type);
DEF_BUILTIN_TYPE(map, map_type);
DEF_BUILTIN_TYPE(filter, filter_type);
DEF_BUILTIN_TYPE(reversed, reversed_type);

/* Types readied at start-up: all but those only the builtins module refers
 * to (enumerate, zip, map, filter, reversed, range: builtins_init readies
 * those it links). */
static Type *const all_types[] = {
    &object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &bytes_type, &bytearray_type,
    &memoryview_type, &list_type, &tuple_type, &dict_type, &set_type, &frozenset_type,
    &slice_type, &none_type, &notimpl_type, &ellipsis_type, &func_type, &method_type, &native_type, &code_type,
    &cell_type, &module_type, &property_type, &staticmethod_type, &classmethod_type, &super_type, &gen_type,
    &coro_type, &traceback_type, &frame_type, &range_iter_type, &seq_iter_type, &dict_keys_type, &dict_values_type,
    &dict_items_type, &dict_iter_type, &set_iter_type,
    &callable_iter_type, &str_iter_type, &list_iter_type, &tuple_iter_type, &bytes_iter_type,
    &coro_wrapper_type, &member_type, &file_type, &big_range_iter_type, &slot_descr_type, &async_gen_type,
    &async_gen_op_type,
};

void vm_init_types(void) {
    /* object and type first: every other type's dict holds natives */
    tuple_empty = gc_alloc(&tuple_type, sizeof(Tuple)); /* object.__bases__ is () */
    gc_add_root((Value *)&tuple_empty);
    type_ready(&object_type);
    type_ready(&type_type);
    for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++) type_ready(all_types[i]);
}

Dict *builtins_init(void) {
    Dict *b = dict_new();
    for (const MethodDef *m = __start_xlmethods; m < __stop_xlmethods; m++) {
        if (!m->owner) {
            dict_set_str(b, str_intern_cstr(m->name), native_new(m->name, m->fn, NULL));
        } else if (!m->fn) {
            type_ready(m->owner);
            dict_set_str(b, str_intern_cstr(m->name), (Value)m->owner);
        }
    }
    dict_set_str(b, str_intern_cstr("None"), None);
    dict_set_str(b, str_intern_cstr("True"), True_);
    dict_set_str(b, str_intern_cstr("False"), False_);
    dict_set_str(b, str_intern_cstr("Ellipsis"), Ellipsis_);
    dict_set_str(b, str_intern_cstr("NotImplemented"), NotImpl);
    dict_set_str(b, names.__name__, (Value)str_intern_cstr("builtins"));
    dict_set_str(b, names.__build_class__, vm_build_class_builtin());
    exc_init_types(b);
    return b;
}
