// The place-id table made by scripts/generate-gazetteers (data/places.bin), linked into the binary as bytes
// by places.S. Read by the clusters stage (Sources/Stages/Clusters/PlaceTable.swift), which documents the layout.
#ifndef CPLACEDATA_H
#define CPLACEDATA_H
#include <stddef.h>

extern const unsigned char pipe_place_data[];
extern const unsigned char pipe_place_data_end[];

static inline const unsigned char *pipe_place_bytes(void) { return pipe_place_data; }
static inline size_t pipe_place_size(void) { return (size_t)(pipe_place_data_end - pipe_place_data); }

#endif
