// The entity stage's binary resources, embedded in the executable with `.incbin` (resources.S), so they ship
// as bytes rather than as Swift literals (which the compiler type-checks and copies at every build of the
// Stages module). scripts/train-entity-model writes entity-model.bin, scripts/word-clusters
// word-clusters.bin, scripts/generate-gazetteers the gazetteer-*.tsv files.
// Data only, no C code (resources.S defines the descriptors): valgrind 3.19 cannot read the DWARF 5 that
// clang writes for C functions, and `scripts/bench-* --callgrind` must keep working. (The one inline
// function below is compiled into its Swift caller, as the CICU shim's are.)
#ifndef CENTITYRESOURCES_H
#define CENTITYRESOURCES_H

/// A resource's bytes. Named apart from the relation target's `PipeResource`: the Stages module sees both.
typedef struct {
    const unsigned char *bytes;
    unsigned long count;
} EntityResource;

/// include/entity-model.bin: the tagger's weights.
extern const EntityResource pipe_entity_model;
/// include/word-clusters.bin: word hashes and their clusters.
extern const EntityResource pipe_word_clusters;
/// include/gazetteer-*.tsv: lines KIND<TAB>FLAGS<TAB>surface (curated, places) or FLAGS<TAB>name (names).
extern const EntityResource pipe_gazetteer_curated;
extern const EntityResource pipe_gazetteer_places;
extern const EntityResource pipe_gazetteer_given_names;
extern const EntityResource pipe_gazetteer_surnames;

/// Asks the CPU to bring the cache line holding `p` in ahead of a load: a hint, with no effect on any
/// result, and no fault whatever `p` is. The tagger's weight rows (8 MB, read at random) are fetched so
/// one token ahead; Swift has no prefetch of its own.
static inline void pipe_prefetch(const void *p) {
    __builtin_prefetch(p);
}

#endif
