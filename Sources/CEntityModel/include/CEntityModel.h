// The entity tagger's binary resources, embedded in the executable with `.incbin` (resources.S), so the
// model ships as bytes rather than as a Swift literal (which the compiler type-checks and copies at every
// build). scripts/train-entity-model writes entity-model.bin; scripts/word-clusters writes word-clusters.bin.
#ifndef CENTITYMODEL_H
#define CENTITYMODEL_H
#include <stddef.h>

/// The bytes of include/entity-model.bin and their count.
const unsigned char *pipe_entity_model_bytes(void);
size_t pipe_entity_model_count(void);

/// The bytes of include/word-clusters.bin and their count.
const unsigned char *pipe_word_clusters_bytes(void);
size_t pipe_word_clusters_count(void);

#endif
