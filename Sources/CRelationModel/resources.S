/* The relation stage's resources as read-only data (see include/CRelationModel.h). The assembler finds
   the files through the target's header search path (Package.swift: headerSearchPath(".")). It does not
   track them as dependencies: the scripts that write them rewrite the stamps below, so that a new file
   changes this source and the build picks it up.
   stamp relation-model.bin: c87e241a1147356d6fa23bb7cd766c67d2651f833c3f1a90e3ed8b0649fbd5d2
   stamp place-hierarchy.bin: 6bd6bf25c1606f7b2a9286f3eb23b9e114c8b1908512709698eab1a14fc413f2 */
#if defined(__APPLE__)
#define SYMBOL(name) _##name
#define DATA_SECTION .section __TEXT,__const
#define POINTER_SECTION .section __DATA,__const
#else
#define SYMBOL(name) name
#define DATA_SECTION .section .rodata
#define POINTER_SECTION .section .data.rel.ro,"aw"
#endif
#if __SIZEOF_POINTER__ != 8 || __SIZEOF_LONG__ != 8
#error "resources.S writes 64-bit pointers and sizes"
#endif
    DATA_SECTION
    .balign 16
relation_model_start:
    .incbin "relation-model.bin"
relation_model_end:
    .byte 0
    .balign 16
place_hierarchy_start:
    .incbin "place-hierarchy.bin"
place_hierarchy_end:
    .byte 0

    /* PipeResource values: pointer, then size. */
    POINTER_SECTION
    .balign 8
    .globl SYMBOL(pipe_relation_model)
SYMBOL(pipe_relation_model):
    .quad relation_model_start
    .quad relation_model_end - relation_model_start
    .globl SYMBOL(pipe_place_hierarchy)
SYMBOL(pipe_place_hierarchy):
    .quad place_hierarchy_start
    .quad place_hierarchy_end - place_hierarchy_start
#if defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
