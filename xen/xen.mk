# SPDX-License-Identifier: MIT
# Make fragment for the Xen PVH platform.  Included by the top-level
# Makefile, or used alone from the repository root:
#   make -f xen/xen.mk            build/xen/libxenlet-plat.a
#   make -f xen/xen.mk hello      build/xen/hello.xen (test vm_main, boots in
#                                 QEMU -kernel or as an xl PVH guest)
#   make -f xen/xen.mk fault      build/xen/fault.xen (deliberate faults)
#   make -f xen/xen.mk xen-vm     build/xen/libxenlet-vm.a (the VM core for
#                                 the guest; freeze/boot.py links apps with it)
# It provides XEN_CFLAGS (for compiling vm/*.c for Xen: musl headers) and
# rules build/xen/vm/%.o from vm/%.c.  Images are linked with XEN_LD and
# XEN_LDFLAGS, the same command freeze/link.py runs.

XEN_BUILD     ?= build/xen
XEN_CC        ?= gcc
XEN_LD        ?= ld
XEN_AR        ?= ar
XEN_MUSL_INC  ?= /usr/include/x86_64-linux-musl
XEN_MUSL_LIB  ?= /usr/lib/x86_64-linux-musl
XEN_PUBLIC    ?= /usr/include/xen
XEN_GCC_INC   := $(shell $(XEN_CC) -print-file-name=include)
XEN_LIBGCC    := $(shell $(XEN_CC) -print-libgcc-file-name)

ifeq ($(wildcard $(XEN_MUSL_INC)/stdio.h),)
$(error xen.mk: musl headers not found in $(XEN_MUSL_INC) (apt-get install musl-dev))
endif
ifeq ($(wildcard $(XEN_PUBLIC)/xen.h),)
$(error xen.mk: Xen public headers not found in $(XEN_PUBLIC) (apt-get install libxen-dev))
endif

# Portable C for the guest: musl's headers only, no PIE, no unwind tables,
# one section per function so that --gc-sections can drop what is unused.
XEN_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror \
	-nostdinc -isystem $(XEN_MUSL_INC) -isystem $(XEN_GCC_INC) \
	-fno-pie -fno-pic -mno-red-zone -fno-asynchronous-unwind-tables \
	-ffunction-sections -fdata-sections -fno-common

# The platform itself also sees the Xen public headers, as <xen/...>,
# through a private include folder (adding /usr/include itself would mix
# glibc's headers with musl's).
XEN_PLAT_CFLAGS := $(XEN_CFLAGS) -isystem $(XEN_BUILD)/include \
	-D__XEN_INTERFACE_VERSION__=0x00040e00 -Wmissing-prototypes -Wshadow \
	$(XEN_EXTRA_CFLAGS)

XEN_LDFLAGS := -nostdlib -static -no-pie -L xen -T xen/xenlet.ld --gc-sections --strip-debug \
	-z max-page-size=4096 -z noexecstack
XEN_LIBS := --start-group $(XEN_MUSL_LIB)/libc.a $(XEN_LIBGCC) --end-group

XEN_SRCS := $(wildcard xen/*.c) $(wildcard xen/*.S)
XEN_SRCS := $(filter-out xen/image.S,$(XEN_SRCS))
XEN_OBJS := $(patsubst xen/%,$(XEN_BUILD)/plat/%.o,$(XEN_SRCS))
XEN_PLAT_LIB := $(XEN_BUILD)/libxenlet-plat.a

.PHONY: xen-plat hello fault
.SECONDARY:
xen-plat: $(XEN_PLAT_LIB)
hello: $(XEN_BUILD)/hello.xen
fault: $(XEN_BUILD)/fault.xen

$(XEN_BUILD)/include/xen:
	@mkdir -p $(XEN_BUILD)/include
	ln -sfn $(abspath $(XEN_PUBLIC)) $@

# vm/obj.h: the device modules (mod_xen.c, blkfront.c, netfront.c, pages.c)
# are natives built against the VM's object layout.
$(XEN_BUILD)/plat/%.c.o: xen/%.c xen/platform.h xen/config.h vm/port.h vm/obj.h | $(XEN_BUILD)/include/xen
	@mkdir -p $(dir $@)
	$(XEN_CC) $(XEN_PLAT_CFLAGS) -c $< -o $@

$(XEN_BUILD)/plat/%.S.o: xen/%.S xen/config.h
	@mkdir -p $(dir $@)
	$(XEN_CC) $(XEN_PLAT_CFLAGS) -c $< -o $@

$(XEN_PLAT_LIB): $(XEN_OBJS)
	@rm -f $@
	$(XEN_AR) rcs $@ $^

# The VM core compiled for the guest, as an archive: the linker pulls only
# the members a program reaches, and --gc-sections drops unused functions.
# vm/natives.c (the full native module table) is left out: each image links
# its own table (freeze/boot.py generates it) naming only the natives its
# program imports.  -Wno-clobbered and -fno-strict-aliasing as for the Linux
# build (top-level Makefile): the core longjmps and type-puns on purpose.
# -Os: the guest's size matters more than its speed (measured on the hello
# image: text 256 KB at -O2, 195 KB at -Os; docs/xen.md).  At -Os GCC
# merges the ~100 identical dispatch tails of the interpreter loop
# (vm/eval.c NEXT) into one only while a block has at most
# max-crossjump-edges incoming edges (default 100): past that, each opcode
# keeps its own copy and run() grows by 4 KB (seen when the match opcodes
# took the count to 93).  200 leaves room for more opcodes.
XEN_VM_OPT ?= -Os --param=max-crossjump-edges=200
# XENLET_METHOD_SECTIONS: one linker section per built-in method, so that
# an image keeps only the methods its program names (vm/obj.h, MethodDef).
XEN_VM_CFLAGS := $(XEN_CFLAGS) $(XEN_VM_OPT) -Wno-clobbered -fno-strict-aliasing -Ivm \
	-DXENLET_METHOD_SECTIONS
XEN_VM_HDRS := $(wildcard vm/*.h) vm/opcodes.def vm/names.def xen/xen.mk
XEN_VM_SRCS := $(filter-out vm/natives.c,$(wildcard vm/*.c))
XEN_VM_OBJS := $(patsubst vm/%.c,$(XEN_BUILD)/vm/%.o,$(XEN_VM_SRCS)) \
	$(XEN_BUILD)/vm/opcodes_hash.o
XEN_VM_LIB := $(XEN_BUILD)/libxenlet-vm.a

.PHONY: xen-vm
xen-vm: $(XEN_VM_LIB)

$(XEN_BUILD)/vm/%.o: vm/%.c $(XEN_VM_HDRS)
	@mkdir -p $(dir $@)
	$(XEN_CC) $(XEN_VM_CFLAGS) -c $< -o $@

# The image version check (vm/image loader) compares against this value;
# it is computed by the image writer itself, from the same vm/opcodes.def.
$(XEN_BUILD)/gen/opcodes_hash.c: vm/opcodes.def freeze/image.py
	@mkdir -p $(dir $@)
	python3 -c "from freeze.image import OPCODES_HASH as h; \
		print('/* generated from vm/opcodes.def */\n#include <stdint.h>\n' \
		'const uint32_t image_opcodes_hash = %du;' % h)" > $@.tmp
	mv $@.tmp $@

$(XEN_BUILD)/vm/opcodes_hash.o: $(XEN_BUILD)/gen/opcodes_hash.c
	@mkdir -p $(dir $@)
	$(XEN_CC) $(XEN_CFLAGS) -c $< -o $@

$(XEN_VM_LIB): $(XEN_VM_OBJS)
	@rm -f $@
	$(XEN_AR) rcs $@ $^

# A frozen image file as a linkable object (see xen/image.S).
$(XEN_BUILD)/tests/%-image.o: xen/image.S xen/tests/hello.blob
	@mkdir -p $(dir $@)
	$(XEN_CC) -c xen/image.S -o $@ -DXENLET_IMAGE_FILE='"xen/tests/hello.blob"' \
		-DXENLET_IMAGE_NAME='"$*"'

$(XEN_BUILD)/tests/%.o: xen/tests/%.c vm/port.h
	@mkdir -p $(dir $@)
	$(XEN_CC) $(XEN_CFLAGS) -O1 -c $< -o $@

# The platform library goes on the command line as a whole archive member
# list would: vm_main's object first, then the library, then libc.
$(XEN_BUILD)/%.xen: $(XEN_BUILD)/tests/%.o $(XEN_BUILD)/tests/%-image.o $(XEN_PLAT_LIB) xen/xenlet.ld xen/xenlet-methods.ld
	$(XEN_LD) $(XEN_LDFLAGS) -o $@ $(XEN_BUILD)/tests/$*.o $(XEN_BUILD)/tests/$*-image.o \
		$(XEN_PLAT_LIB) $(XEN_LIBS)
