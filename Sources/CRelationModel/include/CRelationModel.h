#ifndef CRELATIONMODEL_H
#define CRELATIONMODEL_H

/// One embedded file: its bytes and their count.
typedef struct {
    const unsigned char *bytes;
    unsigned long size;
} PipeRelationResource;

/// The relation classifier (relation-model.bin, written by scripts/train-relation-model), embedded in the
/// executable by `resources.S` (`.incbin`), so that no file needs to ship beside the binary and no Swift
/// literal holds it.
/// Data only, no C code: valgrind 3.19 cannot read the DWARF 5 that clang writes for C functions, and
/// `scripts/bench-* --callgrind` must keep working.
extern const PipeRelationResource pipe_relation_model;

#endif
