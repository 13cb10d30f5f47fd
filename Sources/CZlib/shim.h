// The system zlib (Debian: zlib1g-dev), for gzip archives. inflateInit2 is a macro Swift cannot call.
#include <zlib.h>

/// Inflate state for gzip (or zlib) data, the header detected automatically (window bits 15 + 32).
static inline int pipe_inflate_init(z_stream *stream) { return inflateInit2(stream, 15 + 32); }
