#include "config/properties.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

namespace cs::config {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::config::Properties", text);
}

bool isBlank(QChar c)
{
    // Java's LineReader treats exactly these as whitespace; other Unicode spaces are data.
    return c == u' ' || c == u'\t' || c == u'\f';
}

bool isTerminator(QChar c)
{
    return c == u'\n' || c == u'\r';
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// One logical line, joined from its natural lines, with where each piece came from so that an
// error inside the joined text can name the natural line it was typed on.
struct LogicalLine
{
    QString text;
    QList<std::pair<qsizetype, int>> pieces; // (offset in text, natural line number)

    int lineAt(qsizetype offset) const
    {
        int line = pieces.isEmpty() ? 0 : pieces.first().second;
        for (const auto &[start, number] : pieces) {
            if (start > offset)
                break;
            line = number;
        }
        return line;
    }
};

// Properties.loadConvert: resolves escapes in text[from, to). Returns the offset of a malformed
// \uXXXX escape through `badEscapeAt` (and stops) when there is one.
QString unescape(QStringView text, qsizetype from, qsizetype to, qsizetype *badEscapeAt)
{
    QString out;
    out.reserve(to - from);
    qsizetype i = from;
    while (i < to) {
        const QChar c = text[i++];
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (i >= to)
            break; // a lone trailing backslash cannot survive LineReader; drop it as Java would
        const QChar e = text[i++];
        switch (e.unicode()) {
        case u'u': {
            if (to - i < 4) {
                *badEscapeAt = i - 2;
                return out;
            }
            char16_t value = 0;
            for (int k = 0; k < 4; ++k) {
                const int d = hexDigit(text[i + k]);
                if (d < 0) {
                    *badEscapeAt = i - 2;
                    return out;
                }
                value = static_cast<char16_t>((value << 4) | d);
            }
            i += 4;
            out.append(QChar(value));
            break;
        }
        case u't':
            out.append(u'\t');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'f':
            out.append(u'\f');
            break;
        default:
            out.append(e); // `\=`, `\:`, `\ `, `\\`, `\#` and any other char stand for themselves
        }
    }
    return out;
}

void appendUnicodeEscape(QString &out, char16_t c)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    out.append(u"\\u");
    out.append(QLatin1Char(hex[(c >> 12) & 0xF]));
    out.append(QLatin1Char(hex[(c >> 8) & 0xF]));
    out.append(QLatin1Char(hex[(c >> 4) & 0xF]));
    out.append(QLatin1Char(hex[c & 0xF]));
}

// Properties.saveConvert with escUnicode = true.
QString escape(QStringView text, bool escapeEverySpace)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype x = 0; x < text.size(); ++x) {
        const char16_t c = text[x].unicode();
        if (c > 61 && c < 127) {
            if (c == u'\\')
                out.append(u"\\\\");
            else
                out.append(QChar(c));
            continue;
        }
        switch (c) {
        case u' ':
            if (x == 0 || escapeEverySpace)
                out.append(u"\\ ");
            else
                out.append(u' ');
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        case u'=':
        case u':':
        case u'#':
        case u'!':
            out.append(u'\\');
            out.append(QChar(c));
            break;
        default:
            if (c < 0x20 || c > 0x7e) {
                appendUnicodeEscape(out, c);
            } else {
                out.append(QChar(c));
            }
        }
    }
    return out;
}

} // namespace

QString PropertiesError::toString() const
{
    if (file.isEmpty() && line > 0)
        return tr("line %1: %2").arg(line).arg(message);
    if (file.isEmpty())
        return message;
    if (line > 0)
        return file + u':' + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}

Properties::Properties(std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        set(e.first, e.second);
}

QString decodePropertiesBytes(QByteArrayView bytes, PropertiesEncoding encoding)
{
    if (encoding == PropertiesEncoding::Latin1)
        return QString::fromLatin1(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (encoding == PropertiesEncoding::Utf8)
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

PropertiesResult Properties::parse(QByteArrayView bytes, PropertiesEncoding encoding, const QString &fileName)
{
    return parse(decodePropertiesBytes(bytes, encoding), fileName);
}

PropertiesResult Properties::parse(QStringView text, const QString &fileName)
{
    PropertiesResult result;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;

    // Consumes one line terminator at `pos` (\n, \r or \r\n) and counts the line.
    auto consumeTerminator = [&] {
        if (pos < n && text[pos] == u'\r') {
            ++pos;
            if (pos < n && text[pos] == u'\n')
                ++pos;
            ++line;
        } else if (pos < n && text[pos] == u'\n') {
            ++pos;
            ++line;
        }
    };

    while (pos < n) {
        // Start of a natural line: leading whitespace, blank lines and comments go.
        while (pos < n && isBlank(text[pos]))
            ++pos;
        if (pos >= n)
            break;
        if (isTerminator(text[pos])) {
            consumeTerminator();
            continue;
        }
        if (text[pos] == u'#' || text[pos] == u'!') {
            // A comment never continues, whatever it ends with.
            while (pos < n && !isTerminator(text[pos]))
                ++pos;
            consumeTerminator();
            continue;
        }

        LogicalLine logical;
        for (;;) {
            logical.pieces.append({ logical.text.size(), line });
            const qsizetype start = pos;
            while (pos < n && !isTerminator(text[pos]))
                ++pos;
            logical.text.append(text.sliced(start, pos - start));
            qsizetype backslashes = 0;
            for (qsizetype k = pos - 1; k >= start && text[k] == u'\\'; --k)
                ++backslashes;
            const bool continues = backslashes % 2 == 1;
            if (continues)
                logical.text.chop(1);
            if (pos >= n || !continues) {
                consumeTerminator();
                break;
            }
            consumeTerminator();
            // The continued line's leading whitespace goes, but a blank continued line ends the
            // logical line instead of being skipped (Java's appendedLineBegin).
            while (pos < n && isBlank(text[pos]))
                ++pos;
            if (pos >= n)
                break;
        }
        if (logical.text.isEmpty())
            continue;

        // Split key and value: the first unescaped `=`, `:` or whitespace ends the key; whitespace
        // and at most one `=`/`:` after it are skipped; the value keeps trailing whitespace.
        const QString &t = logical.text;
        const qsizetype limit = t.size();
        qsizetype keyLen = 0;
        qsizetype valueStart = limit;
        bool hasSeparator = false;
        bool precedingBackslash = false;
        while (keyLen < limit) {
            const QChar c = t[keyLen];
            if ((c == u'=' || c == u':') && !precedingBackslash) {
                valueStart = keyLen + 1;
                hasSeparator = true;
                break;
            }
            if (isBlank(c) && !precedingBackslash) {
                valueStart = keyLen + 1;
                break;
            }
            precedingBackslash = c == u'\\' ? !precedingBackslash : false;
            ++keyLen;
        }
        while (valueStart < limit) {
            const QChar c = t[valueStart];
            if (!isBlank(c)) {
                if (!hasSeparator && (c == u'=' || c == u':'))
                    hasSeparator = true;
                else
                    break;
            }
            ++valueStart;
        }

        qsizetype bad = -1;
        const QString key = unescape(t, 0, keyLen, &bad);
        QString value;
        if (bad < 0)
            value = unescape(t, valueStart, limit, &bad);
        if (bad >= 0) {
            result.error = PropertiesError { fileName, logical.lineAt(bad), tr("malformed \\uXXXX escape") };
            return result;
        }
        result.properties.set(key, value);
    }
    return result;
}

PropertiesResult Properties::load(const QString &path, PropertiesEncoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PropertiesResult result;
        result.error = PropertiesError { path, 0, tr("cannot read the file: %1").arg(file.errorString()) };
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        PropertiesResult result;
        result.error = PropertiesError { path, 0, tr("cannot read the file: %1").arg(file.errorString()) };
        return result;
    }
    return parse(QByteArrayView(bytes), encoding, path);
}

QString Properties::escapeKey(QStringView key)
{
    return escape(key, true);
}

QString Properties::escapeValue(QStringView value)
{
    return escape(value, false);
}

QByteArray Properties::toBytes(const QString &comment) const
{
    QString text;
    if (!comment.isEmpty()) {
        // Comment lines: escape non-ASCII the way Java's writeComments does, and start every
        // physical line with '#' so no part of the comment can turn into a key.
        const QStringList lines = comment.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
        for (const QString &l : lines) {
            text.append(u"#");
            if (!l.isEmpty())
                text.append(u' ');
            for (const QChar c : l) {
                if (c.unicode() > 0x7e || c.unicode() < 0x20)
                    appendUnicodeEscape(text, c.unicode());
                else
                    text.append(c);
            }
            text.append(u'\n');
        }
    }
    for (const Entry &e : m_entries) {
        text.append(escapeKey(e.first));
        text.append(u'=');
        text.append(escapeValue(e.second));
        text.append(u'\n');
    }
    return text.toLatin1(); // pure ASCII by construction
}

bool Properties::save(const QString &path, QString *error, const QString &comment) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toBytes(comment));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString Properties::value(const QString &key, const QString &defaultValue) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? defaultValue : m_entries.at(*it).second;
}

std::optional<QString> Properties::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return std::nullopt;
    return m_entries.at(*it).second;
}

void Properties::set(const QString &key, const QString &value)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        m_entries[*it].second = value;
        return;
    }
    m_index.insert(key, m_entries.size());
    m_entries.append({ key, value });
}

bool Properties::remove(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return false;
    m_entries.removeAt(*it);
    reindex();
    return true;
}

void Properties::clear()
{
    m_entries.clear();
    m_index.clear();
}

QStringList Properties::keys() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.first);
    return out;
}

QMap<QString, QString> Properties::toMap() const
{
    QMap<QString, QString> out;
    for (const Entry &e : m_entries)
        out.insert(e.first, e.second);
    return out;
}

QHash<QString, QString> Properties::toHash() const
{
    QHash<QString, QString> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.insert(e.first, e.second);
    return out;
}

Properties Properties::fromMap(const QMap<QString, QString> &map)
{
    Properties out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.set(it.key(), it.value());
    return out;
}

Properties Properties::withPrefix(QStringView prefix, bool strip) const
{
    Properties out;
    for (const Entry &e : m_entries) {
        if (e.first.startsWith(prefix))
            out.set(strip ? e.first.mid(prefix.size()) : e.first, e.second);
    }
    return out;
}

void Properties::reindex()
{
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).first, i);
}

} // namespace cs::config
