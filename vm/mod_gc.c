/* SPDX-License-Identifier: MIT */
/* The `gc` module: collect, enable, disable, isenabled as in CPython, plus
 * two xenlet extensions that read heap use.
 *
 * Promises: collect() runs a full collection (also while automatic
 * collection is disabled) and returns 0, since the collector does not
 * count unreachable objects; enable/disable only switch automatic
 * collection (the `gc_enabled` flag of vm/gc.c).
 *
 * Extensions (CPython has no such functions; a program that must also run
 * under CPython tests `hasattr(gc, "mem_alloc")`), named as MicroPython
 * names them: mem_alloc() is the number of heap bytes in use, mem_free()
 * the number of heap bytes not in use. */
#include "obj.h"

static Value g_collect(Value *args, int nargs, Tuple *kw) {
    /* CPython accepts generation=0..2; it only selects how much to scan */
    static const char *const an[] = {"generation"};
    Value gen;
    arg_parse("collect", args, nargs, kw, 0, 1, an, &gen);
    if (gen) {
        int64_t g = vm_index(gen);
        if (g < 0 || g > 2) vm_raisef(ValueError_type, "invalid generation");
    }
    gc_collect();
    return MK_SMALL(0);
}

static Value g_enable(Value *args, int nargs, Tuple *kw) {
    (void)args;
    arg_nokw("enable", kw);
    arg_count("enable", nargs, 0, 0);
    gc_enabled = true;
    return None;
}

static Value g_disable(Value *args, int nargs, Tuple *kw) {
    (void)args;
    arg_nokw("disable", kw);
    arg_count("disable", nargs, 0, 0);
    gc_enabled = false;
    return None;
}

static Value g_isenabled(Value *args, int nargs, Tuple *kw) {
    (void)args;
    arg_nokw("isenabled", kw);
    arg_count("isenabled", nargs, 0, 0);
    return BOOL(gc_enabled);
}

/* xenlet extension: heap bytes in use. */
static Value g_mem_alloc(Value *args, int nargs, Tuple *kw) {
    (void)args;
    arg_nokw("mem_alloc", kw);
    arg_count("mem_alloc", nargs, 0, 0);
    return int_from_u64(gc_heap_used());
}

/* xenlet extension: heap bytes not in use. */
static Value g_mem_free(Value *args, int nargs, Tuple *kw) {
    (void)args;
    arg_nokw("mem_free", kw);
    arg_count("mem_free", nargs, 0, 0);
    size_t used = gc_heap_used(), size = gc_heap_size();
    return int_from_u64(size > used ? size - used : 0);
}

Module *mod_gc_init(void) {
    Module *m = module_new(str_intern_cstr("gc"));
    module_add_fn(m, "collect", g_collect);
    module_add_fn(m, "enable", g_enable);
    module_add_fn(m, "disable", g_disable);
    module_add_fn(m, "isenabled", g_isenabled);
    module_add_fn(m, "mem_alloc", g_mem_alloc);
    module_add_fn(m, "mem_free", g_mem_free);
    return m;
}
