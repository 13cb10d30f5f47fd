// Embeds the entity tagger's binary resources (see include/CEntityModel.h). The assembler finds the files
// on the target's include path. SwiftPM does not track .incbin inputs: the scripts that rewrite a .bin
// also rewrite the checksum line below, so a changed resource always changes this file and is rebuilt.
// entity-model.bin: see scripts/train-entity-model (sha256 f47873acb129d9dd..., 6 epochs, seed 15)
// word-clusters.bin: see scripts/word-clusters
    .section .rodata
    .balign 32
    .global pipe_entity_model_start
pipe_entity_model_start:
    .incbin "entity-model.bin"
    .global pipe_entity_model_end
pipe_entity_model_end:
    .byte 0
    .balign 32
    .global pipe_word_clusters_start
pipe_word_clusters_start:
    .incbin "word-clusters.bin"
    .global pipe_word_clusters_end
pipe_word_clusters_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
