// The entity stage's binary resources, embedded in the executable with `.incbin` (resources.S), so they ship
// as bytes rather than as Swift literals (which the compiler type-checks and copies at every build of the
// Stages module). scripts/train-entity-model writes entity-model.bin, scripts/word-clusters
// word-clusters.bin, scripts/generate-gazetteers the gazetteer-*.tsv files.
#ifndef CENTITYRESOURCES_H
#define CENTITYRESOURCES_H
#include <stddef.h>

/// A resource's bytes.
typedef struct {
    const unsigned char *bytes;
    size_t count;
} PipeResource;

/// include/entity-model.bin: the tagger's weights.
PipeResource pipe_entity_model(void);
/// include/word-clusters.bin: word hashes and their clusters.
PipeResource pipe_word_clusters(void);
/// include/gazetteer-*.tsv: lines KIND<TAB>FLAGS<TAB>surface (curated, places) or FLAGS<TAB>name (names).
PipeResource pipe_gazetteer_curated(void);
PipeResource pipe_gazetteer_places(void);
PipeResource pipe_gazetteer_given_names(void);
PipeResource pipe_gazetteer_surnames(void);

#endif
