#ifndef PIPE_CCRYPTO_SHIM_H
#define PIPE_CCRYPTO_SHIM_H
/* OpenSSL's SHA-256 uses the CPU's SHA extensions where they exist: every input is hashed for
 * `source.sha256`, and a portable Swift implementation cost a third of a plain-text normalize run. */
#include <stddef.h>
#include <openssl/evp.h>

/* Writes the 32-byte digest of `data` to `out`; returns 1 on success. */
static inline int pipe_sha256(const unsigned char *data, size_t count, unsigned char *out) {
    unsigned int size = 0;
    return EVP_Digest(data, count, out, &size, EVP_sha256(), NULL);
}
#endif
