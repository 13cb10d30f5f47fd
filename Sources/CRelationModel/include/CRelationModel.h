#ifndef CRELATIONMODEL_H
#define CRELATIONMODEL_H

/// One embedded file: its bytes and their count.
typedef struct {
    const unsigned char *bytes;
    unsigned long size;
} PipeResource;

/// The relation stage's binary resources, embedded in the executable by `resources.S` (`.incbin`), so
/// that no file needs to ship beside the binary and no Swift literal holds them:
/// - relation-model.bin: the relation classifier (scripts/train-relation-model);
/// - place-hierarchy.bin: levels and containers of place names (scripts/generate-place-hierarchy).
/// Data only, no C code: valgrind 3.19 cannot read the DWARF 5 that clang writes for C functions, and
/// `scripts/bench-* --callgrind` must keep working.
extern const PipeResource pipe_relation_model;
extern const PipeResource pipe_place_hierarchy;

#endif
