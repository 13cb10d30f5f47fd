// The system zlib (Debian: zlib1g-dev), for gzip archives. inflateInit2 is a macro Swift cannot call.
#include <zlib.h>

/// Inflate state for gzip (or zlib) data, the header detected automatically (window bits 15 + 32).
static inline int pipe_inflate_init(z_stream *stream) { return inflateInit2(stream, 15 + 32); }

/// Deflate state writing one gzip member (window bits 15 + 16), for tests and tools that make archives.
static inline int pipe_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
