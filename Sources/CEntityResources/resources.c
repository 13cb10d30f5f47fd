#include "CEntityResources.h"

#define PIPE_RESOURCE(name)                                                                   \
    extern const unsigned char pipe_##name##_start[];                                         \
    extern const unsigned char pipe_##name##_end[];                                           \
    PipeResource pipe_##name(void) {                                                          \
        PipeResource r = {pipe_##name##_start, (size_t)(pipe_##name##_end - pipe_##name##_start)}; \
        return r;                                                                             \
    }

PIPE_RESOURCE(entity_model)
PIPE_RESOURCE(word_clusters)
PIPE_RESOURCE(gazetteer_curated)
PIPE_RESOURCE(gazetteer_places)
PIPE_RESOURCE(gazetteer_given_names)
PIPE_RESOURCE(gazetteer_surnames)
