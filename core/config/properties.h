#pragma once

#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cs::config {

// Where and why reading a .properties file failed. `message` is translated; the "file:line: "
// prefix is not, so that editors and terminals can jump to the place.
struct PropertiesError
{
    QString file; // as the caller named it; empty when parsing text that has no file
    int line = 0; // 1-based natural line, 0 when the error is not tied to a line
    QString message;

    // "connect-distributed.properties:12: malformed \uXXXX escape", "<file>: <message>" without a
    // line, "line 12: <message>" without a file.
    QString toString() const;
};

// How the bytes of a file become characters before the properties syntax is applied.
enum class PropertiesEncoding
{
    // java.util.Properties.load(InputStream): every byte is one ISO-8859-1 character. This is what
    // Apache Kafka's Utils.loadProps (and so connect-distributed.sh) does on every Java version.
    Latin1,
    // Properties.load(Reader) with a UTF-8 reader. Invalid sequences become U+FFFD.
    Utf8,
    // UTF-8 when the bytes are valid UTF-8, ISO-8859-1 otherwise. ASCII files (and so every file
    // Kafka writes or ships, which escape non-ASCII as \uXXXX) read exactly as Kafka reads them; a
    // file saved as UTF-8 by an editor keeps its accented or Korean text instead of Kafka's mojibake.
    Utf8OrLatin1,
};

struct PropertiesResult;

// An ordered string-to-string map with java.util.Properties file semantics. Keys keep the
// position of their first occurrence; setting an existing key replaces its value in place (so the
// last duplicate in a file wins). A plain value type: not thread-safe for concurrent writes, cheap
// to copy (implicitly shared Qt containers).
class Properties
{
public:
    using Entry = std::pair<QString, QString>;

    Properties() = default;
    Properties(std::initializer_list<Entry> entries);

    // Parsing. `fileName` only labels errors. Java's load() semantics: `#`/`!` comment lines,
    // `=`, `:` or whitespace separators with whitespace around them, continuation lines ending in an
    // odd number of backslashes, \t \n \r \f \uXXXX and `\<any>` escapes, keys without values.
    static PropertiesResult parse(QStringView text, const QString &fileName = {});
    static PropertiesResult parse(QByteArrayView bytes,
        PropertiesEncoding encoding = PropertiesEncoding::Utf8OrLatin1, const QString &fileName = {});
    // Reads a file. An unreadable file is an error value naming the file and the reason.
    static PropertiesResult load(
        const QString &path, PropertiesEncoding encoding = PropertiesEncoding::Utf8OrLatin1);

    // Writing, as java.util.Properties.store(OutputStream) writes: pure ASCII, `key=value` per line,
    // every character that would not survive a read escaped (non-ASCII as \uXXXX). Each line of
    // `comment` becomes a `#` line at the top. Guarantee: parse(toBytes(p)) == p for every p, with
    // every encoding, and Kafka reads the same keys and values from the bytes.
    QByteArray toBytes(const QString &comment = {}) const;
    // Writes toBytes() atomically (temporary file + rename). Returns false and fills `error`.
    bool save(const QString &path, QString *error = nullptr, const QString &comment = {}) const;

    static QString escapeKey(QStringView key);
    static QString escapeValue(QStringView value);

    // Map access.
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    QString value(const QString &key, const QString &defaultValue = {}) const;
    std::optional<QString> find(const QString &key) const;
    void set(const QString &key, const QString &value);
    bool remove(const QString &key);
    void clear();

    const QList<Entry> &entries() const { return m_entries; }
    QStringList keys() const;
    QMap<QString, QString> toMap() const;
    QHash<QString, QString> toHash() const;
    static Properties fromMap(const QMap<QString, QString> &map);

    // Entries whose key starts with `prefix`, with the prefix removed (AbstractConfig's
    // originalsWithPrefix(prefix, true)), e.g. "value.converter." → {"schemas.enable": "false"}.
    Properties withPrefix(QStringView prefix, bool strip = true) const;

    friend bool operator==(const Properties &a, const Properties &b) { return a.m_entries == b.m_entries; }
    friend bool operator!=(const Properties &a, const Properties &b) { return !(a == b); }

private:
    void reindex();

    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // key → position in m_entries
};

struct PropertiesResult
{
    Properties properties; // what was read before the error, everything when ok
    std::optional<PropertiesError> error;

    bool ok() const { return !error.has_value(); }
    explicit operator bool() const { return ok(); }
};

// Decodes file bytes as `encoding` says (a leading UTF-8 byte-order mark is dropped for the UTF-8
// encodings). Exposed for callers that show a file's text.
QString decodePropertiesBytes(QByteArrayView bytes, PropertiesEncoding encoding);

} // namespace cs::config
