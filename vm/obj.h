/* SPDX-License-Identifier: MIT */
/* The object model shared by every file of the VM core: how values are
 * represented, the layout of the built-in objects, the type structure with
 * its fast-path slots, and the runtime API natives are written against.
 *
 * Values: a Value is a pointer-sized word.  Odd words are small ints
 * (63-bit, value << 1 | 1); even words point at an Obj.  NULL is never a
 * Python value: it means "absent" (no result, unbound local, end of
 * iteration).
 *
 * Errors: a Python exception is raised with vm_raise*() (noreturn), which
 * unwinds by longjmp to the nearest eval loop or VM_TRY.  C code therefore
 * needs no error checks after calls, but must not hold state that needs
 * undoing across a call that may raise unless it uses VM_TRY.
 *
 * GC: every object reachable from a root is kept; C locals are roots (the C
 * stack and registers are scanned conservatively), so natives need no
 * explicit rooting.  See vm/gc.c. */
#ifndef XENLET_OBJ_H
#define XENLET_OBJ_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* names.def has fields named stdin/stdout/stderr; musl defines these as
 * macros (glibc as themselves), which would rewrite `names.stdout`.  The
 * core never uses C's streams (the platform owns the console), and the
 * streams stay declared as objects, so dropping the macros is harmless. */
#undef stdin
#undef stdout
#undef stderr

typedef struct Obj Obj;
typedef Obj *Value;
typedef struct Type Type;
typedef struct Str Str;
typedef struct Dict Dict;
typedef struct Tuple Tuple;
typedef struct List List;
typedef struct Code Code;
typedef struct Func Func;
typedef struct Frame Frame;

/* Every heap object starts with this header.  `dict` is the instance
 * namespace (NULL until first needed) for objects that have one: instances
 * of classes, functions, modules, types.  Keeping it in every header lets a
 * class derive from any built-in type without layout tricks. */
struct Obj {
    Type *type;
    Dict *dict;
};

/* ---- small ints ----------------------------------------------------------- */
#define SMALL_MAX ((int64_t)0x3FFFFFFFFFFFFFFF)
#define SMALL_MIN (-SMALL_MAX - 1)
#define IS_SMALL(v) (((uintptr_t)(v)) & 1)
#define SMALL_VAL(v) ((int64_t)(intptr_t)(v) >> 1)
#define MK_SMALL(i) ((Value)(uintptr_t)(((uint64_t)(int64_t)(i) << 1) | 1))
#define SMALL_FITS(i) ((i) >= SMALL_MIN && (i) <= SMALL_MAX)

static inline Type *type_of(Value v);

/* ---- built-in object layouts ---------------------------------------------- */
struct Str {
    Obj hdr;
    int64_t hash;    /* -1 until computed */
    size_t len;      /* in code points */
    size_t nbytes;   /* UTF-8 bytes, excluding the terminating NUL */
    uint8_t ascii;   /* every byte < 0x80: code point i is byte i */
    uint8_t interned;
    char data[];     /* UTF-8, NUL-terminated */
};

typedef struct {
    Obj hdr;
    int64_t hash;
    size_t len;
    uint8_t data[]; /* followed by a NUL for convenience */
} Bytes;

typedef struct {
    Obj hdr;
    size_t len, cap;
    uint8_t *data; /* a GC block (raw) */
} ByteArray;

struct Tuple {
    Obj hdr;
    size_t len;
    Value items[];
};

struct List {
    Obj hdr;
    size_t len, cap;
    Value *items; /* a GC block of cap Values */
};

typedef struct {
    int64_t hash;
    Value key; /* NULL: deleted entry */
    Value value;
} DictEntry;

struct Dict {
    Obj hdr;
    size_t used;     /* live entries */
    size_t nentries; /* entries used including deleted */
    size_t cap;      /* entry capacity = 2/3 of the index size */
    size_t mask;     /* index size - 1 */
    uint32_t version; /* bumped when the key set changes (for caches) */
    int32_t *index;   /* GC raw block: -1 empty, -2 dummy, else entry number */
    DictEntry *entries;
};

typedef struct {
    Value key; /* NULL empty, &set_dummy deleted */
    int64_t hash;
} SetEntry;

typedef struct {
    Obj hdr;
    size_t used, fill, mask;
    SetEntry *table;
} Set; /* set and frozenset */

typedef struct {
    Obj hdr;
    double v;
} Float;

typedef struct {
    Obj hdr;
    int32_t size; /* number of limbs, negative for negative numbers */
    uint32_t alloc;
    uint32_t d[]; /* magnitude, little-endian 32-bit limbs (vm/mpn.h) */
} Long;

typedef struct {
    Obj hdr;
    Value start, stop, step;
} Slice;

typedef struct {
    Obj hdr;
    int64_t start, stop, step, len;
    Value big; /* NULL, or a tuple (start, stop, step, len) of ints when any
                  does not fit a small int: such ranges use int arithmetic */
} Range;

typedef struct {
    Obj hdr;
    Value ref; /* NULL: empty cell */
} Cell;

/* Native functions use the vectorcall convention: positional args first,
 * then the values of the keyword arguments named by kwnames (NULL if none).
 * For methods, args[0] is self. */
typedef Value (*NativeFn)(Value *args, int nargs, Tuple *kwnames);

typedef struct {
    Obj hdr;
    const char *name;
    NativeFn fn;
    Value self;  /* bound receiver (for builtin methods of modules), or NULL */
    Type *owner; /* type the method belongs to (for error messages), or NULL */
    uint8_t kind; /* NATIVE_FUNC, NATIVE_METHOD, NATIVE_CLASSMETHOD, NATIVE_STATIC */
} Native;
enum { NATIVE_FUNC, NATIVE_METHOD, NATIVE_CLASSMETHOD, NATIVE_STATIC };

struct Code {
    Obj hdr;
    Str *name, *qualname, *filename;
    Value docstring;
    int32_t firstlineno;
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    uint32_t nlocals, ncells, nfrees, stacksize, ncache;
    uint32_t ncode, nconsts, nnames, nlines, nexc;
    const uint32_t *code;  /* in the read-only image */
    Value *consts;         /* GC raw block */
    Str **names;           /* GC raw block */
    Str **varnames;        /* locals then cellvars then freevars */
    int32_t *cell2arg;     /* per cell, or NULL when no cell is a parameter */
    const uint32_t *lines; /* pairs (word index, line) in the image */
    const uint32_t *exc;   /* quads (start, end, handler, depth) in the image */
    struct InlineCache *cache; /* GC raw block of ncache entries */
    struct Module *module; /* the module this code belongs to */
};

/* CPython-compatible code flags (the compiler writes these). */
#define CO_VARARGS 0x04
#define CO_VARKEYWORDS 0x08
#define CO_GENERATOR 0x20
#define CO_COROUTINE 0x80
#define CO_ASYNC_GENERATOR 0x200

struct Func {
    Obj hdr;
    Code *code;
    Dict *globals;
    Tuple *defaults;  /* or NULL */
    Dict *kwdefaults; /* or NULL */
    Tuple *closure;   /* cells, or NULL */
    Str *name, *qualname;
    Value doc, module;
};

typedef struct {
    Obj hdr;
    Value func, self;
} Method;

typedef struct Module {
    Obj hdr; /* hdr.dict is the module namespace */
    Str *name;
} Module;

typedef struct Traceback {
    Obj hdr;
    struct Traceback *next; /* deeper frame */
    Code *code;
    Dict *globals;          /* the frame's module namespace (tb_frame.f_globals) */
    int32_t line;
} Traceback;

typedef struct {
    Obj hdr;
    Tuple *args;
    Value cause, context;   /* NULL when unset */
    Traceback *traceback;   /* NULL when unset */
    bool suppress_context;
    Value extra;            /* per-type: StopIteration value, OSError errno.. */
} Exc;

typedef struct {
    Obj hdr;
    Value fget, fset, fdel, doc;
} Property;

typedef struct {
    Obj hdr;
    Value func;
} StaticMethod; /* also classmethod */

typedef struct {
    Obj hdr;
    Type *type;  /* the __class__ argument */
    Value obj;   /* the instance or class */
    Type *objtype;
} Super;

/* ---- types ------------------------------------------------------------------ */
typedef Value (*BinFn)(Value a, Value b);
typedef Value (*UnaryFn)(Value a);

struct Type {
    Obj hdr;            /* hdr.type: the metaclass; hdr.dict: the namespace */
    const char *cname;  /* name for built-in types */
    Str *name, *qualname;
    Type *base;         /* the primary base; NULL only for object */
    Tuple *bases, *mro;
    List *subclasses;   /* direct subclasses (strong references), or NULL */
    uint32_t flags;
    uint32_t basicsize; /* bytes of an instance of the native layout */
    /* Fast paths.  For built-in types these are the implementation; for
     * classes, type_ready() fills them with generic functions that look up
     * the corresponding dunder method, so the VM can always call the slot. */
    void (*trace)(Obj *o);                   /* mark children (GC) */
    Value (*repr)(Value o);
    Value (*str)(Value o);
    int64_t (*hash)(Value o);                /* NULL: unhashable */
    Value (*richcmp)(Value a, Value b, int op); /* NotImplemented if unsupported */
    Value (*binop)(Value a, Value b, int op);   /* op: BINOP_*, NotImplemented */
    UnaryFn neg, pos, invert, abs_;
    bool (*truth)(Value o);
    int64_t (*len)(Value o);
    Value (*iter)(Value o);
    Value (*next)(Value it);                 /* NULL at the end, no exception */
    Value (*getitem)(Value o, Value k);
    void (*setitem)(Value o, Value k, Value v); /* v == NULL: delete */
    bool (*contains)(Value o, Value v);
    Value (*getattr)(Value o, Str *name);    /* NULL when missing */
    void (*setattr)(Value o, Str *name, Value v); /* v == NULL: delete */
    Value (*call)(Value f, Value *args, int nargs, Tuple *kwnames);
    Value (*descr_get)(Value d, Value obj, Type *objtype); /* obj may be NULL */
    void (*descr_set)(Value d, Value obj, Value v);        /* v NULL: delete */
    Value (*new_)(Type *t, Value *args, int nargs, Tuple *kwnames);
    const struct MemberDef *members;         /* read-only attributes, ended by {0} */
    uint32_t methods_head; /* 1 + index of its first MethodDef (type_ready's chain), 0: none */
};

/* Type flags */
#define TF_HEAP 0x1       /* created by a class statement */
#define TF_BASETYPE 0x2   /* may be subclassed */
#define TF_HAS_GETATTR 0x4 /* class defines __getattr__ */
#define TF_CUSTOM_GETATTRIBUTE 0x8
#define TF_INT_SUB 0x10   /* int or a subclass (fast isinstance checks) */
#define TF_STR_SUB 0x20
#define TF_TUPLE_SUB 0x40
#define TF_LIST_SUB 0x80
#define TF_DICT_SUB 0x100
#define TF_EXC_SUB 0x200
#define TF_TYPE_SUB 0x400
#define TF_ABSTRACT 0x800
#define TF_HAS_SETATTR 0x1000
#define TF_NO_DICT 0x2000     /* __slots__ without __dict__: no instance dict */

/* Built-in methods (and the functions of the builtins module) are not
 * listed in one array per type: each is its own object, defined with
 * DEF_METHOD / DEF_BUILTIN, and all of them form one array in a linker
 * section.  On Linux that section is `xlmethods`.  In a Xen image
 * (XENLET_METHOD_SECTIONS) each method sits in a section named after it,
 * `.xlmeth.<name>`; the image's linker script keeps only the names its
 * program mentions (freeze/boot.py writes the list, xen/xenlet.ld includes
 * it), so --gc-sections drops the other methods and the C code only they
 * reach.  type_ready collects a type's entries from the array, and
 * builtins_init the entries without an owner or without a function.  32 bytes, aligned to 32:
 * the array's stride is the same whatever alignment the compiler picks. */
typedef struct MethodDef {
    Type *owner; /* NULL: a function of the builtins module */
    const char *name;
    NativeFn fn;
    uint8_t kind; /* NATIVE_FUNC (builtins), NATIVE_METHOD, NATIVE_CLASSMETHOD, NATIVE_STATIC */
} __attribute__((aligned(32))) MethodDef;

/* The name arrives as a string (#name where the DEF_ macro sees it): a name
 * that is also a C macro (bool, stdin ...) must not be expanded first. */
#ifdef XENLET_METHOD_SECTIONS
#define METHOD_SECTION(name) __attribute__((section(".xlmeth." name), used))
#else
#define METHOD_SECTION(name) __attribute__((section("xlmethods"), used))
#endif
#define DEF_METHOD(type, name, fn, kind)                                                                             \
    static const MethodDef METHOD_SECTION(#name) xlm_##type##_##name = {&type, #name, fn, kind}
#define DEF_BUILTIN(name, fn) static const MethodDef METHOD_SECTION(#name) xlm_builtin_##name = {NULL, #name, fn, NATIVE_FUNC}
/* A type the builtins module names (fn NULL); a type no other C code
 * refers to is then linked only into images whose program names it. */
#define DEF_BUILTIN_TYPE(name, type)                                                                                 \
    static const MethodDef METHOD_SECTION(#name) xlm_builtin_##name = {&type, #name, NULL, NATIVE_FUNC}
/* The whole array (GNU ld defines these for a section named like a C
 * identifier; xen/xenlet.ld defines them around the kept sections). */
extern const MethodDef __start_xlmethods[], __stop_xlmethods[];

typedef struct MemberDef {
    const char *name;
    Value (*get)(Value self);
} MemberDef;

/* The built-in types */
extern Type object_type, type_type, int_type, bool_type, float_type, str_type,
    bytes_type, bytearray_type, memoryview_type, list_type, tuple_type,
    dict_type, set_type, frozenset_type, range_type, slice_type, none_type,
    notimpl_type, ellipsis_type, func_type, method_type, native_type,
    code_type, cell_type, module_type, property_type, staticmethod_type,
    classmethod_type, super_type, gen_type, coro_type, traceback_type, frame_type,
    range_iter_type, seq_iter_type, dict_keys_type, dict_values_type,
    dict_items_type, dict_iter_type, set_iter_type, enumerate_type, zip_type,
    map_type, filter_type, reversed_type, callable_iter_type, str_iter_type,
    list_iter_type, tuple_iter_type, bytes_iter_type, coro_wrapper_type,
    async_gen_type, async_gen_op_type;

/* Singletons (static, not in the heap). */
extern Obj none_obj, notimpl_obj, ellipsis_obj;
extern Obj true_obj, false_obj;
#define None (&none_obj)
#define NotImpl (&notimpl_obj)
#define Ellipsis_ (&ellipsis_obj)
#define True_ (&true_obj)
#define False_ (&false_obj)
#define BOOL(b) ((b) ? True_ : False_)

static inline Type *type_of(Value v) { return IS_SMALL(v) ? &int_type : v->type; }
static inline bool is_type(Value v, Type *t) { return !IS_SMALL(v) && v->type == t; }
#define IS_STR(v) (!IS_SMALL(v) && ((v)->type->flags & TF_STR_SUB))
#define IS_EXACT_STR(v) is_type(v, &str_type)
#define IS_INTLIKE(v) (IS_SMALL(v) || ((v)->type->flags & TF_INT_SUB))
#define IS_TUPLE(v) (!IS_SMALL(v) && ((v)->type->flags & TF_TUPLE_SUB))
#define IS_LIST(v) (!IS_SMALL(v) && ((v)->type->flags & TF_LIST_SUB))
#define IS_DICT(v) (!IS_SMALL(v) && ((v)->type->flags & TF_DICT_SUB))
#define IS_TYPE(v) (!IS_SMALL(v) && ((v)->type->flags & TF_TYPE_SUB))
#define IS_EXC(v) (!IS_SMALL(v) && ((v)->type->flags & TF_EXC_SUB))
#define IS_FLOAT(v) (!IS_SMALL(v) && vm_isinstance_type(type_of(v), &float_type))

/* ---- interned names (vm/names.def) --------------------------------------- */
struct Names {
#define NAME(n) Str *n;
#include "names.def"
#undef NAME
};
extern struct Names names;

/* ---- GC (vm/gc.c) ----------------------------------------------------------- */
void gc_init(void *base, size_t size, void *stack_top);
/* A new object of `size` bytes (header included), zero-filled, type set. */
void *gc_alloc(Type *t, size_t size);
/* A raw block (no header, not an object): arrays owned by one object.  Its
 * owner's trace function must call gc_mark_raw on it. */
void *gc_alloc_raw(size_t size);
void *gc_alloc_raw_uninit(size_t size); /* not zeroed */
void gc_mark(Value v);
void gc_mark_raw(const void *block);
void gc_collect(void);
size_t gc_heap_used(void);
size_t gc_heap_size(void);
extern bool gc_enabled;
/* Extra roots: pointers to Values that live outside the heap, and static
 * objects (built-in types) whose fields point into the heap. */
void gc_add_root(Value *slot);
void gc_add_static(Obj *o);
extern unsigned gc_stress; /* collect every N allocations when non-zero (tests) */

/* ---- errors (vm/exc.c) -------------------------------------------------- */
typedef struct VmTry {
    jmp_buf jb;
    struct VmTry *prev;
    Frame *frame;        /* current frame when the try was entered */
    void *fstack_top;    /* frame-stack top when the try was entered */
    int cdepth, depth_saved;
    Value handled;
    bool is_eval;        /* eval_frame's own try: it unwinds frames itself */
} VmTry;

_Noreturn void vm_raise(Value exc);
/* Format: %s C string, %d int, %ld int64, %zu size_t, %c char,
 * %S str(Value), %R repr(Value), %T type name of a Value, %N Str*. */
_Noreturn void vm_raisef(Type *t, const char *fmt, ...);
Value vm_new_exc(Type *t, const char *fmt, ...);
Value vm_new_excv(Type *t, const char *fmt, va_list ap);
extern Type *BaseException_type, *Exception_type, *TypeError_type,
    *ValueError_type, *AttributeError_type, *KeyError_type, *IndexError_type,
    *NameError_type, *UnboundLocalError_type, *ZeroDivisionError_type,
    *OverflowError_type, *StopIteration_type, *StopAsyncIteration_type,
    *RuntimeError_type, *RecursionError_type, *MemoryError_type,
    *NotImplementedError_type, *AssertionError_type, *ImportError_type,
    *ModuleNotFoundError_type, *LookupError_type, *ArithmeticError_type,
    *UnicodeError_type, *UnicodeDecodeError_type, *UnicodeEncodeError_type,
    *OSError_type, *FileNotFoundError_type, *EOFError_type,
    *KeyboardInterrupt_type, *SystemExit_type, *GeneratorExit_type,
    *BufferError_type, *FloatingPointError_type, *IsADirectoryError_type,
    *PermissionError_type, *FileExistsError_type, *TimeoutError_type,
    *ConnectionError_type, *BrokenPipeError_type,
    *ConnectionResetError_type, *ConnectionRefusedError_type,
    *ConnectionAbortedError_type, *BlockingIOError_type,
    *InterruptedError_type, *ChildProcessError_type, *ProcessLookupError_type,
    *NotADirectoryError_type, *Warning_type, *DeprecationWarning_type,
    *UserWarning_type, *RuntimeWarning_type, *SyntaxError_type,
    *IndentationError_type, *TabError_type, *SystemError_type,
    *ReferenceError_type, *UnicodeTranslateError_type,
    *PendingDeprecationWarning_type, *FutureWarning_type, *ImportWarning_type,
    *UnicodeWarning_type, *BytesWarning_type, *ResourceWarning_type,
    *SyntaxWarning_type, *EncodingWarning_type;

/* VM_TRY(t) { body } VM_CATCH(t, exc) { handler }: run body; if a Python
 * exception escapes it, run handler with exc bound.  Locals modified in body
 * and read in handler must be volatile. */
extern VmTry *vm_try_top;
void vm_try_enter(VmTry *t);
void vm_try_leave(VmTry *t);
Value vm_try_caught(VmTry *t);
#define VM_TRY(t) VmTry t; vm_try_enter(&t); t.is_eval = false; if (setjmp(t.jb) == 0) {
#define VM_CATCH(t, e) vm_try_leave(&t); } else { Value e = vm_try_caught(&t);
#define VM_END }

bool vm_exc_matches(Value exc, Type *t);
void exc_print(Value exc); /* traceback + message to stderr */
Value exc_new_args(Type *t, Value *args, int nargs);
/* The exception currently being handled (sys.exc_info()[1]), or NULL. */
extern Value vm_handled_exc;

/* ---- strings (vm/str.c) --------------------------------------------------- */
Str *str_new(const char *utf8, size_t nbytes);       /* validated UTF-8 */
Str *str_from_cstr(const char *s);
Str *str_intern(Str *s);
Str *str_intern_cstr(const char *s);
/* "\\xNN", "\\uNNNN" or "\\UNNNNNNNN" for code point c, as repr() and ascii() write it. */
void str_hex_escape(char out[12], uint32_t c);
Str *str_printf(const char *fmt, ...);               /* vm_raisef's formats */
Str *str_vprintf(const char *fmt, va_list ap);
Str *str_from_codepoint(uint32_t cp);
Str *str_concat(Str *a, Str *b);
bool str_eq(Str *a, Str *b);
int64_t str_hash(Str *s);
int str_cmp(Str *a, Str *b);
size_t str_offset(Str *s, size_t cp_index); /* byte offset of code point i */
uint32_t str_decode_at(const char *p, size_t *adv); /* one code point */
size_t str_encode_cp(uint32_t cp, char out[4]);
Str *str_repr(Str *s);
Str *str_ascii_repr(Str *s);
Str *str_substr(Str *s, size_t start_cp, size_t n_cp);
size_t str_offset_from(Str *s, size_t byte_off, size_t ncp); /* bytes spanned by ncp code points */
Str *str_repeat(Str *s, int64_t n);
bool str_isprintable_cp(uint32_t cp);
Value str_mod(Str *fmt, Value args);        /* fmt % args (vm/str_methods.c) */
void str_init(void);
const void *mem_find(const void *h, size_t hn, const void *n, size_t nn);  /* first occurrence or NULL */
const void *mem_rfind(const void *h, size_t hn, const void *n, size_t nn); /* last occurrence or NULL */
void str_trace_interned(void);
#define STR_EMPTY (str_empty)
extern Str *str_empty;
/* A growable UTF-8 buffer for building strings. */
typedef struct {
    char *data; /* GC raw block */
    size_t len, cap;
    size_t ncp;   /* code points appended, when tracked */
    bool ascii;
} StrBuf;
void sb_init(StrBuf *b, size_t cap);
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_addc(StrBuf *b, char c);
void sb_adds(StrBuf *b, const char *s);
void sb_addstr(StrBuf *b, Str *s);
void sb_addcp(StrBuf *b, uint32_t cp);
void sb_printf(StrBuf *b, const char *fmt, ...);
Str *sb_finish(StrBuf *b);

/* ---- ints (vm/int.c) ----------------------------------------------------------- */
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_double(double d);          /* truncates; OverflowError for inf, ValueError for nan */
bool int_to_i64(Value v, int64_t *out);    /* false if it does not fit */
int64_t int_as_i64(Value v);               /* OverflowError if too big */
double int_to_double(Value v);             /* OverflowError if too big */
Value int_from_str(const char *s, size_t n, int base); /* NULL if invalid */
Str *int_to_str(Value v, int base);         /* no prefix */
int int_sign(Value v);
int int_cmp(Value a, Value b);
Value int_binop(Value a, Value b, int op);  /* ints (and bools) only */
int64_t int_hash(Value v);
Value int_neg(Value v);
Value int_normalize(Long *l);
/* An int value of an int-like (int, bool, subclass) object. */
Value int_value(Value v);

/* ---- floats (vm/float.c) ---------------------------------------------------------- */
Value float_new(double d);
double float_as_double(Value v); /* float or int; TypeError otherwise */
int64_t float_hash(double d);
Str *float_repr_str(double d);

/* ---- containers -------------------------------------------------------------- */
Tuple *tuple_new(size_t n);
Tuple *tuple_from(Value *items, size_t n);
extern Tuple *tuple_empty;
List *list_new(size_t n); /* n items, set to NULL: fill them */
List *list_from(Value *items, size_t n);
void list_append(List *l, Value v);
Value list_pop(List *l, int64_t i);
void list_extend(List *l, Value iterable);
List *list_from_iter(Value iterable);
Tuple *tuple_from_iter(Value iterable);
void list_sort(List *l, Value key, bool reverse);

Dict *dict_new(void);
Value dict_get(Dict *d, Value key);          /* NULL if missing */
Value dict_get_str(Dict *d, Str *key);       /* fast path for interned keys */
void dict_set(Dict *d, Value key, Value v);
void dict_set_str(Dict *d, Str *key, Value v);
bool dict_del(Dict *d, Value key);           /* false if missing */
DictEntry *dict_lookup_entry(Dict *d, Value key, int64_t hash);
Dict *dict_copy(Dict *d);
void dict_update(Dict *d, Value other);      /* mapping or iterable of pairs */
bool dict_next(Dict *d, size_t *pos, Value *k, Value *v);
void dict_clear(Dict *d);

Set *set_new(Type *t);
void set_add(Set *s, Value v);
bool set_contains(Set *s, Value v);
bool set_discard(Set *s, Value v);
bool set_next(Set *s, size_t *pos, Value *k);
void set_update(Set *s, Value iterable);

Bytes *bytes_new(const void *data, size_t len);
/* The bytes of a bytes-like object (bytes, bytearray, memoryview and their
 * subclasses): false for anything else.  The pointer is valid until the
 * object changes size or is collected. */
bool bytes_buffer(Value v, const uint8_t **p, size_t *n);
Bytes *bytes_alloc(size_t len);
Value bytes_from_value(Value v, const char *what);

Value slice_new(Value start, Value stop, Value step);
/* Resolve a slice against a length: CPython's PySlice_AdjustIndices. */
int64_t slice_indices(Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

Value range_new(int64_t start, int64_t stop, int64_t step);

/* ---- types and attributes (vm/type.c) -------------------------------------- */
void type_ready(Type *t);           /* fill slots, dict, mro of a built-in type */
Value type_lookup(Type *t, Str *name); /* MRO lookup, NULL if missing; cached */
bool vm_isinstance_type(Type *t, Type *base); /* is t a subclass of base */
Value type_call(Value t, Value *args, int nargs, Tuple *kwnames);
Value object_generic_getattr(Value o, Str *name); /* NULL if missing */
void object_generic_setattr(Value o, Str *name, Value v);
Value vm_build_class_builtin(void); /* the __build_class__ native */
const char *type_name(Type *t);
extern uint32_t type_epoch; /* bumped on any change of a type's namespace */
Type *type_new_builtin_exc(const char *name, Type *base); /* for exception classes */
void type_add_method(Type *t, const char *name, NativeFn fn, int kind);
void type_add_members(Type *t); /* (re)install t->members as read-only attributes */

/* ---- functions and calls (vm/func.c, vm/eval.c) ------------------------------- */
Value native_new(const char *name, NativeFn fn, Value self);
Value method_new(Value func, Value self);
Func *func_new(Code *code, Dict *globals);

Value vm_call(Value f, Value *args, int nargs, Tuple *kwnames);
Value vm_call0(Value f);
Value vm_call1(Value f, Value a);
Value vm_call2(Value f, Value a, Value b);
Value vm_call3(Value f, Value a, Value b, Value c);
/* o.name(args...): NULL if o has no such attribute (opt) or raise. */
Value vm_call_method(Value o, Str *name, Value *args, int nargs);
Value vm_call_method_opt(Value o, Str *name, Value *args, int nargs, bool *found);
Value vm_run_code(Code *c, Dict *globals, Dict *locals); /* module/class bodies */

/* ---- generic protocols (vm/proto.c) ----------------------------------------- */
Value vm_getattr(Value o, Str *name);
Value vm_getattr_opt(Value o, Str *name);   /* NULL when AttributeError */
void vm_setattr(Value o, Str *name, Value v);
void vm_delattr(Value o, Str *name);
Str *vm_repr(Value v);
Str *vm_str(Value v);
Str *vm_ascii(Value v);
Value vm_format(Value v, Str *spec);
int64_t vm_hash(Value v);
bool vm_truthy(Value v);
Value vm_richcmp(Value a, Value b, int op); /* raises TypeError on unsupported order */
bool vm_eq(Value a, Value b);               /* identity, then == */
bool vm_lt(Value a, Value b);
Value vm_binop(Value a, Value b, int op);   /* op: BINOP_*, incl. in-place */
Value vm_unary(Value a, int which);         /* UNARY_* opcode numbers */
Value vm_iter(Value o);
Value vm_next(Value it);                    /* NULL at end */
int64_t vm_len(Value o);
Value vm_getitem(Value o, Value k);
void vm_setitem(Value o, Value k, Value v);
void vm_delitem(Value o, Value k);
bool vm_contains(Value container, Value v);
int64_t vm_index(Value v);                  /* __index__ -> int64 (OverflowError) */
int64_t vm_seq_index(Value v);              /* for subscripts: IndexError if it does not fit */
Value vm_index_value(Value v);              /* __index__ -> int Value */
bool vm_isinstance(Value v, Value cls);     /* cls may be a tuple */
bool vm_issubclass(Value c, Value cls);
bool vm_callable(Value v);
const char *vm_type_name(Value v);
Str *vm_function_str(Value f); /* "module.qualname()" as CPython's call errors name a callable */
Value vm_abs(Value v);
/* Python's sequence equality/ordering helper for lists and tuples. */
Value seq_richcmp(Value *a, size_t na, Value *b, size_t nb, int op);
Value vm_import(Str *name, Value fromlist, int level, Dict *globals);

/* Argument helpers for natives. */
void arg_count(const char *fname, int nargs, int min, int max);
void arg_nokw(const char *fname, Tuple *kwnames);
/* str/bytes methods: positional arguments only, with CPython's three
 * message styles for a wrong count (vm/str_methods.c) */
void pos_only_t(const char *tname, const char *fname, int nargs, Tuple *kw, int min, int max);
/* Split kwargs: for each of the n names, fill out[i] from positional args
 * (beyond the first `skip`) or keywords; missing ones stay NULL.  Raises
 * TypeError for too many or unknown arguments. */
void arg_parse(const char *fname, Value *args, int nargs, Tuple *kwnames,
               int skip, int n, const char *const *argnames, Value *out);
int64_t arg_int(Value v, const char *what);
Str *arg_str(Value v, const char *fname, const char *what);

/* ---- modules (vm/import.c) ------------------------------------------------- */
Module *module_new(Str *name);
void module_set(Module *m, const char *name, Value v);
void module_add_fn(Module *m, const char *name, NativeFn fn);
Dict *builtins_dict(void);
extern Dict *vm_builtins;
extern Dict *sys_modules;

/* Native module table entries (core ones; platforms add theirs via port.h). */
typedef struct {
    const char *name;
    Module *(*init)(void);
} NativeModule;
/* The core's native modules, ended by {NULL, NULL}: vm/natives.c lists all
 * of them; a Xen image links a table of only those its program imports
 * (generated by freeze/boot.py), so --gc-sections drops the rest. */
extern const NativeModule vm_native_modules[];
Module *mod_sys_init(void);
Module *mod_math_init(void);
Module *mod_time_init(void);
Module *mod_gc_init(void);
Module *mod_struct_init(void);
Module *mod_hashlib_init(void);

/* Opcode-related numbers shared with the compiler. */
enum {
#define BINOP(n, sym, m, r, i) BINOP_##n,
#include "opcodes.def"
#undef BINOP
    BINOP_INPLACE
};
enum {
#define CMPOP(n, sym, m, s) CMP_##n,
#include "opcodes.def"
#undef CMPOP
};

/* Output helpers (through port.h). */
void vm_write(int fd, const char *s, size_t n);
void vm_writes(int fd, const char *s);

#endif
