/* The relation stage's resources as read-only data (see include/CRelationModel.h). The assembler finds
   the files through the target's header search path (Package.swift: headerSearchPath(".")). It does not
   track them as dependencies: the scripts that write them rewrite the stamps below, so that a new file
   changes this source and the build picks it up.
   stamp relation-model.bin: 380cc412b53245e6bcf1c379602257e26eed4e8fd7eba9d93b92bbc4f85d7d74
   stamp place-hierarchy.bin: 6bd6bf25c1606f7b2a9286f3eb23b9e114c8b1908512709698eab1a14fc413f2 */
#if defined(__APPLE__)
#define SYMBOL(name) _##name
    .section __TEXT,__const
#else
#define SYMBOL(name) name
    .section .rodata
#endif
    .globl SYMBOL(pipe_relation_model_start)
    .globl SYMBOL(pipe_relation_model_end)
    .globl SYMBOL(pipe_place_hierarchy_start)
    .globl SYMBOL(pipe_place_hierarchy_end)
    .balign 16
SYMBOL(pipe_relation_model_start):
    .incbin "relation-model.bin"
SYMBOL(pipe_relation_model_end):
    .byte 0
    .balign 16
SYMBOL(pipe_place_hierarchy_start):
    .incbin "place-hierarchy.bin"
SYMBOL(pipe_place_hierarchy_end):
    .byte 0
#if defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
