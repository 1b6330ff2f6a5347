/* SPDX-License-Identifier: MIT */
/* The table of the core's native modules, all of them: what a Linux VM
 * links.  A Xen image replaces this file with a generated table holding only
 * the modules its program imports ("sys" always: vm_main imports it), so the
 * linker's --gc-sections drops the others' code.  Keep the two in step with
 * freeze/deps.py NATIVE_MODULES. */
#include "obj.h"

const NativeModule vm_native_modules[] = {
    {"sys", mod_sys_init},         {"math", mod_math_init},       {"time", mod_time_init},
    {"gc", mod_gc_init},           {"_struct", mod_struct_init}, {"_hashlib", mod_hashlib_init},
    {NULL, NULL},
};
