#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The primitives that keep confidential identities encrypted at rest (libsodium), in one place
// and without SQL; core/store/KeyStore keeps the keys in the data file.
//
// - A stored secret is text: "enc1:" followed by the base64 of a sealed box (crypto_box_seal,
//   X25519 and XSalsa20-Poly1305) to a public key, so that anyone who has the public key can
//   seal a value and only the holder of the secret key can open it. Readers tell a sealed value
//   from clear text by the prefix.
// - Secret keys live in memory locked and wiped on release (SecretBytes, sodium_malloc).
// - A secret key is wrapped by a password (Argon2id, crypto_pwhash with its own salt and the
//   interactive limits, then crypto_secretbox) or by a 32-byte key (the recovery key).
namespace IdentityVault {

bool ready();

// 32 secret bytes in memory of their own (sodium_malloc: guarded, locked, wiped when freed).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(int size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isEmpty() const { return m_data == nullptr; }
    int size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    SecretBytes copy() const;
    static SecretBytes random(int size);
    static SecretBytes fromBytes(const QByteArray &bytes); // the caller wipes its copy

private:
    void release();
    unsigned char *m_data = nullptr;
    int m_size = 0;
};

struct KeyPair
{
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 32 bytes
};

KeyPair newKeyPair();
// The public key that belongs to a secret key.
QByteArray publicKeyOf(const SecretBytes &secretKey);

// Text values.
QString prefix(); // "enc1:"
bool isSealed(const QString &stored);
QString seal(const QString &plain, const QByteArray &publicKey);
// nullopt when the value is not sealed to this key pair or was altered.
std::optional<QString> open(const QString &stored, const QByteArray &publicKey,
                            const SecretBytes &secretKey);

// A secret key sealed to someone's public key (a grant), and opened again.
QByteArray sealKey(const SecretBytes &key, const QByteArray &publicKey);
std::optional<SecretBytes> openKey(const QByteArray &sealed, const QByteArray &publicKey,
                                   const SecretBytes &secretKey);

// A secret key wrapped by a password: salt, limits, nonce and box in one blob.
QByteArray wrapWithPassword(const SecretBytes &key, const QString &password);
std::optional<SecretBytes> unwrapWithPassword(const QByteArray &wrapped, const QString &password);

// A secret key wrapped by another 32-byte key (the recovery key): nonce and box.
QByteArray wrapWithKey(const SecretBytes &key, const SecretBytes &wrappingKey);
std::optional<SecretBytes> unwrapWithKey(const QByteArray &wrapped, const SecretBytes &wrappingKey);

// The recovery key as a person copies it: base32 (A-Z, 2-7) in groups of four, e.g.
// "K7QD-3XUA-...". Reading ignores case, spaces and hyphens.
QString formatRecoveryKey(const SecretBytes &key);
std::optional<SecretBytes> parseRecoveryKey(const QString &text);

} // namespace IdentityVault
