#ifndef HEARSAY_CZLIB_SHIM_H
#define HEARSAY_CZLIB_SHIM_H
#include <zlib.h>

// zlib's inflateInit2 is a macro Swift cannot call; this passes the version and size it needs.
static inline int hearsay_inflate_init(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
#endif
