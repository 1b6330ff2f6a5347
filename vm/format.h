/* SPDX-License-Identifier: MIT */
/* The format() protocol for the built-in types: what int.__format__,
 * float.__format__ and str.__format__ do with a spec.  vm_format (obj.h)
 * is the generic entry that dispatches to type(v).__format__.
 *
 * Promises: results are always exact str objects; errors are CPython
 * 3.11's ValueError / OverflowError / TypeError with its messages (the
 * texts come from vm/fmt.c).  An empty spec gives str(v). */
#ifndef XENLET_FORMAT_H
#define XENLET_FORMAT_H

#include "obj.h"

/* format(v, spec) for an int-like v (int, bool or a subclass). */
Value int_format(Value v, Str *spec);

/* format(d, spec) for a float value d. */
Value float_format(double d, Str *spec);

/* format(s, spec) for a str s (fill, alignment, width, precision). */
Value str_format_spec(Str *s, Str *spec);

#endif
