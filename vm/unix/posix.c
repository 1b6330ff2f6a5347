/* SPDX-License-Identifier: MIT */
/* `_posix`: the few file-system and process calls stdlib/os and
 * stdlib/tempfile need on the Linux platform (a platform native module,
 * registered through port_modules).  Errors raise OSError with errno and
 * strerror, so OSError(errno, ...) picks the subclass as CPython's do. */
#define _GNU_SOURCE
#include "../obj.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

_Noreturn static void os_error(int err, Value filename) {
    Value args[3] = {MK_SMALL(err), (Value)str_from_cstr(strerror(err)), filename};
    Value e = vm_call((Value)OSError_type, args, filename ? 3 : 2, NULL);
    vm_raise(e);
}

static const char *path_arg(Value *a, int n, int i, const char *fname) {
    if (i >= n) vm_raisef(TypeError_type, "%s() missing required argument 'path'", fname);
    return arg_str(a[i], fname, "path")->data;
}

#define PX(name) static Value px_##name(Value *a, int n, Tuple *kw)
PX(remove) {
    arg_nokw("remove", kw);
    arg_count("remove", n, 1, 1);
    if (unlink(path_arg(a, n, 0, "remove")) < 0) os_error(errno, a[0]);
    return None;
}
PX(rmdir) {
    arg_nokw("rmdir", kw);
    arg_count("rmdir", n, 1, 1);
    if (rmdir(path_arg(a, n, 0, "rmdir")) < 0) os_error(errno, a[0]);
    return None;
}
PX(mkdir) {
    arg_nokw("mkdir", kw);
    arg_count("mkdir", n, 1, 2);
    int mode = n > 1 ? (int)vm_index(a[1]) : 0777;
    if (mkdir(path_arg(a, n, 0, "mkdir"), (mode_t)mode) < 0) os_error(errno, a[0]);
    return None;
}
PX(rename) {
    arg_nokw("rename", kw);
    arg_count("rename", n, 2, 2);
    if (rename(path_arg(a, n, 0, "rename"), path_arg(a, n, 1, "rename")) < 0) os_error(errno, a[0]);
    return None;
}
PX(listdir) {
    arg_nokw("listdir", kw);
    arg_count("listdir", n, 0, 1);
    const char *p = n ? path_arg(a, n, 0, "listdir") : ".";
    DIR *d = opendir(p);
    if (!d) os_error(errno, n ? a[0] : (Value)str_from_cstr("."));
    List *l = list_new(0);
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) list_append(l, (Value)str_from_cstr(e->d_name));
    closedir(d);
    return (Value)l;
}
/* stat(path) -> (st_mode, st_size, st_mtime_ns) */
PX(stat) {
    arg_nokw("stat", kw);
    arg_count("stat", n, 1, 1);
    struct stat st;
    if (stat(path_arg(a, n, 0, "stat"), &st) < 0) os_error(errno, a[0]);
    Value t[3] = {MK_SMALL(st.st_mode), int_from_i64(st.st_size),
                  int_from_i64((int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec)};
    return (Value)tuple_from(t, 3);
}
PX(getcwd) {
    (void)a;
    (void)kw;
    arg_count("getcwd", n, 0, 0);
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) os_error(errno, NULL);
    return (Value)str_from_cstr(buf);
}
PX(getpid) {
    (void)a;
    (void)n;
    (void)kw;
    return MK_SMALL(getpid());
}
PX(urandom) {
    arg_nokw("urandom", kw);
    arg_count("urandom", n, 1, 1);
    int64_t len = vm_index(a[0]);
    if (len < 0) vm_raisef(ValueError_type, "negative argument not allowed");
    Bytes *b = bytes_alloc((size_t)len);
    for (size_t got = 0; got < (size_t)len;) {
        ssize_t r = getrandom(b->data + got, (size_t)len - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            os_error(errno, NULL);
        }
        got += (size_t)r;
    }
    return (Value)b;
}
/* O_CREAT|O_EXCL creation of an empty file, for tempfile.mkstemp */
PX(create_new) {
    arg_nokw("create_new", kw);
    arg_count("create_new", n, 1, 1);
    int fd = open(path_arg(a, n, 0, "create_new"), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) os_error(errno, a[0]);
    close(fd);
    return None;
}

PX(strerror) {
    arg_nokw("strerror", kw);
    arg_count("strerror", n, 1, 1);
    return (Value)str_from_cstr(strerror((int)vm_index(a[0])));
}
PX(chdir) {
    arg_nokw("chdir", kw);
    arg_count("chdir", n, 1, 1);
    if (chdir(path_arg(a, n, 0, "chdir")) < 0) os_error(errno, a[0]);
    return None;
}

static Module *posix_init(void) {
    Module *m = module_new(str_intern_cstr("_posix"));
    module_add_fn(m, "remove", px_remove);
    module_add_fn(m, "rmdir", px_rmdir);
    module_add_fn(m, "mkdir", px_mkdir);
    module_add_fn(m, "rename", px_rename);
    module_add_fn(m, "listdir", px_listdir);
    module_add_fn(m, "stat", px_stat);
    module_add_fn(m, "getcwd", px_getcwd);
    module_add_fn(m, "getpid", px_getpid);
    module_add_fn(m, "urandom", px_urandom);
    module_add_fn(m, "create_new", px_create_new);
    module_add_fn(m, "strerror", px_strerror);
    module_add_fn(m, "chdir", px_chdir);
    Dict *env = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq) dict_set(env, (Value)str_new(*e, (size_t)(eq - *e)), (Value)str_from_cstr(eq + 1));
    }
    module_set(m, "environ", (Value)env);
    return m;
}

void *posix_module_init(void) { return posix_init(); }
