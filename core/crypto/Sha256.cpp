#include "crypto/Sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace {

// The algorithm fetched once (OpenSSL 3 looks it up by name on every implicit use) and a
// context per thread, reset for each digest.
const EVP_MD *algorithm()
{
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(
        EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
    return md.get();
}

EVP_MD_CTX *context()
{
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx.get();
}

} // namespace

QByteArray Sha256::hex(std::initializer_list<QByteArrayView> parts)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_MD_CTX *ctx = context();
    bool ok = algorithm() && ctx && EVP_DigestInit_ex(ctx, algorithm(), nullptr) == 1;
    for (QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(ctx, part.data(), size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx, digest, &size) == 1 && size == 32;
    // libcrypto without SHA-256 is a broken installation: nothing written with such a digest
    // could be checked again.
    if (!ok)
        qFatal("Netra: libcrypto cannot compute SHA-256");
    return QByteArray(reinterpret_cast<const char *>(digest), 32).toHex();
}
