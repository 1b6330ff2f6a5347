/* SPDX-License-Identifier: MIT */
/* The image loader and the import system, and vm_main (start-up and the
 * uncaught-exception / SystemExit policy).
 *
 * The image (docs/image-format.md, written by freeze/image.py) is read in
 * place: code words, line and exception tables are used where they lie;
 * only names, constants and the small Code headers become heap objects.
 * Importing a frozen module runs its code once and caches it in
 * sys.modules; native modules come from the core table and the platform's
 * port_modules. */
#include "vm.h"
#include "fmt.h"
#include "port.h"
#include <math.h>

#define IMAGE_FORMAT_REVISION 1
extern const uint32_t image_opcodes_hash; /* generated: build/opcodes_hash.c */

typedef struct {
    const uint8_t *p, *end;
} Reader;

_Noreturn static void bad_image(const char *what) {
    vm_writes(2, "xenlet: invalid image: ");
    vm_writes(2, what);
    vm_writes(2, "\n");
    port_exit(2);
}

static uint32_t rd_u32(Reader *r) {
    if (r->end - r->p < 4) bad_image("truncated");
    uint32_t v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
    r->p += 4;
    return v;
}
static uint16_t rd_u16(Reader *r) {
    if (r->end - r->p < 2) bad_image("truncated");
    uint16_t v = (uint16_t)(r->p[0] | r->p[1] << 8);
    r->p += 2;
    return v;
}
static uint8_t rd_u8(Reader *r) {
    if (r->p >= r->end) bad_image("truncated");
    return *r->p++;
}
static const uint8_t *rd_raw(Reader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) bad_image("truncated");
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}
static Str *rd_str(Reader *r) {
    uint32_t n = rd_u32(r);
    return str_new((const char *)rd_raw(r, n), n);
}
static const uint32_t *rd_words(Reader *r, uint32_t *n) {
    *n = rd_u32(r);
    while ((uintptr_t)r->p & 3) r->p++;
    return (const uint32_t *)rd_raw(r, (size_t)*n * 4);
}

static Code **codes;
static uint32_t ncodes;

static Value rd_const(Reader *r) {
    char tag = (char)rd_u8(r);
    switch (tag) {
    case 'N': return None;
    case 'T': return True_;
    case 'F': return False_;
    case 'E': return Ellipsis_;
    case 'i': {
        uint64_t lo = rd_u32(r), hi = rd_u32(r);
        return int_from_i64((int64_t)(lo | hi << 32));
    }
    case 'I': {
        int neg = rd_u8(r);
        Str *hex = rd_str(r);
        Value v = int_from_str(hex->data, hex->nbytes, 16);
        return neg ? int_neg(v) : v;
    }
    case 'f': {
        uint64_t lo = rd_u32(r), hi = rd_u32(r), bits = lo | hi << 32;
        double d;
        memcpy(&d, &bits, 8);
        return float_new(d);
    }
    case 's': return (Value)rd_str(r);
    case 'b': {
        uint32_t n = rd_u32(r);
        return (Value)bytes_new(rd_raw(r, n), n);
    }
    case 't':
    case 'z': {
        uint32_t n = rd_u32(r);
        Tuple *t = tuple_new(n);
        for (uint32_t i = 0; i < n; i++) t->items[i] = rd_const(r);
        if (tag == 't') return (Value)t;
        Set *s = set_new(&frozenset_type);
        set_update(s, (Value)t);
        return (Value)s;
    }
    case 'c': {
        uint32_t i = rd_u32(r);
        if (i >= ncodes || !codes[i]) bad_image("bad code reference");
        return (Value)codes[i];
    }
    default: bad_image("bad constant tag");
    }
}

static Code *rd_code(Reader *r) {
    Code *c = gc_alloc(&code_type, sizeof(Code));
    c->name = str_intern(rd_str(r));
    c->qualname = rd_str(r);
    c->filename = rd_str(r);
    c->firstlineno = (int32_t)rd_u32(r);
    c->argcount = rd_u16(r);
    c->posonlyargcount = rd_u16(r);
    c->kwonlyargcount = rd_u16(r);
    c->flags = rd_u32(r);
    c->nlocals = rd_u32(r);
    c->ncells = rd_u32(r);
    c->nfrees = rd_u32(r);
    c->stacksize = rd_u32(r) + 1;
    c->ncache = rd_u32(r);
    uint32_t nv = c->nlocals + c->ncells + c->nfrees;
    c->varnames = gc_alloc_raw((nv + 1) * sizeof(Str *));
    for (uint32_t i = 0; i < nv; i++) c->varnames[i] = str_intern(rd_str(r));
    if (rd_u8(r)) {
        c->cell2arg = gc_alloc_raw((c->ncells + 1) * sizeof(int32_t));
        for (uint32_t i = 0; i < c->ncells; i++) c->cell2arg[i] = (int32_t)rd_u32(r);
    }
    c->nnames = rd_u32(r);
    c->names = gc_alloc_raw((c->nnames + 1) * sizeof(Str *));
    for (uint32_t i = 0; i < c->nnames; i++) c->names[i] = str_intern(rd_str(r));
    c->nconsts = rd_u32(r);
    c->consts = gc_alloc_raw((c->nconsts + 1) * sizeof(Value));
    for (uint32_t i = 0; i < c->nconsts; i++) c->consts[i] = rd_const(r);
    c->docstring = rd_const(r);
    c->code = rd_words(r, &c->ncode);
    uint32_t n;
    c->lines = rd_words(r, &n);
    c->nlines = n / 2;
    c->exc = rd_words(r, &n);
    c->nexc = n / 4;
    c->cache = gc_alloc_raw((c->ncache + 1) * sizeof(InlineCache));
    /* check every jump target and table entry lies inside the code */
    for (uint32_t i = 0; i < c->nexc; i++)
        if (c->exc[4 * i + 2] >= c->ncode || c->exc[4 * i + 3] > c->stacksize) bad_image("bad exception table");
    return c;
}

typedef struct {
    Str *name;
    bool is_package;
    Code *code;
} FrozenMod;
static FrozenMod *fmods;
static uint32_t nfmods;
Dict *sys_modules;
Dict *vm_builtins;

static void load_image(const uint8_t *img, size_t len) {
    Reader r = {img, img + len};
    if (len < 8 || memcmp(img, "XNLT", 4)) bad_image("bad magic (not a xenlet image)");
    r.p += 4;
    uint32_t version = rd_u32(&r);
    uint32_t want = (IMAGE_FORMAT_REVISION << 16) | image_opcodes_hash;
    if (version != want) {
        char msg[128];
        fmt_snprintf(msg, sizeof msg, "image version %#x does not match this VM (%#x); freeze it again", version, want);
        bad_image(msg);
    }
    /* allocate before publishing the counts: image_trace may run meanwhile */
    uint32_t nc = rd_u32(&r);
    codes = gc_alloc_raw((nc + 1) * sizeof(Code *));
    ncodes = nc;
    for (uint32_t i = 0; i < ncodes; i++) codes[i] = rd_code(&r);
    uint32_t nm = rd_u32(&r);
    fmods = gc_alloc_raw((nm + 1) * sizeof(FrozenMod));
    nfmods = nm;
    for (uint32_t i = 0; i < nfmods; i++) {
        fmods[i].name = str_intern(rd_str(&r));
        fmods[i].is_package = rd_u8(&r);
        uint32_t ci = rd_u32(&r);
        if (ci >= ncodes) bad_image("bad module code index");
        fmods[i].code = codes[ci];
    }
}

static Value image_roots[2];
void image_trace(void) {
    gc_mark_raw(codes);
    for (uint32_t i = 0; i < ncodes; i++) gc_mark((Value)codes[i]);
    gc_mark_raw(fmods);
    for (uint32_t i = 0; i < nfmods; i++) gc_mark((Value)fmods[i].name);
}

/* ---- import ------------------------------------------------------------------- */

static FrozenMod *find_frozen(Str *name) {
    for (uint32_t i = 0; i < nfmods; i++)
        if (str_eq(fmods[i].name, name)) return &fmods[i];
    return NULL;
}

static Value import_one(Str *name) {
    Value m = dict_get(sys_modules, (Value)name);
    if (m) return m;
    FrozenMod *fm = find_frozen(name);
    if (fm) {
        Module *mod = module_new(name);
        Dict *g = mod->hdr.dict;
        dict_set_str(g, names.__builtins__, (Value)vm_builtins);
        dict_set_str(g, names.__file__, (Value)fm->code->filename);
        const char *dot = strrchr(name->data, '.');
        Str *pkg = fm->is_package ? name : dot ? str_new(name->data, (size_t)(dot - name->data)) : str_empty;
        dict_set_str(g, names.__package__, (Value)pkg);
        if (fm->is_package) dict_set_str(g, names.__path__, (Value)list_new(0));
        dict_set_str(g, names.__spec__, None);
        dict_set(sys_modules, (Value)name, (Value)mod);
        VM_TRY(t) {
            vm_run_code(fm->code, g, NULL);
        }
        VM_CATCH(t, e) {
            dict_del(sys_modules, (Value)name);
            vm_raise(e);
        }
        VM_END
        return dict_get(sys_modules, (Value)name);
    }
    for (const NativeModule *nm = vm_native_modules; nm->name; nm++)
        if (!strcmp(nm->name, name->data)) {
            Module *mod = nm->init();
            dict_set(sys_modules, (Value)name, (Value)mod);
            return (Value)mod;
        }
    for (const port_module *pm = port_modules; pm->name; pm++)
        if (!strcmp(pm->name, name->data)) {
            Value mod = (Value)pm->init();
            dict_set(sys_modules, (Value)name, mod);
            return mod;
        }
    Value e = vm_new_exc(ModuleNotFoundError_type, "No module named %R", (Value)name);
    ((Exc *)e)->extra = (Value)name;
    vm_raise(e);
}

/* Import a dotted name: each package along the way, binding submodules as
 * attributes of their parent. */
static Value import_dotted(Str *full) {
    Value top = NULL, parent = NULL;
    const char *s = full->data;
    for (size_t i = 0; i <= full->nbytes; i++) {
        if (i < full->nbytes && s[i] != '.') continue;
        Str *prefix = str_intern(str_new(s, i));
        Value m = import_one(prefix);
        if (parent) {
            const char *last = strrchr(prefix->data, '.');
            Str *attr = str_intern_cstr(last ? last + 1 : prefix->data);
            if (!dict_get_str(parent->dict, attr)) dict_set_str(parent->dict, attr, m);
        }
        if (!top) top = m;
        parent = m;
    }
    return top;
}

static Str *resolve_relative(Str *name, int level, Dict *globals) {
    Value pkg = dict_get_str(globals, names.__package__);
    if (!pkg || !IS_STR(pkg) || !((Str *)pkg)->nbytes)
        vm_raisef(ImportError_type, "attempted relative import with no known parent package");
    Str *base = (Str *)pkg;
    size_t n = base->nbytes;
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t j = n; j-- > 0;)
            if (base->data[j] == '.') {
                dot = base->data + j;
                break;
            }
        if (!dot) vm_raisef(ImportError_type, "attempted relative import beyond top-level package");
        n = (size_t)(dot - base->data);
    }
    Str *b = str_new(base->data, n);
    if (!name->nbytes) return str_intern(b);
    return str_intern(str_printf("%N.%N", b, name));
}

Value vm_import(Str *name, Value fromlist, int level, Dict *globals) {
    Str *full = level > 0 ? resolve_relative(name, level, globals) : name;
    Value top = import_dotted(full);
    bool has_from = fromlist && fromlist != None && vm_truthy(fromlist);
    if (!has_from) {
        if (level > 0) {
            /* `from . import x` never gets here; `import .a` is not valid syntax */
            return import_one(full);
        }
        return top;
    }
    return dict_get(sys_modules, (Value)full);
}

Value vm_import_from(Value m, Str *name) {
    Value v = vm_getattr_opt(m, name);
    if (v) return v;
    if (is_type(m, &module_type)) {
        Str *sub = str_intern(str_printf("%N.%N", ((Module *)m)->name, name));
        if (find_frozen(sub)) {
            Value r = import_one(sub);
            dict_set_str(m->dict, name, r);
            return r;
        }
        vm_raisef(ImportError_type, "cannot import name '%N' from '%N'", name, ((Module *)m)->name);
    }
    vm_raisef(ImportError_type, "cannot import name '%N'", name);
}

void vm_import_star(Value m, Frame *f) {
    Dict *dst = f->locals ? f->locals : f->globals;
    Value all = vm_getattr_opt(m, names.__all__);
    if (all) {
        Value it = vm_iter(all);
        for (Value k; (k = vm_next(it));) dict_set(dst, k, vm_getattr(m, str_intern((Str *)k)));
        return;
    }
    Dict *src = m->dict;
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v))
        if (IS_STR(k) && ((Str *)k)->data[0] != '_') dict_set(dst, k, v);
}

/* ---- start-up --------------------------------------------------------------------- */

void vm_init_types(void);
Dict *builtins_init(void);

static int exit_status_of(Value exc) {
    Value code = ((Exc *)exc)->args->len ? (((Exc *)exc)->args->len == 1 ? ((Exc *)exc)->args->items[0]
                                                                            : (Value)((Exc *)exc)->args)
                                         : None;
    if (code == None) return 0;
    if (IS_INTLIKE(code)) {
        int64_t c;
        if (int_to_i64(code, &c)) return (int)(c & 0xff);
        return 1;
    }
    Str *s = vm_str(code);
    port_flush();
    vm_write(2, s->data, s->nbytes);
    vm_writes(2, "\n");
    return 1;
}

void vm_flush_stdio(void);

int vm_main(port_heap heap, void *stack_top) {
    gc_init(heap.base, heap.size, stack_top);
    /* keep a margin for raising and reporting the RecursionError itself */
    size_t ss = port_stack_size(), margin = ss / 4 < (128u << 10) ? ss / 4 : (128u << 10);
    vm.c_stack_floor = (uintptr_t)stack_top - ss + margin;
    size_t fs = heap.size / 16;
    if (fs > ((size_t)8 << 20)) fs = (size_t)8 << 20;
    if (fs < ((size_t)128 << 10)) fs = (size_t)128 << 10;
    vm.fs_base = gc_alloc_raw_uninit(fs); /* frames initialise their own slots */
    vm.fs_top = vm.fs_base;
    vm.fs_end = vm.fs_base + fs;
    gc_add_root((Value *)&vm.fs_base);
    vm.recursion_limit = 1000;
    gc_add_root(&image_roots[0]);
    VmTry top;
    vm_try_enter(&top);
    top.is_eval = false;
    int status = 0;
    if (setjmp(top.jb) == 0) {
        str_init();
        vm_init_types();
        vm_builtins = builtins_init();
        gc_add_root((Value *)&vm_builtins);
        sys_modules = dict_new();
        gc_add_root((Value *)&sys_modules);
        size_t len;
        const uint8_t *img = port_image(&len);
        load_image(img, len);
        if (!nfmods) bad_image("no modules");
        Value sys = import_one(str_intern_cstr("sys"));
        (void)sys;
        Str *main_name = names.__main__;
        Module *mod = module_new(main_name);
        vm.main_module = mod;
        Dict *g = mod->hdr.dict;
        dict_set_str(g, names.__builtins__, (Value)vm_builtins);
        dict_set_str(g, names.__file__, (Value)fmods[0].code->filename);
        dict_set_str(g, names.__package__, None);
        dict_set_str(g, names.__spec__, None);
        dict_set(sys_modules, (Value)main_name, (Value)mod);
        vm_run_code(fmods[0].code, g, NULL);
        vm_try_leave(&top);
    } else {
        Value exc = vm_try_caught(&top);
        VmTry t2;
        vm_try_enter(&t2);
        t2.is_eval = false;
        if (setjmp(t2.jb) == 0) {
            vm_flush_stdio();
            if (vm_exc_matches(exc, SystemExit_type)) status = exit_status_of(exc);
            else {
                exc_print(exc);
                status = 1;
            }
            vm_try_leave(&t2);
        } else {
            vm_try_caught(&t2);
            vm_writes(2, "xenlet: error while reporting an exception\n");
            status = 1;
        }
    }
    VmTry t3;
    vm_try_enter(&t3);
    t3.is_eval = false;
    if (setjmp(t3.jb) == 0) {
        vm_flush_stdio();
        vm_try_leave(&t3);
    } else {
        vm_try_caught(&t3);
        if (!status) status = 120; /* as CPython when flushing stdout fails at exit */
    }
    port_flush();
    return status;
}
