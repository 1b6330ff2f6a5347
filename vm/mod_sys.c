/* SPDX-License-Identifier: MIT */
/* The sys module, and the file objects behind sys.stdin/stdout/stderr and
 * open(): text and binary streams over port.h's console and file calls.
 * stdout is buffered (flushed at newline when interactive-like is not
 * known, at exit, and before reading stdin); stderr is unbuffered. */
#include "vm.h"
#include "fmt.h"
#include "port.h"

typedef struct {
    Obj hdr;
    int fd;          /* port fd: 0/1/2 console, else from port_open */
    bool binary, readable, writable, closed, is_console;
    Str *name, *mode;
    StrBuf wbuf;     /* pending output */
    char *rbuf;      /* read-ahead (raw block) */
    size_t rlen, rpos, rcap;
    bool eof;
} File;

static void file_trace(Obj *o) {
    File *f = (File *)o;
    gc_mark((Value)f->name);
    gc_mark((Value)f->mode);
    gc_mark_raw(f->wbuf.data);
    gc_mark_raw(f->rbuf);
}

static void file_flush_raw(File *f) {
    if (!f->wbuf.len) return;
    if (f->is_console) port_write(f->fd, f->wbuf.data, f->wbuf.len);
    else if (port_fwrite(f->fd, f->wbuf.data, f->wbuf.len) != PORT_OK) {
        f->wbuf.len = 0;
        vm_raisef(OSError_type, "write failed");
    }
    f->wbuf.len = 0;
}

static File *stdio_files[3];

void vm_flush_stdio(void) {
    for (int i = 1; i < 3; i++)
        if (stdio_files[i]) file_flush_raw(stdio_files[i]);
}

static File *check_open(Value v) {
    File *f = (File *)v;
    if (f->closed) vm_raisef(ValueError_type, "I/O operation on closed file.");
    return f;
}

#define FM(name) static Value fm_##name(Value *a, int n, Tuple *kw)
FM(write) {
    arg_nokw("write", kw);
    arg_count("write", n - 1, 1, 1);
    File *f = check_open(a[0]);
    if (!f->writable) vm_raisef(OSError_type, "not writable");
    if (f->binary) {
        Bytes *b = (Bytes *)bytes_from_value(a[1], "write");
        sb_add(&f->wbuf, (const char *)b->data, b->len);
        if (f->wbuf.len > 8192) file_flush_raw(f);
        return MK_SMALL((int64_t)b->len);
    }
    if (!IS_STR(a[1])) vm_raisef(TypeError_type, "write() argument must be str, not %s", vm_type_name(a[1]));
    Str *s = (Str *)a[1];
    sb_add(&f->wbuf, s->data, s->nbytes);
    if (f->fd == 2 || f->wbuf.len > 8192) file_flush_raw(f);
    return MK_SMALL((int64_t)s->len);
}
FM(flush) {
    (void)n;
    (void)kw;
    File *f = (File *)a[0];
    if (!f->closed) file_flush_raw(f);
    if (f->is_console) port_flush();
    return None;
}

/* Fill the read-ahead buffer; false at end of input. */
static bool fill(File *f) {
    if (f->eof) return false;
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rlen == f->rcap) {
        size_t nc = f->rcap ? f->rcap * 2 : 4096;
        char *nb = gc_alloc_raw(nc);
        if (f->rlen) memcpy(nb, f->rbuf, f->rlen);
        f->rbuf = nb;
        f->rcap = nc;
    }
    size_t got = 0;
    port_status st;
    if (f->is_console) {
        vm_flush_stdio();
        port_flush();
        st = port_read(f->rbuf + f->rlen, f->rcap - f->rlen, &got);
    } else {
        st = port_fread(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen, &got);
    }
    if (st == PORT_EOF || (st == PORT_OK && got == 0)) {
        f->eof = true;
        return false;
    }
    if (st != PORT_OK) vm_raisef(OSError_type, "read failed");
    f->rlen += got;
    return true;
}

static Value make_result(File *f, const char *p, size_t n) {
    if (!n) p = "";
    if (f->binary) return (Value)bytes_new(p, n);
    return (Value)str_new(p, n);
}

FM(read) {
    arg_nokw("read", kw);
    arg_count("read", n - 1, 0, 1);
    File *f = check_open(a[0]);
    if (!f->readable) vm_raisef(OSError_type, "not readable");
    int64_t want = n > 1 && a[1] != None ? vm_index(a[1]) : -1;
    if (want < 0) {
        while (fill(f)) {
        }
    } else {
        while ((int64_t)(f->rlen - f->rpos) < want && fill(f)) {
        }
    }
    size_t avail = f->rlen - f->rpos;
    size_t take = want < 0 || (size_t)want > avail ? avail : (size_t)want;
    if (!f->binary && want >= 0) {
        /* count code points, not bytes */
        size_t off = f->rpos, cps = 0;
        while (off < f->rlen && cps < (size_t)want) {
            off++;
            while (off < f->rlen && ((unsigned char)f->rbuf[off] & 0xC0) == 0x80) off++;
            cps++;
        }
        take = off - f->rpos;
    }
    Value r = make_result(f, f->rbuf + f->rpos, take);
    f->rpos += take;
    return r;
}
FM(readline) {
    arg_nokw("readline", kw);
    arg_count("readline", n - 1, 0, 1);
    File *f = check_open(a[0]);
    if (!f->readable) vm_raisef(OSError_type, "not readable");
    for (;;) {
        char *nl = f->rlen > f->rpos ? memchr(f->rbuf + f->rpos, '\n', f->rlen - f->rpos) : NULL;
        if (nl) {
            size_t len = (size_t)(nl - (f->rbuf + f->rpos)) + 1;
            Value r = make_result(f, f->rbuf + f->rpos, len);
            f->rpos += len;
            return r;
        }
        if (!fill(f)) break;
    }
    Value r = make_result(f, f->rbuf + f->rpos, f->rlen - f->rpos);
    f->rpos = f->rlen;
    return r;
}
FM(readlines) {
    (void)n;
    (void)kw;
    List *l = list_new(0);
    for (;;) {
        Value line = fm_readline(a, 1, NULL);
        if (!vm_truthy(line)) break;
        list_append(l, line);
    }
    return (Value)l;
}
FM(close) {
    (void)n;
    (void)kw;
    File *f = (File *)a[0];
    if (f->closed) return None;
    file_flush_raw(f);
    if (!f->is_console) port_close(f->fd);
    f->closed = true;
    return None;
}
FM(enter) {
    (void)n;
    (void)kw;
    check_open(a[0]);
    return a[0];
}
FM(exit) {
    (void)n;
    (void)kw;
    fm_close(a, 1, NULL);
    return False_;
}
FM(fileno) {
    (void)n;
    (void)kw;
    return MK_SMALL(((File *)a[0])->fd);
}
FM(isatty) {
    (void)a;
    (void)n;
    (void)kw;
    return False_;
}
FM(writelines) {
    arg_nokw("writelines", kw);
    arg_count("writelines", n - 1, 1, 1);
    Value it = vm_iter(a[1]);
    for (Value x; (x = vm_next(it));) {
        Value args[2] = {a[0], x};
        fm_write(args, 2, NULL);
    }
    return None;
}
FM(readable) {
    (void)n;
    (void)kw;
    return BOOL(((File *)a[0])->readable);
}
FM(writable) {
    (void)n;
    (void)kw;
    return BOOL(((File *)a[0])->writable);
}

static Value file_iter(Value v) {
    check_open(v);
    return v;
}
static Value file_next(Value v) {
    Value line = fm_readline(&v, 1, NULL);
    return vm_truthy(line) ? line : NULL;
}
static Value f_name(Value v) { return (Value)((File *)v)->name; }
static Value f_mode(Value v) { return (Value)((File *)v)->mode; }
static Value f_closed(Value v) { return BOOL(((File *)v)->closed); }
static Value f_encoding(Value v) { return ((File *)v)->binary ? None : (Value)str_from_cstr("utf-8"); }
static Value file_repr(Value v) {
    File *f = (File *)v;
    return (Value)str_printf("<_io.%s name=%R mode=%R>", f->binary ? "BufferedWriter" : "TextIOWrapper",
                             (Value)f->name, (Value)f->mode);
}

Type file_type; /* defined below; its methods come first */
DEF_METHOD(file_type, write, fm_write, NATIVE_METHOD);
DEF_METHOD(file_type, flush, fm_flush, NATIVE_METHOD);
DEF_METHOD(file_type, read, fm_read, NATIVE_METHOD);
DEF_METHOD(file_type, readline, fm_readline, NATIVE_METHOD);
DEF_METHOD(file_type, readlines, fm_readlines, NATIVE_METHOD);
DEF_METHOD(file_type, close, fm_close, NATIVE_METHOD);
DEF_METHOD(file_type, __enter__, fm_enter, NATIVE_METHOD);
DEF_METHOD(file_type, __exit__, fm_exit, NATIVE_METHOD);
DEF_METHOD(file_type, fileno, fm_fileno, NATIVE_METHOD);
DEF_METHOD(file_type, isatty, fm_isatty, NATIVE_METHOD);
DEF_METHOD(file_type, writelines, fm_writelines, NATIVE_METHOD);
DEF_METHOD(file_type, readable, fm_readable, NATIVE_METHOD);
DEF_METHOD(file_type, writable, fm_writable, NATIVE_METHOD);
static const MemberDef file_members[] = {
    {"name", f_name}, {"mode", f_mode}, {"closed", f_closed}, {"encoding", f_encoding}, {0}};
Type file_type = {.cname = "TextIOWrapper", .basicsize = sizeof(File), .trace = file_trace, .iter = file_iter,
                  .next = file_next, .repr = file_repr, .members = file_members};

static File *file_new(int fd, Str *name, Str *mode, bool binary, bool r, bool w, bool console) {
    File *f = gc_alloc(&file_type, sizeof(File));
    f->fd = fd;
    f->name = name;
    f->mode = mode;
    f->binary = binary;
    f->readable = r;
    f->writable = w;
    f->is_console = console;
    sb_init(&f->wbuf, 256);
    return f;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
Value io_open(Value *a, int n, Tuple *kw) {
    static const char *const an[] = {"file", "mode", "buffering", "encoding", "errors", "newline"};
    Value out[6];
    arg_parse("open", a, n, kw, 0, 6, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "open() missing required argument 'file' (pos 1)");
    Str *path = arg_str(out[0], "open", "argument 'file'");
    Str *mode = out[1] ? arg_str(out[1], "open", "argument 'mode'") : str_from_cstr("r");
    bool binary = strchr(mode->data, 'b') != NULL;
    bool plus = strchr(mode->data, '+') != NULL;
    const char *pm;
    bool r = false, w = false;
    switch (mode->data[0]) {
    case 'r': pm = plus ? "r+" : "r"; r = true; w = plus; break;
    case 'w': pm = plus ? "w+" : "w"; w = true; r = plus; break;
    case 'a': pm = plus ? "a+" : "a"; w = true; r = plus; break;
    case 'x': pm = "x"; w = true; break;
    default: vm_raisef(ValueError_type, "invalid mode: '%N'", mode);
    }
    int fd;
    port_status st = port_open(path->data, pm, &fd);
    if (st == PORT_ENOENT) {
        Value args[3] = {MK_SMALL(2), (Value)str_from_cstr("No such file or directory"), out[0]};
        vm_raise(exc_new_args(FileNotFoundError_type, args, 3));
    }
    if (st == PORT_UNSUPPORTED) vm_raisef(OSError_type, "open() is not available on this platform");
    if (st != PORT_OK) vm_raisef(OSError_type, "[Errno 5] could not open %R", out[0]);
    return (Value)file_new(fd, path, mode, binary, r, w, false);
}

/* ---- sys ------------------------------------------------------------------------ */

static Value sys_exit(Value *a, int n, Tuple *kw) {
    arg_nokw("exit", kw);
    arg_count("exit", n, 0, 1);
    vm_raise(exc_new_args(SystemExit_type, a, n));
}
static Value sys_getrecursionlimit(Value *a, int n, Tuple *kw) {
    (void)a;
    (void)n;
    (void)kw;
    return MK_SMALL(vm.recursion_limit);
}
static Value sys_setrecursionlimit(Value *a, int n, Tuple *kw) {
    arg_nokw("setrecursionlimit", kw);
    arg_count("setrecursionlimit", n, 1, 1);
    int64_t v = vm_index(a[0]);
    if (v < 1) vm_raisef(ValueError_type, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = v > 100000 ? 100000 : (int)v;
    return None;
}
/* _getframe([depth]): a snapshot of the caller's frame (a native call
 * pushes no frame, so vm.frame is the caller) or of one further out. */
static Value sys_getframe(Value *a, int n, Tuple *kw) {
    arg_nokw("_getframe", kw);
    arg_count("_getframe", n, 0, 1);
    int64_t depth = n ? vm_index(a[0]) : 0;
    Frame *f = vm.frame;
    for (; f && depth > 0; depth--) f = f->back;
    if (!f) vm_raisef(ValueError_type, "call stack is not deep enough");
    return frame_snapshot(f);
}
static Value sys_exc_info(Value *a, int n, Tuple *kw) {
    (void)a;
    (void)n;
    (void)kw;
    Value e = vm_handled_exc;
    Value t[3] = {e ? (Value)type_of(e) : None, e ? e : None,
                  e && ((Exc *)e)->traceback ? (Value)((Exc *)e)->traceback : None};
    return (Value)tuple_from(t, 3);
}
static Value sys_exception(Value *a, int n, Tuple *kw) {
    (void)a;
    (void)n;
    (void)kw;
    return vm_handled_exc ? vm_handled_exc : None;
}
static Value sys_getsizeof(Value *a, int n, Tuple *kw) {
    arg_nokw("getsizeof", kw);
    arg_count("getsizeof", n, 1, 2);
    return MK_SMALL(IS_SMALL(a[0]) ? 28 : (int64_t)type_of(a[0])->basicsize);
}
static Value sys_intern(Value *a, int n, Tuple *kw) {
    arg_nokw("intern", kw);
    arg_count("intern", n, 1, 1);
    return (Value)str_intern(arg_str(a[0], "intern", "argument"));
}

/* A struct sequence (sys.version_info): a tuple subclass whose fields are
 * also attributes, made as a class with one property per field. */
static Value field_get(Value *a, int n, Tuple *kw) {
    (void)n;
    (void)kw;
    return ((Tuple *)a[1])->items[SMALL_VAL(a[0])];
}
Value type_new(Type *meta, Str *name, Tuple *bases, Dict *ns);
extern int64_t int_max_str_digits;
static Value sys_get_int_max_str_digits(Value *a, int n, Tuple *kw) {
    (void)a;
    arg_nokw("get_int_max_str_digits", kw);
    arg_count("get_int_max_str_digits", n, 0, 0);
    return int_from_i64(int_max_str_digits);
}
static Value sys_set_int_max_str_digits(Value *a, int n, Tuple *kw) {
    static const char *const an[] = {"maxdigits"};
    Value out[1];
    arg_parse("set_int_max_str_digits", a, n, kw, 0, 1, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    int64_t v = vm_index(out[0]);
    if (v != 0 && v < 640) vm_raisef(ValueError_type, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = v;
    return None;
}
static Value sys_getdefaultencoding(Value *a, int n, Tuple *kw) {
    (void)a;
    (void)kw;
    arg_count("getdefaultencoding", n, 0, 0);
    return (Value)str_from_cstr("utf-8");
}
static Value sys_getrefcount(Value *a, int n, Tuple *kw) {
    (void)a;
    (void)kw;
    arg_count("getrefcount", n, 1, 1);
    return MK_SMALL(2); /* a tracing GC keeps no counts: any live object answers 2 */
}

static Value make_namedtuple_like(const char *name, const char *const *fields, Value *vals, int n) {
    Dict *ns = dict_new();
    dict_set_str(ns, names.__module__, (Value)str_intern_cstr("sys"));
    for (int i = 0; i < n; i++) {
        Property *p = gc_alloc(&property_type, sizeof(Property));
        p->fget = native_new(fields[i], field_get, MK_SMALL(i));
        p->fset = p->fdel = p->doc = None;
        dict_set_str(ns, str_intern_cstr(fields[i]), (Value)p);
    }
    Value tt = (Value)&tuple_type;
    Type *t = (Type *)type_new(&type_type, str_intern_cstr(name), tuple_from(&tt, 1), ns);
    Tuple *r = gc_alloc(t, sizeof(Tuple) + (size_t)n * sizeof(Value));
    r->len = (size_t)n;
    memcpy(r->items, vals, (size_t)n * sizeof(Value));
    return (Value)r;
}

Module *mod_sys_init(void) {
    Module *m = module_new(str_intern_cstr("sys"));
    module_add_fn(m, "exit", sys_exit);
    module_add_fn(m, "getrecursionlimit", sys_getrecursionlimit);
    module_add_fn(m, "setrecursionlimit", sys_setrecursionlimit);
    module_add_fn(m, "exc_info", sys_exc_info);
    module_add_fn(m, "_getframe", sys_getframe);
    module_add_fn(m, "exception", sys_exception);
    module_add_fn(m, "getsizeof", sys_getsizeof);
    module_add_fn(m, "intern", sys_intern);
    List *argv = list_new(0);
    int argc = port_argc();
    for (int i = 0; i < argc; i++) list_append(argv, (Value)str_from_cstr(port_argv(i)));
    module_set(m, "argv", (Value)argv);
    module_set(m, "orig_argv", (Value)list_from(argv->items, argv->len));
    module_add_fn(m, "get_int_max_str_digits", sys_get_int_max_str_digits);
    module_add_fn(m, "set_int_max_str_digits", sys_set_int_max_str_digits);
    module_add_fn(m, "getdefaultencoding", sys_getdefaultencoding);
    module_add_fn(m, "getfilesystemencoding", sys_getdefaultencoding);
    module_add_fn(m, "getrefcount", sys_getrefcount);
    module_set(m, "maxunicode", MK_SMALL(0x10ffff));
    module_set(m, "executable", (Value)str_from_cstr(""));
    module_set(m, "dont_write_bytecode", True_);
    module_set(m, "warnoptions", (Value)list_new(0));
    module_set(m, "modules", (Value)sys_modules);
    module_set(m, "path", (Value)list_new(0));
    module_set(m, "maxsize", int_from_i64(INT64_MAX));
    module_set(m, "byteorder", (Value)str_from_cstr("little"));
    module_set(m, "platform", (Value)str_from_cstr("xenlet"));
    module_set(m, "version", (Value)str_from_cstr("3.11.0 (xenlet)"));
    Value vi[5] = {MK_SMALL(3), MK_SMALL(11), MK_SMALL(0), (Value)str_from_cstr("final"), MK_SMALL(0)};
    static const char *const vif[] = {"major", "minor", "micro", "releaselevel", "serial"};
    module_set(m, "version_info", make_namedtuple_like("version_info", vif, vi, 5));
    module_set(m, "hexversion", MK_SMALL(0x030b00f0));
    Module *impl = module_new(str_intern_cstr("implementation"));
    module_set(impl, "name", (Value)str_from_cstr("xenlet"));
    Value iv[5] = {MK_SMALL(0), MK_SMALL(1), MK_SMALL(0), (Value)str_from_cstr("alpha"), MK_SMALL(0)};
    module_set(impl, "version", make_namedtuple_like("version_info", vif, iv, 5));
    module_set(impl, "cache_tag", None);
    module_set(m, "implementation", (Value)impl);
    module_set(m, "float_repr_style", (Value)str_from_cstr("short"));
    static const char *const fif[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                      "dig", "mant_dig", "epsilon", "radix", "rounds"};
    Value fiv[11] = {float_new(1.7976931348623157e308), MK_SMALL(1024), MK_SMALL(308),
                     float_new(2.2250738585072014e-308), MK_SMALL(-1021), MK_SMALL(-307), MK_SMALL(15),
                     MK_SMALL(53), float_new(2.220446049250313e-16), MK_SMALL(2), MK_SMALL(1)};
    module_set(m, "float_info", make_namedtuple_like("float_info", fif, fiv, 11));
    static const char *const iif[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold"};
    Value iiv[4] = {MK_SMALL(32), MK_SMALL(4), MK_SMALL(4300), MK_SMALL(640)};
    module_set(m, "int_info", make_namedtuple_like("int_info", iif, iiv, 4));
    static const char *const hif[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                      "seed_bits", "cutoff"};
    Value hiv[9] = {MK_SMALL(64), MK_SMALL(((int64_t)1 << 61) - 1), MK_SMALL(314159), MK_SMALL(0),
                    MK_SMALL(1000003), (Value)str_from_cstr("fnv"), MK_SMALL(64), MK_SMALL(0), MK_SMALL(0)};
    module_set(m, "hash_info", make_namedtuple_like("hash_info", hif, hiv, 9));
    static const char *const flf[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                      "no_user_site", "no_site", "ignore_environment", "verbose",
                                      "bytes_warning", "quiet", "hash_randomization", "isolated",
                                      "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                      "int_max_str_digits"};
    Value flv[18];
    for (int i = 0; i < 18; i++) flv[i] = MK_SMALL(0);
    flv[4] = MK_SMALL(1);
    flv[17] = MK_SMALL(-1);
    module_set(m, "flags", make_namedtuple_like("flags", flf, flv, 18));
    /* The native modules this binary has: a Xen image's tables hold only
     * those its program imports. */
    List *builtin = list_new(0);
    for (const NativeModule *nm = vm_native_modules; nm->name; nm++) list_append(builtin, (Value)str_from_cstr(nm->name));
    for (const port_module *pm = port_modules; pm->name; pm++) list_append(builtin, (Value)str_from_cstr(pm->name));
    module_set(m, "builtin_module_names", (Value)tuple_from(builtin->items, builtin->len));
    static const char *const stdnames[] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char *const modes[] = {"r", "w", "w"};
    const char *attrs[] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; i++) {
        File *f = file_new(i, str_from_cstr(stdnames[i]), str_from_cstr(modes[i]), false, i == 0, i != 0, true);
        stdio_files[i] = f;
        gc_add_root((Value *)&stdio_files[i]);
        module_set(m, attrs[i], (Value)f);
        char dunder[16];
        fmt_snprintf(dunder, sizeof dunder, "__%s__", attrs[i]);
        module_set(m, dunder, (Value)f);
    }
    return m;
}
