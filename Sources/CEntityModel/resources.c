#include "CEntityModel.h"

extern const unsigned char pipe_entity_model_start[];
extern const unsigned char pipe_entity_model_end[];
extern const unsigned char pipe_word_clusters_start[];
extern const unsigned char pipe_word_clusters_end[];

const unsigned char *pipe_entity_model_bytes(void) { return pipe_entity_model_start; }
size_t pipe_entity_model_count(void) { return (size_t)(pipe_entity_model_end - pipe_entity_model_start); }
const unsigned char *pipe_word_clusters_bytes(void) { return pipe_word_clusters_start; }
size_t pipe_word_clusters_count(void) { return (size_t)(pipe_word_clusters_end - pipe_word_clusters_start); }
