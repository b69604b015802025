#include "topicview/jsontext.h"

namespace cs::topicview {

namespace {

// Deeper documents are treated as invalid rather than risking the stack.
constexpr int maxDepth = 512;

struct Cursor
{
    const char *p;
    const char *end;

    bool atEnd() const { return p >= end; }
    char peek() const { return p < end ? *p : '\0'; }
    void skipWs()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool scanString(Cursor &c)
{
    if (c.peek() != '"')
        return false;
    ++c.p;
    while (c.p < c.end) {
        const char ch = *c.p;
        if (ch == '"') {
            ++c.p;
            return true;
        }
        if (static_cast<unsigned char>(ch) < 0x20)
            return false;
        if (ch == '\\') {
            ++c.p;
            if (c.atEnd())
                return false;
            const char e = *c.p;
            if (e == 'u') {
                if (c.end - c.p < 5)
                    return false;
                for (int i = 1; i <= 4; ++i) {
                    if (!isHex(c.p[i]))
                        return false;
                }
                c.p += 5;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return false;
        }
        ++c.p;
    }
    return false;
}

bool scanNumber(Cursor &c)
{
    if (c.peek() == '-')
        ++c.p;
    if (c.peek() == '0') {
        ++c.p;
    } else if (isDigit(c.peek())) {
        while (isDigit(c.peek()))
            ++c.p;
    } else {
        return false;
    }
    if (c.peek() == '.') {
        ++c.p;
        if (!isDigit(c.peek()))
            return false;
        while (isDigit(c.peek()))
            ++c.p;
    }
    if (c.peek() == 'e' || c.peek() == 'E') {
        ++c.p;
        if (c.peek() == '+' || c.peek() == '-')
            ++c.p;
        if (!isDigit(c.peek()))
            return false;
        while (isDigit(c.peek()))
            ++c.p;
    }
    return true;
}

bool scanLiteral(Cursor &c, QByteArrayView word)
{
    if (c.end - c.p < word.size() || QByteArrayView(c.p, word.size()) != word)
        return false;
    c.p += word.size();
    return true;
}

// Visits the document. `onMember(key, valueBegin, valueEnd, depth)` is called for every object member
// after its value was scanned (key is the raw text between the quotes; depth 1 = top-level object).
template<typename OnMember> bool scanValue(Cursor &c, int depth, OnMember &onMember)
{
    if (depth > maxDepth)
        return false;
    c.skipWs();
    switch (c.peek()) {
    case '{': {
        ++c.p;
        c.skipWs();
        if (c.peek() == '}') {
            ++c.p;
            return true;
        }
        for (;;) {
            c.skipWs();
            const char *keyBegin = c.p;
            if (!scanString(c))
                return false;
            const QByteArrayView key(keyBegin + 1, c.p - keyBegin - 2);
            c.skipWs();
            if (c.peek() != ':')
                return false;
            ++c.p;
            c.skipWs();
            const char *valueBegin = c.p;
            if (!scanValue(c, depth + 1, onMember))
                return false;
            onMember(key, valueBegin, c.p, depth + 1);
            c.skipWs();
            if (c.peek() == ',') {
                ++c.p;
                continue;
            }
            if (c.peek() == '}') {
                ++c.p;
                return true;
            }
            return false;
        }
    }
    case '[': {
        ++c.p;
        c.skipWs();
        if (c.peek() == ']') {
            ++c.p;
            return true;
        }
        for (;;) {
            if (!scanValue(c, depth + 1, onMember))
                return false;
            c.skipWs();
            if (c.peek() == ',') {
                ++c.p;
                continue;
            }
            if (c.peek() == ']') {
                ++c.p;
                return true;
            }
            return false;
        }
    }
    case '"':
        return scanString(c);
    case 't':
        return scanLiteral(c, "true");
    case 'f':
        return scanLiteral(c, "false");
    case 'n':
        return scanLiteral(c, "null");
    default:
        return scanNumber(c);
    }
}

bool scanDocument(QByteArrayView json, auto &onMember)
{
    Cursor c { json.data(), json.data() + json.size() };
    if (!scanValue(c, 1, onMember))
        return false;
    c.skipWs();
    return c.atEnd();
}

void newline(QByteArray &out, int level, int indent)
{
    out.append('\n');
    out.append(qsizetype(level) * indent, ' ');
}

// Writes an already validated value indented.
void prettyValue(Cursor &c, QByteArray &out, int level, int indent)
{
    c.skipWs();
    const char open = c.peek();
    if (open == '{' || open == '[') {
        const char close = open == '{' ? '}' : ']';
        ++c.p;
        c.skipWs();
        if (c.peek() == close) {
            ++c.p;
            out.append(open).append(close);
            return;
        }
        out.append(open);
        for (;;) {
            newline(out, level + 1, indent);
            c.skipWs();
            if (open == '{') {
                const char *keyBegin = c.p;
                scanString(c);
                out.append(keyBegin, c.p - keyBegin);
                c.skipWs();
                ++c.p; // ':'
                out.append(": ");
            }
            prettyValue(c, out, level + 1, indent);
            c.skipWs();
            if (c.peek() == ',') {
                ++c.p;
                out.append(',');
                continue;
            }
            ++c.p; // close
            newline(out, level, indent);
            out.append(close);
            return;
        }
    }
    const char *begin = c.p;
    auto ignore = [](QByteArrayView, const char *, const char *, int) {};
    scanValue(c, 1, ignore);
    out.append(begin, c.p - begin);
}

} // namespace

bool isJson(QByteArrayView json)
{
    auto ignore = [](QByteArrayView, const char *, const char *, int) {};
    return scanDocument(json, ignore);
}

std::optional<QByteArray> prettyJson(QByteArrayView json, int indent)
{
    if (!isJson(json))
        return std::nullopt;
    QByteArray out;
    out.reserve(json.size() * 2);
    Cursor c { json.data(), json.data() + json.size() };
    prettyValue(c, out, 0, indent);
    return out;
}

std::optional<QList<QPair<QByteArrayView, QByteArrayView>>> objectMembers(QByteArrayView json)
{
    QList<QPair<QByteArrayView, QByteArrayView>> members;
    auto collect = [&](QByteArrayView key, const char *begin, const char *end, int depth) {
        if (depth == 2)
            members.append({ key, QByteArrayView(begin, end - begin) });
    };
    QByteArrayView trimmed = json.trimmed();
    if (!trimmed.startsWith('{') || !scanDocument(json, collect))
        return std::nullopt;
    return members;
}

QByteArray maskJsonSecrets(QByteArrayView json, const std::function<bool(QByteArrayView key)> &isSecret)
{
    QList<QPair<const char *, const char *>> hidden;
    auto collect = [&](QByteArrayView key, const char *begin, const char *end, int) {
        if (*begin == '"' && isSecret(key))
            hidden.append(qMakePair(begin, end));
    };
    if (!scanDocument(json, collect) || hidden.isEmpty())
        return json.toByteArray();
    // Members are reported after their values, so inner ones come first; string values have no inner
    // members, so the ranges never overlap. Sort by position and splice.
    std::sort(hidden.begin(), hidden.end());
    QByteArray out;
    out.reserve(json.size());
    const char *copied = json.data();
    for (const auto &[begin, end] : std::as_const(hidden)) {
        out.append(copied, begin - copied);
        out.append("\"[hidden]\"");
        copied = end;
    }
    out.append(copied, json.data() + json.size() - copied);
    return out;
}

} // namespace cs::topicview
