#ifndef CRELATIONMODEL_H
#define CRELATIONMODEL_H

#include <stddef.h>

/// The relation stage's binary resources, embedded in the executable by `resources.S` (`.incbin`) so that
/// no file needs to ship beside the binary and no Swift literal holds them:
/// - relation-model.bin: the relation classifier (scripts/train-relation-model);
/// - place-hierarchy.bin: levels and containers of place names (scripts/generate-place-hierarchy).
const unsigned char *pipe_relation_model_bytes(void);
size_t pipe_relation_model_size(void);
const unsigned char *pipe_place_hierarchy_bytes(void);
size_t pipe_place_hierarchy_size(void);

#endif
