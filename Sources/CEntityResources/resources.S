// Embeds the entity stage's resources (see include/CEntityResources.h). The assembler finds the files on the
// target's include path. SwiftPM does not track .incbin inputs: the scripts that rewrite a resource also
// rewrite its checksum line below, so a changed resource always changes this file and is rebuilt.
// entity-model.bin: see scripts/train-entity-model (sha256 657d92e3e420fae6..., 6 epochs, seed 15)
// word-clusters.bin: see scripts/word-clusters (sha256 f3e4cbe903d49b97..., seed 15)
// gazetteer-curated.tsv: see scripts/generate-gazetteers (sha256 4c2d3a022faf5686...)
// gazetteer-places.tsv: see scripts/generate-gazetteers (sha256 0037a6b739453a20...)
// gazetteer-given-names.tsv: see scripts/generate-gazetteers (sha256 3f9345ca2d7222c9...)
// gazetteer-surnames.tsv: see scripts/generate-gazetteers (sha256 99a7325bd7a7716c...)
    .macro resource name, file
    .section .rodata.pipe_resources,"a",@progbits
    .balign 32
    .global pipe_\name\()_start
pipe_\name\()_start:
    .incbin "\file"
    .global pipe_\name\()_end
pipe_\name\()_end:
    .byte 0
    .endm

    resource entity_model, "entity-model.bin"
    resource word_clusters, "word-clusters.bin"
    resource gazetteer_curated, "gazetteer-curated.tsv"
    resource gazetteer_places, "gazetteer-places.tsv"
    resource gazetteer_given_names, "gazetteer-given-names.tsv"
    resource gazetteer_surnames, "gazetteer-surnames.tsv"
    .section .note.GNU-stack,"",@progbits
