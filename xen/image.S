/* SPDX-License-Identifier: MIT */
/* Turns the frozen program (a file) into a linkable object for port_image.
 * Assemble with
 *   -DXENLET_IMAGE_FILE='"path/to/app.img"' [-DXENLET_IMAGE_NAME='"app"']
 * It defines xenlet_image_start/xenlet_image_end around the file's bytes,
 * in their own read-only section (16-byte aligned, kept by xenlet.ld), and
 * xenlet_image_name, the program's argv[0]. */
#ifndef XENLET_IMAGE_FILE
#error "define XENLET_IMAGE_FILE"
#endif
#ifndef XENLET_IMAGE_NAME
#define XENLET_IMAGE_NAME "xenlet"
#endif

        .section .rodata.xenlet_image, "a", @progbits
        .balign 16
        .globl xenlet_image_start, xenlet_image_end
        .type xenlet_image_start, @object
xenlet_image_start:
        .incbin XENLET_IMAGE_FILE
xenlet_image_end:
        .size xenlet_image_start, xenlet_image_end - xenlet_image_start

        .section .rodata.xenlet_name, "a", @progbits
        .globl xenlet_image_name
        .type xenlet_image_name, @object
xenlet_image_name:
        .asciz XENLET_IMAGE_NAME
        .size xenlet_image_name, . - xenlet_image_name

        .section .note.GNU-stack, "", @progbits
