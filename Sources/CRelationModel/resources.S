/* The relation classifier as read-only data (see include/CRelationModel.h). The assembler finds the
   file through the target's header search path (Package.swift: headerSearchPath(".")). It does not track
   it as a dependency: scripts/train-relation-model rewrites the stamp below, so that a new model changes
   this source and the build picks it up.
   stamp relation-model.bin: 639352b41ed0aaafe1c560230cfc00eede394ea1140de38905eae9f9b00ebb69 */
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

    /* PipeRelationResource value: pointer, then size. */
    POINTER_SECTION
    .balign 8
    .globl SYMBOL(pipe_relation_model)
SYMBOL(pipe_relation_model):
    .quad relation_model_start
    .quad relation_model_end - relation_model_start
#if defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
