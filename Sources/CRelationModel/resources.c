#include "CRelationModel.h"

extern const unsigned char pipe_relation_model_start[];
extern const unsigned char pipe_relation_model_end[];
extern const unsigned char pipe_place_hierarchy_start[];
extern const unsigned char pipe_place_hierarchy_end[];

const unsigned char *pipe_relation_model_bytes(void) { return pipe_relation_model_start; }
size_t pipe_relation_model_size(void) { return (size_t)(pipe_relation_model_end - pipe_relation_model_start); }
const unsigned char *pipe_place_hierarchy_bytes(void) { return pipe_place_hierarchy_start; }
size_t pipe_place_hierarchy_size(void) { return (size_t)(pipe_place_hierarchy_end - pipe_place_hierarchy_start); }
