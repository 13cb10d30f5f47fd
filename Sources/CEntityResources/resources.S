// Embeds the entity stage's resources (see include/CEntityResources.h), data only: the bytes with `.incbin`
// and one EntityResource descriptor (pointer, size) per file. No C code: valgrind 3.19 cannot read the DWARF 5
// that clang writes for C functions, and `scripts/bench-* --callgrind` must keep working. The assembler finds the files on the
// target's include path. SwiftPM does not track .incbin inputs: the scripts that rewrite a resource also
// rewrite its checksum line below, so a changed resource always changes this file and is rebuilt.
// entity-model.bin: see scripts/train-entity-model (sha256 60d4caafde54c1e9..., 6 epochs, 4 runs, margin 100, seed 15)
// word-clusters.bin: see scripts/word-clusters (sha256 da8c1a81857f317a..., seed 15)
// gazetteer-curated.tsv: see scripts/generate-gazetteers (sha256 58767afbaabcd82c...)
// gazetteer-places.tsv: see scripts/generate-gazetteers (sha256 f934dccf14d7aa29...)
// gazetteer-given-names.tsv: see scripts/generate-gazetteers (sha256 3f9345ca2d7222c9...)
// gazetteer-surnames.tsv: see scripts/generate-gazetteers (sha256 99a7325bd7a7716c...)
    .macro resource name, file
    .section .rodata.pipe_resources,"a",@progbits
    .balign 32
\name\()_start:
    .incbin "\file"
\name\()_end:
    .byte 0
    // The descriptor: relocated pointers, so in .data.rel.ro (read-only after relocation).
    .section .data.rel.ro.pipe_resources,"aw",@progbits
    .balign 8
    .global pipe_\name
    .type pipe_\name, @object
    .size pipe_\name, 16
pipe_\name:
    .quad \name\()_start
    .quad \name\()_end - \name\()_start
    .endm

#if __SIZEOF_POINTER__ != 8 || __SIZEOF_LONG__ != 8
#error "resources.S writes 64-bit pointers and sizes"
#endif
    resource entity_model, "entity-model.bin"
    resource word_clusters, "word-clusters.bin"
    resource gazetteer_curated, "gazetteer-curated.tsv"
    resource gazetteer_places, "gazetteer-places.tsv"
    resource gazetteer_given_names, "gazetteer-given-names.tsv"
    resource gazetteer_surnames, "gazetteer-surnames.tsv"
    .section .note.GNU-stack,"",@progbits
