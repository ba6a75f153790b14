#include "IdentityVault.h"

#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace IdentityVault {

namespace {

const char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QByteArray toBase64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

} // namespace

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// --- SecretBytes ----------------------------------------------------------------------------

SecretBytes::SecretBytes(int size)
{
    if (!ready() || size <= 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, size_t(size));
    }
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecretBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::copy() const
{
    SecretBytes c(m_size);
    if (!c.isEmpty())
        std::memcpy(c.m_data, m_data, size_t(m_size));
    return c;
}

SecretBytes SecretBytes::random(int size)
{
    SecretBytes s(size);
    if (!s.isEmpty())
        randombytes_buf(s.m_data, size_t(size));
    return s;
}

SecretBytes SecretBytes::fromBytes(const QByteArray &bytes)
{
    SecretBytes s(int(bytes.size()));
    if (!s.isEmpty())
        std::memcpy(s.m_data, bytes.constData(), size_t(bytes.size()));
    return s;
}

// --- keys -----------------------------------------------------------------------------------

KeyPair newKeyPair()
{
    KeyPair k;
    if (!ready())
        return k;
    k.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), k.secretKey.data());
    return k;
}

QByteArray publicKeyOf(const SecretBytes &secretKey)
{
    if (secretKey.size() != crypto_box_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pk.data()), secretKey.data());
    return pk;
}

QString prefix()
{
    return QStringLiteral("enc1:");
}

bool isSealed(const QString &stored)
{
    return stored.startsWith(QLatin1String("enc1:"));
}

QString seal(const QString &plain, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    const QByteArray utf8 = plain.toUtf8();
    QByteArray box(int(crypto_box_SEALBYTES) + utf8.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                    reinterpret_cast<const unsigned char *>(utf8.constData()), quint64(utf8.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return prefix() + QString::fromLatin1(toBase64(box));
}

std::optional<QString> open(const QString &stored, const QByteArray &publicKey,
                            const SecretBytes &secretKey)
{
    if (!ready() || !isSealed(stored) || publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    const QByteArray box = QByteArray::fromBase64(stored.mid(prefix().size()).toLatin1());
    if (box.size() < int(crypto_box_SEALBYTES))
        return std::nullopt;
    QByteArray plain(box.size() - int(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(
            reinterpret_cast<unsigned char *>(plain.data()),
            reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()),
            reinterpret_cast<const unsigned char *>(publicKey.constData()), secretKey.data()) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

QByteArray sealKey(const SecretBytes &key, const QByteArray &publicKey)
{
    if (!ready() || key.isEmpty() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray box(int(crypto_box_SEALBYTES) + key.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()), key.data(), quint64(key.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return box;
}

std::optional<SecretBytes> openKey(const QByteArray &sealed, const QByteArray &publicKey,
                                   const SecretBytes &secretKey)
{
    if (!ready() || sealed.size() <= int(crypto_box_SEALBYTES) ||
        publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    SecretBytes key(sealed.size() - int(crypto_box_SEALBYTES));
    if (key.isEmpty() ||
        crypto_box_seal_open(
            key.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
            quint64(sealed.size()), reinterpret_cast<const unsigned char *>(publicKey.constData()),
            secretKey.data()) != 0)
        return std::nullopt;
    return key;
}

QByteArray wrapWithKey(const SecretBytes &key, const SecretBytes &wrappingKey)
{
    if (!ready() || key.isEmpty() || wrappingKey.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray box(int(crypto_secretbox_MACBYTES) + key.size(), '\0');
    crypto_secretbox_easy(
        reinterpret_cast<unsigned char *>(box.data()), key.data(), quint64(key.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()), wrappingKey.data());
    return nonce + box;
}

std::optional<SecretBytes> unwrapWithKey(const QByteArray &wrapped, const SecretBytes &wrappingKey)
{
    if (!ready() || wrappingKey.size() != crypto_secretbox_KEYBYTES ||
        wrapped.size() <= int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const QByteArray nonce = wrapped.left(crypto_secretbox_NONCEBYTES);
    const QByteArray box = wrapped.mid(crypto_secretbox_NONCEBYTES);
    SecretBytes key(box.size() - int(crypto_secretbox_MACBYTES));
    if (key.isEmpty() ||
        crypto_secretbox_open_easy(
            key.data(), reinterpret_cast<const unsigned char *>(box.constData()),
            quint64(box.size()), reinterpret_cast<const unsigned char *>(nonce.constData()),
            wrappingKey.data()) != 0)
        return std::nullopt;
    return key;
}

namespace {

// The key that a password gives with a salt and Argon2id limits; empty when libsodium fails.
SecretBytes derivedKey(const QString &password, const QByteArray &salt, quint64 ops, quint64 mem)
{
    SecretBytes derived(crypto_secretbox_KEYBYTES);
    const QByteArray utf8 = password.toUtf8();
    if (derived.isEmpty() ||
        crypto_pwhash(derived.data(), crypto_secretbox_KEYBYTES, utf8.constData(),
                      quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return SecretBytes();
    return derived;
}

} // namespace

// Blob: "a2" | salt (16) | opslimit (8, LE) | memlimit (8, LE) | wrapWithKey's nonce and box,
// with the key the password gives.
QByteArray wrapWithPassword(const SecretBytes &key, const QString &password)
{
    if (!ready() || key.isEmpty())
        return {};
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    const SecretBytes derived = derivedKey(password, salt, ops, mem);
    if (derived.isEmpty())
        return {};
    QByteArray limits(16, '\0');
    qToLittleEndian(ops, limits.data());
    qToLittleEndian(mem, limits.data() + 8);
    const QByteArray wrapped = wrapWithKey(key, derived);
    return wrapped.isEmpty() ? QByteArray() : QByteArray("a2") + salt + limits + wrapped;
}

std::optional<SecretBytes> unwrapWithPassword(const QByteArray &wrapped, const QString &password)
{
    const int head = 2 + crypto_pwhash_SALTBYTES + 16;
    if (!ready() || !wrapped.startsWith("a2") || wrapped.size() <= head)
        return std::nullopt;
    const QByteArray salt = wrapped.mid(2, crypto_pwhash_SALTBYTES);
    const quint64 ops =
        qFromLittleEndian<quint64>(wrapped.constData() + 2 + crypto_pwhash_SALTBYTES);
    const quint64 mem =
        qFromLittleEndian<quint64>(wrapped.constData() + 2 + crypto_pwhash_SALTBYTES + 8);
    // Limits from the file: never more than the moderate ones, so that an altered file cannot
    // make a sign-in take minutes or all the memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_MODERATE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_MODERATE)
        return std::nullopt;
    const SecretBytes derived = derivedKey(password, salt, ops, mem);
    if (derived.isEmpty())
        return std::nullopt;
    return unwrapWithKey(wrapped.mid(head), derived);
}

QString formatRecoveryKey(const SecretBytes &key)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    auto put = [&](int index) {
        if (written > 0 && written % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(Base32Alphabet[index]);
        ++written;
    };
    for (int i = 0; i < key.size(); ++i) {
        buffer = (buffer << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            put(int((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
    }
    if (bits > 0)
        put(int((buffer << (5 - bits)) & 31));
    return out;
}

std::optional<SecretBytes> parseRecoveryKey(const QString &text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        const char c = char(ch.toUpper().toLatin1());
        const char *at = c ? std::strchr(Base32Alphabet, c) : nullptr;
        if (!at)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (bytes.size() != 32)
        return std::nullopt;
    SecretBytes key = SecretBytes::fromBytes(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return key;
}

} // namespace IdentityVault
