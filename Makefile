# SPDX-License-Identifier: MIT
# xenlet build.  Targets:
#   make            the Linux VM (build/xenlet-vm) and its ASan/UBSan twin
#   make test       set up (apt packages, .venv) and run every test
#   make demo       set up and run the example app (the README's main job)
#   make bench      benchmarks against CPython (docs/benchmarks.md)
#   make xen        the Xen platform library and VM objects (xen/xen.mk)

CC      ?= gcc
BUILD   := build
WARN    := -Wall -Wextra -Werror -Wshadow -Wno-clobbered
CFLAGS  := -std=gnu11 -O2 -g $(WARN) -fno-strict-aliasing
ASAN    := -std=gnu11 -O1 -g $(WARN) -fno-strict-aliasing -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

VM_SRCS   := $(wildcard vm/*.c)
UNIX_SRCS := $(wildcard vm/unix/*.c)
VM_HDRS   := $(wildcard vm/*.h) vm/opcodes.def vm/names.def
OPHASH    := $(BUILD)/gen/opcodes_hash.c

all: $(BUILD)/xenlet-vm $(BUILD)/xenlet-vm-asan

# The image version folds in a hash of the opcode table, computed from the
# same file by freeze/image.py; this generates the C side of it.
$(OPHASH): vm/opcodes.def
	@mkdir -p $(dir $@)
	python3 -c "import hashlib,sys; h=int.from_bytes(hashlib.sha256(open('vm/opcodes.def','rb').read()).digest()[:2],'little'); print('/* generated from vm/opcodes.def */\n#include <stdint.h>\nconst uint32_t image_opcodes_hash = %du;' % h)" > $@

$(BUILD)/unix/%.o: %.c $(VM_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Ivm -c $< -o $@

$(BUILD)/asan/%.o: %.c $(VM_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ASAN) -Ivm -c $< -o $@

UNIX_OBJS := $(patsubst %.c,$(BUILD)/unix/%.o,$(VM_SRCS) $(UNIX_SRCS) $(OPHASH))
ASAN_OBJS := $(patsubst %.c,$(BUILD)/asan/%.o,$(VM_SRCS) $(UNIX_SRCS) $(OPHASH))

# (two rules: a rule with two target patterns would make only one of them)
$(BUILD)/unix/$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -c $< -o $@

$(BUILD)/asan/$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -c $< -o $@

# Linked statically: no dynamic loader at start-up (a frozen print(1) runs
# in about 1 ms of CPU; see docs/benchmarks.md).
$(BUILD)/xenlet-vm: $(UNIX_OBJS)
	$(CC) -static -o $@ $^ -lm

$(BUILD)/xenlet-vm-asan: $(ASAN_OBJS)
	$(CC) -fsanitize=address,undefined -o $@ $^ -lm

setup:
	tools/setup.sh

# --dist loadgroup: the tests of the one Xen test-bed boot share a worker
test: setup all
	.venv/bin/python -m pytest -q -n 2 --dist loadgroup tests

# The example app as a Xen guest: booted with xl on a Xen dom0, else in
# QEMU direct boot (freeze-and-boot --run qemu; docs/xen.md).
demo: setup all
	@if grep -qs control_d /proc/xen/capabilities && command -v xl >/dev/null; then \
		.venv/bin/freeze-and-boot examples/hello.py && xl create -c build/hello.cfg; \
	else \
		.venv/bin/freeze-and-boot examples/hello.py --run qemu; \
	fi

# The guest's VM core and platform archives (freeze-and-boot builds them too).
xen:
	$(MAKE) -f xen/xen.mk xen-vm xen-plat

bench: setup all
	.venv/bin/python tools/bench.py

clean:
	rm -rf $(BUILD)

.PHONY: all setup test demo bench clean xen
