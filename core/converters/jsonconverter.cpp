#include "converters/jsonconverter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/javanumber.h"
#include "data/logicaltypes.h"

namespace cs::converters {

using data::DataError;
using data::Decimal;
using data::Field;
using data::LogicalType;
using data::Result;
using data::Schema;
using data::SchemaAndValue;
using data::SchemaBuilder;
using data::Status;
using data::Struct;
using data::Type;
using data::Value;
using data::ValueList;
using data::ValueMap;

namespace {

// ------------------------------------------------------------------------------------------------
// Output: Jackson's compact generator, byte for byte.

// 0: copy; 'u': \u00XX; otherwise the short escape letter. Jackson escapes only control characters,
// '"' and '\\'; non-ASCII goes out as raw UTF-8 and '/' is not escaped.
constexpr std::array<char, 128> makeEscapes()
{
    std::array<char, 128> t {};
    for (int i = 0; i < 0x20; ++i)
        t[static_cast<size_t>(i)] = 'u';
    t['\b'] = 'b';
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\f'] = 'f';
    t['\r'] = 'r';
    t['"'] = '"';
    t['\\'] = '\\';
    return t;
}
constexpr std::array<char, 128> kEscapes = makeEscapes();
constexpr char kHex[] = "0123456789ABCDEF";
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

class Out
{
public:
    explicit Out(std::string &s)
        : m_s(s)
    { }
    void raw(char c) { m_s.push_back(c); }
    void raw(std::string_view v) { m_s.append(v.data(), v.size()); }
    void rawBytes(const QByteArray &v) { m_s.append(v.constData(), static_cast<size_t>(v.size())); }
    void string(const char *p, size_t n)
    {
        m_s.push_back('"');
        size_t start = 0;
        for (size_t i = 0; i < n; ++i) {
            const auto c = static_cast<unsigned char>(p[i]);
            if (c >= 128 || kEscapes[c] == 0)
                continue;
            m_s.append(p + start, i - start);
            const char e = kEscapes[c];
            if (e == 'u') {
                const char esc[6] = { '\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15] };
                m_s.append(esc, 6);
            } else {
                const char esc[2] = { '\\', e };
                m_s.append(esc, 2);
            }
            start = i + 1;
        }
        m_s.append(p + start, n - start);
        m_s.push_back('"');
    }
    void string(const QByteArray &utf8) { string(utf8.constData(), static_cast<size_t>(utf8.size())); }
    void string(const QString &text) { string(text.toUtf8()); }
    void integer(qint64 v)
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        m_s.append(buf, static_cast<size_t>(r.ptr - buf));
    }
    void boolean(bool v) { raw(v ? std::string_view("true") : std::string_view("false")); }
    void float64(double v)
    {
        char buf[data::kJavaNumberBufferSize];
        const int n = data::formatJavaDouble(v, buf);
        if (std::isfinite(v)) {
            m_s.append(buf, static_cast<size_t>(n));
        } else { // Jackson's QUOTE_NON_NUMERIC_NUMBERS (on by default): "NaN", "Infinity"
            m_s.push_back('"');
            m_s.append(buf, static_cast<size_t>(n));
            m_s.push_back('"');
        }
    }
    void float32(float v)
    {
        char buf[data::kJavaNumberBufferSize];
        const int n = data::formatJavaFloat(v, buf);
        if (std::isfinite(v)) {
            m_s.append(buf, static_cast<size_t>(n));
        } else {
            m_s.push_back('"');
            m_s.append(buf, static_cast<size_t>(n));
            m_s.push_back('"');
        }
    }
    // Standard alphabet with padding, no line breaks (Jackson's MIME-NO-LINEFEEDS variant).
    void base64(const QByteArray &bytes)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        const size_t n = static_cast<size_t>(bytes.size());
        m_s.push_back('"');
        size_t i = 0;
        for (; i + 3 <= n; i += 3) {
            const unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8) | p[i + 2];
            const char q[4]
                = { kBase64[v >> 18], kBase64[(v >> 12) & 63], kBase64[(v >> 6) & 63], kBase64[v & 63] };
            m_s.append(q, 4);
        }
        if (n - i == 1) {
            const unsigned v = unsigned(p[i]) << 16;
            const char q[4] = { kBase64[v >> 18], kBase64[(v >> 12) & 63], '=', '=' };
            m_s.append(q, 4);
        } else if (n - i == 2) {
            const unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8);
            const char q[4] = { kBase64[v >> 18], kBase64[(v >> 12) & 63], kBase64[(v >> 6) & 63], '=' };
            m_s.append(q, 4);
        }
        m_s.push_back('"');
    }
    std::string &buffer() { return m_s; }

private:
    std::string &m_s;
};

std::string_view jsonTypeName(Type t)
{
    switch (t) {
    case Type::Int8:
        return "int8";
    case Type::Int16:
        return "int16";
    case Type::Int32:
        return "int32";
    case Type::Int64:
        return "int64";
    case Type::Float32:
        return "float";
    case Type::Float64:
        return "double";
    case Type::Boolean:
        return "boolean";
    case Type::String:
        return "string";
    case Type::Bytes:
        return "bytes";
    case Type::Array:
        return "array";
    case Type::Map:
        return "map";
    case Type::Struct:
        return "struct";
    }
    return "";
}

// Connect type of a schemaless value (ConnectSchema.schemaType(Class)); false for Decimal and null.
bool inferredType(const Value &v, Type *type)
{
    switch (v.kind()) {
    case Value::Kind::Boolean:
        *type = Type::Boolean;
        return true;
    case Value::Kind::Int8:
        *type = Type::Int8;
        return true;
    case Value::Kind::Int16:
        *type = Type::Int16;
        return true;
    case Value::Kind::Int32:
        *type = Type::Int32;
        return true;
    case Value::Kind::Int64:
        *type = Type::Int64;
        return true;
    case Value::Kind::Float32:
        *type = Type::Float32;
        return true;
    case Value::Kind::Float64:
        *type = Type::Float64;
        return true;
    case Value::Kind::String:
        *type = Type::String;
        return true;
    case Value::Kind::Bytes:
        *type = Type::Bytes;
        return true;
    case Value::Kind::Array:
        *type = Type::Array;
        return true;
    case Value::Kind::Map:
        *type = Type::Map;
        return true;
    case Value::Kind::Struct:
        *type = Type::Struct;
        return true;
    case Value::Kind::Null:
    case Value::Kind::Decimal:
        break;
    }
    return false;
}

// ------------------------------------------------------------------------------------------------
// Input: a flat pre-order node arena filled by RapidJSON's SAX reader.

struct JNode
{
    enum Kind : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
        Key
    };
    Kind kind = Null;
    quint32 end = 0; // index after the last descendant
    quint32 count = 0; // members (object) or elements (array)
    const char *str = nullptr; // String, Number (raw text), Key
    quint32 len = 0;
    quint32 rawBegin = 0; // object/array: byte span in the parsed text
    quint32 rawEnd = 0;

    std::string_view text() const { return { str, len }; }
};

QString nodeTypeName(const JNode *n)
{
    if (!n)
        return QStringLiteral("MISSING");
    switch (n->kind) {
    case JNode::Null:
        return QStringLiteral("NULL");
    case JNode::False:
    case JNode::True:
        return QStringLiteral("BOOLEAN");
    case JNode::Number:
        return QStringLiteral("NUMBER");
    case JNode::String:
    case JNode::Key:
        return QStringLiteral("STRING");
    case JNode::Array:
        return QStringLiteral("ARRAY");
    case JNode::Object:
        return QStringLiteral("OBJECT");
    }
    return {};
}

class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder>
{
public:
    TreeBuilder(std::vector<JNode> &nodes, std::vector<quint32> &stack, std::string &arena,
        const rapidjson::MemoryStream &stream)
        : m_nodes(nodes)
        , m_stack(stack)
        , m_arena(arena)
        , m_stream(stream)
    { }

    bool Null() { return leaf(JNode::Null, nullptr, 0); }
    bool Bool(bool b) { return leaf(b ? JNode::True : JNode::False, nullptr, 0); }
    bool RawNumber(const char *s, rapidjson::SizeType n, bool copy)
    {
        return leaf(JNode::Number, s, n, copy);
    }
    bool String(const char *s, rapidjson::SizeType n, bool copy) { return leaf(JNode::String, s, n, copy); }
    bool Key(const char *s, rapidjson::SizeType n, bool copy) { return leaf(JNode::Key, s, n, copy); }
    bool StartObject() { return open(JNode::Object); }
    bool EndObject(rapidjson::SizeType count) { return close(count); }
    bool StartArray() { return open(JNode::Array); }
    bool EndArray(rapidjson::SizeType count) { return close(count); }

private:
    bool leaf(JNode::Kind kind, const char *s, rapidjson::SizeType n, bool copy = false)
    {
        JNode node;
        node.kind = kind;
        node.end = static_cast<quint32>(m_nodes.size() + 1);
        if (s) {
            if (copy) {
                // The arena was reserved for the whole input, so earlier pointers stay valid.
                Q_ASSERT(m_arena.size() + n <= m_arena.capacity());
                const size_t at = m_arena.size();
                m_arena.append(s, n);
                node.str = m_arena.data() + at;
            } else {
                node.str = s;
            }
            node.len = n;
        }
        m_nodes.push_back(node);
        return true;
    }
    bool open(JNode::Kind kind)
    {
        JNode node;
        node.kind = kind;
        node.rawBegin = static_cast<quint32>(m_stream.Tell() - 1);
        m_stack.push_back(static_cast<quint32>(m_nodes.size()));
        m_nodes.push_back(node);
        return true;
    }
    bool close(rapidjson::SizeType count)
    {
        JNode &node = m_nodes[m_stack.back()];
        m_stack.pop_back();
        node.count = count;
        node.end = static_cast<quint32>(m_nodes.size());
        node.rawEnd = static_cast<quint32>(m_stream.Tell());
        return true;
    }

    std::vector<JNode> &m_nodes;
    std::vector<quint32> &m_stack;
    std::string &m_arena;
    const rapidjson::MemoryStream &m_stream;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Jackson (as Connect configures it) accepts numbers with leading zeros ("0012" is 12); RapidJSON does
// not, so such numbers are rewritten first. The quick test only looks at '0' bytes; the exact pass
// tracks strings.
bool mayHaveLeadingZeros(QByteArrayView in)
{
    const char *p = in.data();
    const char *end = p + in.size();
    while (p < end) {
        const void *hit = std::memchr(p, '0', static_cast<size_t>(end - p));
        if (!hit)
            return false;
        const char *z = static_cast<const char *>(hit);
        if (z + 1 < end && isDigit(z[1])) {
            const char prev = z > in.data() ? z[-1] : ' ';
            if (!isDigit(prev) && prev != '.' && prev != 'e' && prev != 'E' && prev != '+')
                return true;
        }
        p = z + 1;
    }
    return false;
}

bool stripLeadingZeros(QByteArrayView in, std::string &out)
{
    out.clear();
    out.reserve(static_cast<size_t>(in.size()));
    bool inString = false;
    bool escaped = false;
    bool inNumber = false;
    bool changed = false;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            out.push_back(c);
            continue;
        }
        if (c == '"') {
            inString = true;
            inNumber = false;
            out.push_back(c);
            continue;
        }
        const bool numberChar = isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
        if (!inNumber && (isDigit(c) || c == '-')) {
            inNumber = true;
            qsizetype j = i;
            if (c == '-') {
                out.push_back(c);
                ++j;
            }
            while (j + 1 < n && in[j] == '0' && isDigit(in[j + 1])) {
                ++j;
                changed = true;
            }
            i = j - 1;
            if (c == '-')
                continue;
            continue;
        }
        if (!numberChar)
            inNumber = false;
        out.push_back(c);
    }
    return changed;
}

bool strictBase64Decode(std::string_view text, QByteArray &out)
{
    static const auto table = [] {
        std::array<int, 256> t {};
        t.fill(-1);
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(kBase64[i])] = i;
        return t;
    }();
    out.clear();
    out.reserve(static_cast<qsizetype>(text.size() / 4 * 3));
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        // Jackson skips white space between 4-character groups.
        if (static_cast<unsigned char>(text[i]) <= ' ') {
            ++i;
            continue;
        }
        if (i + 4 > n)
            return false;
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<size_t>(k)];
            if (c == '=' && k >= 2) {
                v[k] = 0;
                ++pad;
            } else {
                if (pad)
                    return false;
                v[k] = table[static_cast<unsigned char>(c)];
                if (v[k] < 0)
                    return false;
            }
        }
        const unsigned bits
            = (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12) | (unsigned(v[2]) << 6) | unsigned(v[3]);
        out.append(static_cast<char>(bits >> 16));
        if (pad < 2)
            out.append(static_cast<char>((bits >> 8) & 0xFF));
        if (pad < 1)
            out.append(static_cast<char>(bits & 0xFF));
        i += 4;
        if (pad)
            break;
    }
    for (; i < n; ++i) {
        if (static_cast<unsigned char>(text[i]) > ' ')
            return false;
    }
    return true;
}

bool isIntegralText(std::string_view t)
{
    for (char c : t) {
        if (c == '.' || c == 'e' || c == 'E')
            return false;
    }
    return true;
}

// JsonNode.longValue(): low 64 bits of the (truncated) number, 0 for non-numbers.
qint64 longValueOf(const JNode *n)
{
    if (!n || n->kind != JNode::Number)
        return 0;
    const std::string_view t = n->text();
    if (isIntegralText(t)) {
        qint64 v = 0;
        auto r = std::from_chars(t.data(), t.data() + t.size(), v);
        if (r.ec == std::errc() && r.ptr == t.data() + t.size())
            return v;
        quint64 u = 0; // BigInteger: keep the low 64 bits
        bool negative = false;
        for (char c : t) {
            if (c == '-')
                negative = true;
            else if (isDigit(c))
                u = u * 10 + static_cast<quint64>(c - '0');
        }
        return static_cast<qint64>(negative ? ~u + 1 : u);
    }
    const auto d = Decimal::fromString(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())));
    return d ? d->truncatedInt64() : 0;
}

template<typename F> F floatingValueOf(const JNode *n)
{
    if (!n || n->kind != JNode::Number)
        return 0;
    const std::string_view t = n->text();
    F v = 0;
    auto r = std::from_chars(t.data(), t.data() + t.size(), v);
    if (r.ec == std::errc::result_out_of_range) {
        // Overflow gives infinity, underflow zero (BigDecimal.doubleValue()).
        const auto d = Decimal::fromString(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())));
        const bool negative = !t.empty() && t[0] == '-';
        const bool big = d && (static_cast<qint64>(d->precision()) - d->scale() - 1) > 0;
        v = big ? std::numeric_limits<F>::infinity() : F(0);
        if (negative)
            v = -v;
    }
    return v;
}

bool fitsInt(const JNode *n)
{
    if (!n || n->kind != JNode::Number || !isIntegralText(n->text()))
        return false;
    qint64 v = 0;
    const std::string_view t = n->text();
    auto r = std::from_chars(t.data(), t.data() + t.size(), v);
    return r.ec == std::errc() && v >= INT32_MIN && v <= INT32_MAX;
}

// The entry to evict from a non-empty cache (a linear scan: it only runs when a full cache misses).
// (GCC 12 may warn about a "potential null pointer dereference" here: a false positive, callers check
// that the map is not empty.)
template<typename Map, typename LastUse> typename Map::iterator leastRecentlyUsed(Map &map, LastUse lastUse)
{
    auto oldest = map.begin();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (lastUse(it->second) < lastUse(oldest->second))
            oldest = it;
    }
    return oldest;
}

struct SchemaJsonEntry
{
    Schema schema;
    std::string json;
    std::vector<std::string> fieldKeys; // struct schemas: `"name":` / `,"name":` per field
    quint64 lastUse = 0;
};

struct ParsedSchemaEntry
{
    Schema schema;
    quint64 lastUse = 0;
};

} // namespace

// ------------------------------------------------------------------------------------------------

struct JsonConverter::Impl
{
    explicit Impl(JsonConverter &owner)
        : q(owner)
    { }

    JsonConverter &q;
    std::optional<DataError> error;
    std::string outBuf;
    quint64 tick = 0;

    // Schema -> schema JSON, keyed by the schema's structural hash.
    std::unordered_multimap<size_t, std::unique_ptr<SchemaJsonEntry>> schemaJson;
    const void *lastIdentity = nullptr;
    SchemaJsonEntry *lastEntry = nullptr;
    std::unique_ptr<SchemaJsonEntry> uncached;

    // Schema JSON text -> Schema.
    std::unordered_map<std::string, ParsedSchemaEntry> parsedSchemas;
    std::string lastSchemaText;
    Schema lastParsed;

    // Parser state, reused between records.
    std::vector<JNode> nodes;
    std::vector<quint32> stack;
    std::string arena;
    std::string normalized;
    QByteArrayView parsedText; // the text the nodes' raw spans refer to

    bool fail(DataError e)
    {
        if (!error)
            error = std::move(e);
        return false;
    }
    void resetCaches()
    {
        schemaJson.clear();
        lastIdentity = nullptr;
        lastEntry = nullptr;
        parsedSchemas.clear();
        lastSchemaText.clear();
        lastParsed = Schema();
    }

    // ---- serialisation ----
    SchemaJsonEntry *schemaEntry(const Schema &schema);
    bool writeSchema(Out &o, const Schema &schema);
    bool writeValue(Out &o, const Schema &schema, const Value &value);
    bool writeStruct(Out &o, const Schema &schema, const Value &value, const std::vector<std::string> *keys);
    bool writeLogical(Out &o, const Schema &schema, const Value &value);
    bool appendRecord(const Schema &schema, const Value &value);

    // ---- parsing ----
    bool parse(QByteArrayView bytes, const JNode **root, size_t *consumed = nullptr);
    int fastEnvelope(QByteArrayView bytes, SchemaAndValue *result);
    const JNode *member(const JNode *object, std::string_view key) const;
    bool toSchema(const JNode *n, Schema *schema, bool useCache);
    bool toValue(const Schema &schema, const JNode *n, Value *out);
};

SchemaJsonEntry *JsonConverter::Impl::schemaEntry(const Schema &schema)
{
    if (schema.identity() == lastIdentity && lastEntry)
        return lastEntry;
    const size_t h = schema.hash();
    auto range = schemaJson.equal_range(h);
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second->schema == schema) {
            SchemaJsonEntry *e = it->second.get();
            e->schema = schema; // later lookups of this instance take the O(1) path
            e->lastUse = ++tick;
            lastIdentity = schema.identity();
            lastEntry = e;
            return e;
        }
    }
    auto entry = std::make_unique<SchemaJsonEntry>();
    entry->schema = schema;
    Out o(entry->json);
    if (!writeSchema(o, schema))
        return nullptr;
    if (schema.type() == Type::Struct) {
        bool first = true;
        for (const Field &f : schema.fields()) {
            std::string key;
            if (!first)
                key.push_back(',');
            first = false;
            Out k(key);
            k.string(f.nameUtf8());
            key.push_back(':');
            entry->fieldKeys.push_back(std::move(key));
        }
    }
    entry->lastUse = ++tick;
    if (q.m_cacheSize <= 0) {
        // Cache disabled: the entry lives until the next lookup.
        uncached = std::move(entry);
        lastIdentity = nullptr;
        lastEntry = nullptr;
        return uncached.get();
    }
    if (!schemaJson.empty() && schemaJson.size() >= static_cast<size_t>(q.m_cacheSize)) {
        auto oldest = leastRecentlyUsed(schemaJson, [](const auto &e) { return e->lastUse; });
        if (oldest->second.get() == lastEntry) {
            lastEntry = nullptr;
            lastIdentity = nullptr;
        }
        schemaJson.erase(oldest);
    }
    SchemaJsonEntry *raw = entry.get();
    schemaJson.emplace(h, std::move(entry));
    lastIdentity = schema.identity();
    lastEntry = raw;
    return raw;
}

bool JsonConverter::Impl::writeSchema(Out &o, const Schema &schema)
{
    o.raw("{\"type\":\"");
    o.raw(jsonTypeName(schema.type()));
    o.raw('"');
    switch (schema.type()) {
    case Type::Array:
        o.raw(",\"items\":");
        if (schema.valueSchema().isNull())
            o.raw("null");
        else if (!writeSchema(o, schema.valueSchema()))
            return false;
        break;
    case Type::Map:
        o.raw(",\"keys\":");
        if (schema.keySchema().isNull())
            o.raw("null");
        else if (!writeSchema(o, schema.keySchema()))
            return false;
        o.raw(",\"values\":");
        if (schema.valueSchema().isNull())
            o.raw("null");
        else if (!writeSchema(o, schema.valueSchema()))
            return false;
        break;
    case Type::Struct: {
        o.raw(",\"fields\":[");
        bool first = true;
        for (const Field &f : schema.fields()) {
            if (!first)
                o.raw(',');
            first = false;
            if (!writeSchema(o, f.schema()))
                return false;
            o.buffer().pop_back(); // the field's schema object gets a trailing "field" key
            o.raw(",\"field\":");
            o.string(f.nameUtf8());
            o.raw('}');
        }
        o.raw(']');
        break;
    }
    default:
        break;
    }
    o.raw(schema.isOptional() ? std::string_view(",\"optional\":true")
                              : std::string_view(",\"optional\":false"));
    if (schema.hasName()) {
        o.raw(",\"name\":");
        o.string(schema.name());
    }
    if (schema.version()) {
        o.raw(",\"version\":");
        o.integer(*schema.version());
    }
    if (schema.hasDoc()) {
        o.raw(",\"doc\":");
        o.string(schema.doc());
    }
    if (schema.hasParameters()) {
        o.raw(",\"parameters\":{");
        bool first = true;
        for (const auto &[k, v] : schema.parameters()) {
            if (!first)
                o.raw(',');
            first = false;
            o.string(k);
            o.raw(':');
            o.string(v);
        }
        o.raw('}');
    }
    if (const Value *def = schema.defaultValue()) {
        o.raw(",\"default\":");
        if (!writeValue(o, schema, *def))
            return false;
    }
    o.raw('}');
    return true;
}

bool JsonConverter::Impl::writeLogical(Out &o, const Schema &schema, const Value &value)
{
    switch (schema.logicalType()) {
    case LogicalType::Decimal: {
        if (value.kind() != Value::Kind::Decimal) {
            return fail(DataError { QStringLiteral("Invalid type for Decimal, expected BigDecimal but was ")
                + value.javaClassName() });
        }
        if (q.m_decimalFormat == DecimalFormat::Numeric) {
            o.rawBytes(value.decimal().toJavaString());
            return true;
        }
        const Result<QByteArray> bytes = data::DecimalSchema::fromLogical(schema, value.decimal());
        if (!bytes)
            return fail(bytes.error());
        o.base64(*bytes);
        return true;
    }
    case LogicalType::Date:
    case LogicalType::Time: {
        if (value.kind() != Value::Kind::Int32) {
            const QString name
                = schema.logicalType() == LogicalType::Date ? QStringLiteral("Date") : QStringLiteral("Time");
            return fail(DataError { QStringLiteral("Invalid type for ") + name
                + QStringLiteral(", expected Date but was ") + value.javaClassName() });
        }
        o.integer(value.toInt32());
        return true;
    }
    case LogicalType::Timestamp:
        if (value.kind() != Value::Kind::Int64) {
            return fail(DataError { QStringLiteral("Invalid type for Timestamp, expected Date but was ")
                + value.javaClassName() });
        }
        o.integer(value.toInt64());
        return true;
    case LogicalType::None:
        break;
    }
    return true;
}

bool JsonConverter::Impl::writeStruct(
    Out &o, const Schema &schema, const Value &value, const std::vector<std::string> *keys)
{
    const Struct &s = value.structValue();
    if (schema.isNull() || !(s.schema() == schema))
        return fail(DataError { QStringLiteral("Mismatching schema.") });
    o.raw('{');
    const QList<Field> &fields = schema.fields();
    const std::vector<Value> &values = s.values();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field &f = fields[i];
        if (keys) {
            o.raw((*keys)[static_cast<size_t>(i)]);
        } else {
            if (i)
                o.raw(',');
            o.string(f.nameUtf8());
            o.raw(':');
        }
        const Value &v = values[static_cast<size_t>(i)];
        // Struct.get() substitutes the field default; with replace.null.with.default=false upstream
        // reads the raw value (and writes null when the field is optional).
        const Value *fieldValue = &v;
        if (v.isNull() && q.m_replaceNullWithDefault && f.schema().defaultValue())
            fieldValue = f.schema().defaultValue();
        if (!writeValue(o, f.schema(), *fieldValue))
            return false;
    }
    o.raw('}');
    return true;
}

bool JsonConverter::Impl::writeValue(Out &o, const Schema &schema, const Value &value)
{
    if (value.isNull()) {
        if (schema.isNull()) {
            o.raw("null");
            return true;
        }
        if (schema.defaultValue() && q.m_replaceNullWithDefault)
            return writeValue(o, schema, *schema.defaultValue());
        if (schema.isOptional()) {
            o.raw("null");
            return true;
        }
        return fail(DataError { QStringLiteral(
            "Conversion error: null value for field that is required and has no default value") });
    }
    if (!schema.isNull() && schema.logicalType() != LogicalType::None)
        return writeLogical(o, schema, value);

    Type type;
    if (!schema.isNull()) {
        type = schema.type();
    } else if (!inferredType(value, &type)) {
        return fail(DataError { QStringLiteral("Java class ") + value.javaClassName()
            + QStringLiteral(" does not have corresponding schema type.") });
    }
    if (value.kind() != data::valueKind(type)) {
        return fail(DataError { QStringLiteral("Invalid type for ") + data::typeName(type)
            + QStringLiteral(": ") + value.javaClassName() });
    }
    switch (type) {
    case Type::Int8:
        o.integer(value.toInt8());
        return true;
    case Type::Int16:
        o.integer(value.toInt16());
        return true;
    case Type::Int32:
        o.integer(value.toInt32());
        return true;
    case Type::Int64:
        o.integer(value.toInt64());
        return true;
    case Type::Float32:
        o.float32(value.toFloat());
        return true;
    case Type::Float64:
        o.float64(value.toDouble());
        return true;
    case Type::Boolean:
        o.boolean(value.toBool());
        return true;
    case Type::String:
        o.string(value.stringUtf8());
        return true;
    case Type::Bytes:
        o.base64(value.bytesValue());
        return true;
    case Type::Array: {
        const Schema elementSchema = schema.isNull() ? Schema() : schema.valueSchema();
        o.raw('[');
        bool first = true;
        for (const Value &v : value.array()) {
            if (!first)
                o.raw(',');
            first = false;
            if (!writeValue(o, elementSchema, v))
                return false;
        }
        o.raw(']');
        return true;
    }
    case Type::Map: {
        const ValueMap &map = value.map();
        const Schema keySchema = schema.isNull() ? Schema() : schema.keySchema();
        const Schema valueSchema = schema.isNull() ? Schema() : schema.valueSchema();
        bool objectMode = true;
        if (schema.isNull()) {
            for (const auto &entry : map) {
                if (entry.first.kind() != Value::Kind::String) {
                    objectMode = false;
                    break;
                }
            }
        } else {
            objectMode = keySchema.type() == Type::String;
        }
        o.raw(objectMode ? '{' : '[');
        bool first = true;
        for (const auto &[k, v] : map) {
            if (!first)
                o.raw(',');
            first = false;
            if (objectMode) {
                // ObjectNode keys are the key's JSON text (asText()).
                if (k.kind() == Value::Kind::String) {
                    o.string(k.stringUtf8());
                } else {
                    o.string(k.toString().toUtf8());
                }
                o.raw(':');
                if (!writeValue(o, valueSchema, v))
                    return false;
            } else {
                o.raw('[');
                if (!writeValue(o, keySchema, k))
                    return false;
                o.raw(',');
                if (!writeValue(o, valueSchema, v))
                    return false;
                o.raw(']');
            }
        }
        o.raw(objectMode ? '}' : ']');
        return true;
    }
    case Type::Struct:
        return writeStruct(o, schema, value, nullptr);
    }
    return true;
}

bool JsonConverter::Impl::appendRecord(const Schema &schema, const Value &value)
{
    Out o(outBuf);
    if (!q.m_schemasEnabled)
        return writeValue(o, schema, value);
    o.raw("{\"schema\":");
    if (schema.isNull()) {
        o.raw("null,\"payload\":");
        if (!writeValue(o, schema, value))
            return false;
    } else {
        SchemaJsonEntry *entry = schemaEntry(schema);
        if (!entry)
            return false;
        o.raw(entry->json);
        o.raw(",\"payload\":");
        // Fast path: a struct of exactly the cached schema instance uses the pre-escaped field keys.
        if (schema.type() == Type::Struct && value.kind() == Value::Kind::Struct
            && value.structValue().schema().sameInstance(entry->schema)) {
            if (!writeStruct(o, schema, value, &entry->fieldKeys))
                return false;
        } else if (!writeValue(o, schema, value)) {
            return false;
        }
    }
    o.raw('}');
    return true;
}

// ---- parsing ----

bool JsonConverter::Impl::parse(QByteArrayView bytes, const JNode **root, size_t *consumed)
{
    nodes.clear();
    stack.clear();
    arena.clear();
    QByteArrayView text = bytes;
    if (mayHaveLeadingZeros(bytes) && stripLeadingZeros(bytes, normalized))
        text = QByteArrayView(normalized.data(), static_cast<qsizetype>(normalized.size()));
    parsedText = text;
    arena.reserve(static_cast<size_t>(text.size()) + 1);

    bool blank = true;
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            blank = false;
            break;
        }
    }
    if (blank) {
        *root = nullptr; // Jackson's MissingNode
        return true;
    }
    rapidjson::MemoryStream stream(text.data(), static_cast<size_t>(text.size()));
    TreeBuilder builder(nodes, stack, arena, stream);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag
        | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult r = reader.Parse<kFlags>(stream, builder);
    if (r.IsError()) {
        return fail(
            DataError { QStringLiteral("Converting byte[] to Kafka Connect data failed due to serialization "
                                       "error: "),
                QString::fromUtf8(rapidjson::GetParseError_En(r.Code())) + QStringLiteral(" at offset ")
                    + QString::number(r.Offset()) });
    }
    *root = nodes.empty() ? nullptr : &nodes[0];
    if (consumed)
        *consumed = text.data() == bytes.data() ? stream.Tell() : static_cast<size_t>(-1);
    return true;
}

// Records written by a converter repeat the same schema text. When the envelope starts with exactly
// the schema text parsed last time, only the payload is parsed. Returns 1 when done, -1 on error and
// 0 when the full path must be taken.
int JsonConverter::Impl::fastEnvelope(QByteArrayView bytes, SchemaAndValue *result)
{
    constexpr std::string_view head = "{\"schema\":";
    constexpr std::string_view mid = ",\"payload\":";
    const std::string_view in(bytes.data(), static_cast<size_t>(bytes.size()));
    const size_t schemaEnd = head.size() + lastSchemaText.size();
    if (in.size() < schemaEnd + mid.size() + 2 || in.compare(0, head.size(), head) != 0
        || in.compare(head.size(), lastSchemaText.size(), lastSchemaText) != 0
        || in.compare(schemaEnd, mid.size(), mid) != 0)
        return 0;
    const size_t payloadStart = schemaEnd + mid.size();
    const JNode *payload = nullptr;
    size_t consumed = 0;
    if (!parse(bytes.sliced(static_cast<qsizetype>(payloadStart)), &payload, &consumed)) {
        error.reset();
        return 0; // let the full path report the error with its own offsets
    }
    if (!payload || consumed == static_cast<size_t>(-1))
        return 0;
    // The rest must be the envelope's closing brace (and white space).
    size_t i = payloadStart + consumed;
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < in.size() && isSpace(in[i]))
        ++i;
    if (i >= in.size() || in[i] != '}')
        return 0;
    result->schema = lastParsed;
    return toValue(lastParsed, payload, &result->value) ? 1 : -1;
}

const JNode *JsonConverter::Impl::member(const JNode *object, std::string_view key) const
{
    if (!object || object->kind != JNode::Object)
        return nullptr;
    const JNode *found = nullptr;
    const auto objIndex = static_cast<quint32>(object - nodes.data());
    quint32 i = objIndex + 1;
    while (i < object->end) {
        const JNode &k = nodes[i];
        const JNode &v = nodes[i + 1];
        if (k.text() == key)
            found = &v; // duplicate keys: the last one wins, as in Jackson's ObjectNode
        i = v.end;
    }
    return found;
}

bool JsonConverter::Impl::toSchema(const JNode *n, Schema *schema, bool useCache)
{
    if (n && n->kind == JNode::Null) {
        *schema = Schema();
        return true;
    }
    std::string_view raw;
    if (useCache && n && n->kind == JNode::Object && q.m_cacheSize > 0) {
        raw = std::string_view(parsedText.data() + n->rawBegin, n->rawEnd - n->rawBegin);
        if (!lastParsed.isNull() && raw == lastSchemaText) {
            *schema = lastParsed;
            return true;
        }
        auto it = parsedSchemas.find(std::string(raw));
        if (it != parsedSchemas.end()) {
            it->second.lastUse = ++tick;
            *schema = it->second.schema;
            lastSchemaText.assign(raw.data(), raw.size());
            lastParsed = *schema;
            return true;
        }
    }

    const JNode *typeNode = member(n, "type");
    if (!typeNode || typeNode->kind != JNode::String)
        return fail(DataError { QStringLiteral("Schema must contain 'type' field") });
    const std::string_view typeText = typeNode->text();
    std::optional<SchemaBuilder> builder;
    if (typeText == "boolean") {
        builder.emplace(Type::Boolean);
    } else if (typeText == "int8") {
        builder.emplace(Type::Int8);
    } else if (typeText == "int16") {
        builder.emplace(Type::Int16);
    } else if (typeText == "int32") {
        builder.emplace(Type::Int32);
    } else if (typeText == "int64") {
        builder.emplace(Type::Int64);
    } else if (typeText == "float") {
        builder.emplace(Type::Float32);
    } else if (typeText == "double") {
        builder.emplace(Type::Float64);
    } else if (typeText == "bytes") {
        builder.emplace(Type::Bytes);
    } else if (typeText == "string") {
        builder.emplace(Type::String);
    } else if (typeText == "array") {
        const JNode *items = member(n, "items");
        if (!items || items->kind == JNode::Null)
            return fail(DataError { QStringLiteral("Array schema did not specify the element type") });
        Schema element;
        if (!toSchema(items, &element, false))
            return false;
        builder.emplace(SchemaBuilder::array(element));
    } else if (typeText == "map") {
        const JNode *keys = member(n, "keys");
        if (!keys)
            return fail(DataError { QStringLiteral("Map schema did not specify the key type") });
        const JNode *values = member(n, "values");
        if (!values)
            return fail(DataError { QStringLiteral("Map schema did not specify the value type") });
        Schema keySchema;
        Schema valueSchema;
        if (!toSchema(keys, &keySchema, false) || !toSchema(values, &valueSchema, false))
            return false;
        builder.emplace(SchemaBuilder::map(keySchema, valueSchema));
    } else if (typeText == "struct") {
        builder.emplace(Type::Struct);
        const JNode *fields = member(n, "fields");
        if (!fields || fields->kind != JNode::Array)
            return fail(DataError { QStringLiteral("Struct schema's \"fields\" argument is not an array.") });
        auto i = static_cast<quint32>(fields - nodes.data()) + 1;
        while (i < fields->end) {
            const JNode *field = &nodes[i];
            i = field->end;
            const JNode *nameNode = member(field, "field");
            if (!nameNode || nameNode->kind != JNode::String)
                return fail(
                    DataError { QStringLiteral("Struct schema's field name not specified properly") });
            Schema fieldSchema;
            if (!toSchema(field, &fieldSchema, false))
                return false;
            builder->field(QString::fromUtf8(nameNode->str, nameNode->len), fieldSchema);
        }
    } else {
        return fail(DataError { QStringLiteral("Unknown schema type: ")
            + QString::fromUtf8(typeText.data(), static_cast<qsizetype>(typeText.size())) });
    }

    const JNode *optionalNode = member(n, "optional");
    if (optionalNode && optionalNode->kind == JNode::True)
        builder->optional();
    else
        builder->required();
    if (const JNode *nameNode = member(n, "name"); nameNode && nameNode->kind == JNode::String)
        builder->name(QString::fromUtf8(nameNode->str, nameNode->len));
    if (const JNode *versionNode = member(n, "version");
        versionNode && versionNode->kind == JNode::Number && isIntegralText(versionNode->text()))
        builder->version(static_cast<int>(longValueOf(versionNode)));
    if (const JNode *docNode = member(n, "doc"); docNode && docNode->kind == JNode::String)
        builder->doc(QString::fromUtf8(docNode->str, docNode->len));
    if (const JNode *params = member(n, "parameters"); params && params->kind == JNode::Object) {
        data::Parameters list;
        auto i = static_cast<quint32>(params - nodes.data()) + 1;
        while (i < params->end) {
            const JNode &k = nodes[i];
            const JNode &v = nodes[i + 1];
            i = v.end;
            if (v.kind != JNode::String)
                return fail(DataError { QStringLiteral("Schema parameters must have string values.") });
            const QString key = QString::fromUtf8(k.str, k.len);
            const QString value = QString::fromUtf8(v.str, v.len);
            bool replaced = false;
            for (auto &entry : list) {
                if (entry.first == key) {
                    entry.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                list.append({ key, value });
        }
        builder->parameters(list);
    }
    if (const JNode *def = member(n, "default")) {
        Value defaultValue;
        const Schema current = builder->snapshot();
        if (!toValue(current, def, &defaultValue))
            return false;
        if (!defaultValue.isNull())
            builder->defaultValue(defaultValue);
    }
    Result<Schema> built = builder->tryBuild();
    if (!built)
        return fail(built.error());
    *schema = std::move(built).value();

    if (!raw.empty()) {
        if (!parsedSchemas.empty() && parsedSchemas.size() >= static_cast<size_t>(q.m_cacheSize)) {
            parsedSchemas.erase(leastRecentlyUsed(parsedSchemas, [](const auto &e) { return e.lastUse; }));
        }
        parsedSchemas.emplace(std::string(raw), ParsedSchemaEntry { *schema, ++tick });
        lastSchemaText.assign(raw.data(), raw.size());
        lastParsed = *schema;
    }
    return true;
}

bool JsonConverter::Impl::toValue(const Schema &schema, const JNode *n, Value *out)
{
    Type type = Type::Int8;
    if (!schema.isNull()) {
        type = schema.type();
        if (!n || n->kind == JNode::Null) {
            if (schema.defaultValue() && q.m_replaceNullWithDefault) {
                *out = *schema.defaultValue();
                return true;
            }
            if (schema.isOptional()) {
                *out = Value();
                return true;
            }
            return fail(DataError { QStringLiteral("Invalid null value for required ") + data::typeName(type)
                + QStringLiteral(" field") });
        }
    } else {
        if (!n) {
            *out = Value();
            return true;
        }
        switch (n->kind) {
        case JNode::Null:
            *out = Value();
            return true;
        case JNode::False:
        case JNode::True:
            type = Type::Boolean;
            break;
        case JNode::Number:
            type = isIntegralText(n->text()) ? Type::Int64 : Type::Float64;
            break;
        case JNode::Array:
            type = Type::Array;
            break;
        case JNode::Object:
            type = Type::Map;
            break;
        case JNode::String:
        case JNode::Key:
            type = Type::String;
            break;
        }
    }

    if (!schema.isNull() && schema.logicalType() != LogicalType::None) {
        switch (schema.logicalType()) {
        case LogicalType::Decimal:
            if (n->kind == JNode::Number) {
                const auto d = Decimal::fromString(QByteArrayView(n->str, n->len));
                if (!d)
                    return fail(DataError { QStringLiteral("Invalid bytes for Decimal field") });
                *out = *d;
                return true;
            }
            if (n->kind == JNode::String) {
                QByteArray bytes;
                if (!strictBase64Decode(n->text(), bytes))
                    return fail(DataError { QStringLiteral("Invalid bytes for Decimal field"),
                        QStringLiteral("invalid base64") });
                Result<Decimal> d = data::DecimalSchema::toLogical(schema, bytes);
                if (!d)
                    return fail(
                        DataError { QStringLiteral("Invalid bytes for Decimal field"), d.error().message });
                *out = *d;
                return true;
            }
            return fail(DataError {
                QStringLiteral(
                    "Invalid type for Decimal, underlying representation should be numeric or bytes but was ")
                + nodeTypeName(n) });
        case LogicalType::Date:
        case LogicalType::Time:
            if (!fitsInt(n)) {
                const QString name = schema.logicalType() == LogicalType::Date ? QStringLiteral("Date")
                                                                               : QStringLiteral("Time");
                return fail(DataError { QStringLiteral("Invalid type for ") + name
                    + QStringLiteral(", underlying representation should be integer but was ")
                    + nodeTypeName(n) });
            }
            *out = static_cast<qint32>(longValueOf(n));
            return true;
        case LogicalType::Timestamp:
            if (n->kind != JNode::Number || !isIntegralText(n->text())) {
                return fail(DataError {
                    QStringLiteral(
                        "Invalid type for Timestamp, underlying representation should be integral but was ")
                    + nodeTypeName(n) });
            }
            *out = longValueOf(n);
            return true;
        case LogicalType::None:
            break;
        }
    }

    switch (type) {
    case Type::Boolean:
        *out = n->kind == JNode::True;
        return true;
    case Type::Int8:
        *out = static_cast<qint8>(longValueOf(n));
        return true;
    case Type::Int16:
        *out = static_cast<qint16>(longValueOf(n));
        return true;
    case Type::Int32:
        *out = static_cast<qint32>(longValueOf(n));
        return true;
    case Type::Int64:
        *out = longValueOf(n);
        return true;
    case Type::Float32:
        *out = floatingValueOf<float>(n);
        return true;
    case Type::Float64:
        *out = floatingValueOf<double>(n);
        return true;
    case Type::String:
        // textValue(): null for anything but a JSON string.
        *out = n->kind == JNode::String ? Value::string(QByteArray(n->str, static_cast<qsizetype>(n->len)))
                                        : Value();
        return true;
    case Type::Bytes: {
        if (n->kind != JNode::String) {
            *out = Value(); // binaryValue() of a non-text node is null
            return true;
        }
        QByteArray bytes;
        if (!strictBase64Decode(n->text(), bytes))
            return fail(
                DataError { QStringLiteral("Invalid bytes field"), QStringLiteral("invalid base64") });
        *out = Value::bytes(std::move(bytes));
        return true;
    }
    case Type::Array: {
        const Schema elementSchema = schema.isNull() ? Schema() : schema.valueSchema();
        ValueList list;
        if (n->kind == JNode::Array || n->kind == JNode::Object) {
            list.reserve(n->count);
            auto i = static_cast<quint32>(n - nodes.data()) + 1;
            while (i < n->end) {
                if (n->kind == JNode::Object)
                    ++i; // iterate an object's values, like JsonNode's iterator
                const JNode *element = &nodes[i];
                i = element->end;
                Value v;
                if (!toValue(elementSchema, element, &v))
                    return false;
                list.push_back(std::move(v));
            }
        }
        *out = std::move(list);
        return true;
    }
    case Type::Map: {
        const Schema keySchema = schema.isNull() ? Schema() : schema.keySchema();
        const Schema valueSchema = schema.isNull() ? Schema() : schema.valueSchema();
        ValueMap map;
        auto i = static_cast<quint32>(n - nodes.data()) + 1;
        if (schema.isNull() || keySchema.type() == Type::String) {
            if (n->kind != JNode::Object) {
                return fail(DataError {
                    QStringLiteral("Maps with string fields should be encoded as JSON objects, but found ")
                    + nodeTypeName(n) });
            }
            map.reserve(n->count);
            while (i < n->end) {
                const JNode &k = nodes[i];
                const JNode *v = &nodes[i + 1];
                i = v->end;
                Value value;
                if (!toValue(valueSchema, v, &value))
                    return false;
                Value key = Value::string(QByteArray(k.str, static_cast<qsizetype>(k.len)));
                bool replaced = false;
                for (auto &entry : map) {
                    if (entry.first == key) {
                        entry.second = value;
                        replaced = true;
                    }
                }
                if (!replaced)
                    map.emplace_back(std::move(key), std::move(value));
            }
        } else {
            if (n->kind != JNode::Array) {
                return fail(DataError {
                    QStringLiteral(
                        "Maps with non-string fields should be encoded as JSON array of tuples, but found ")
                    + nodeTypeName(n) });
            }
            map.reserve(n->count);
            while (i < n->end) {
                const JNode *entry = &nodes[i];
                i = entry->end;
                if (entry->kind != JNode::Array) {
                    return fail(DataError { QStringLiteral("Found invalid map entry instead of array tuple: ")
                        + nodeTypeName(entry) });
                }
                if (entry->count != 2) {
                    return fail(
                        DataError { QStringLiteral("Found invalid map entry, expected length 2 but found :")
                            + QString::number(entry->count) });
                }
                const auto first = static_cast<quint32>(entry - nodes.data()) + 1;
                const JNode *k = &nodes[first];
                const JNode *v = &nodes[k->end];
                Value key;
                Value value;
                if (!toValue(keySchema, k, &key) || !toValue(valueSchema, v, &value))
                    return false;
                map.emplace_back(std::move(key), std::move(value));
            }
        }
        *out = std::move(map);
        return true;
    }
    case Type::Struct: {
        if (n->kind != JNode::Object) {
            return fail(DataError {
                QStringLiteral("Structs should be encoded as JSON objects, but found ") + nodeTypeName(n) });
        }
        Struct result(schema);
        const QList<Field> &fields = schema.fields();
        // Records written by a converter list every field in schema order: match them positionally
        // (one pass) and fall back to a lookup per field otherwise.
        const auto firstMember = static_cast<quint32>(n - nodes.data()) + 1;
        bool positional = n->count == static_cast<quint32>(fields.size());
        for (quint32 k = firstMember, f = 0; positional && f < n->count; ++f) {
            const QByteArray &name = fields[f].nameUtf8();
            positional
                = nodes[k].text() == std::string_view(name.constData(), static_cast<size_t>(name.size()));
            k = nodes[k + 1].end;
        }
        quint32 cursor = firstMember;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const Field &field = fields[f];
            const QByteArray &name = field.nameUtf8();
            const JNode *child = nullptr;
            if (positional) {
                child = &nodes[cursor + 1];
                cursor = child->end;
            } else {
                child = member(n, std::string_view(name.constData(), static_cast<size_t>(name.size())));
            }
            Value v;
            if (!toValue(field.schema(), child, &v))
                return false;
            if (Status s = result.put(static_cast<int>(f), std::move(v)); !s)
                return fail(s.error());
        }
        *out = std::move(result);
        return true;
    }
    }
    return true;
}

// ------------------------------------------------------------------------------------------------

JsonConverter::JsonConverter()
    : d(std::make_unique<Impl>(*this))
{ }

JsonConverter::~JsonConverter() = default;

Status JsonConverter::configure(const ConverterConfig &config, bool isKey)
{
    ConverterConfig copy = config;
    copy.insert(QStringLiteral("converter.type"), isKey ? QStringLiteral("key") : QStringLiteral("value"));
    return configure(copy);
}

Status JsonConverter::configure(const ConverterConfig &cfg)
{
    const QString typeKey = QStringLiteral("converter.type");
    if (!cfg.contains(typeKey)) {
        return DataError { QStringLiteral(
            "Missing required configuration \"converter.type\" which has no default value.") };
    }
    const Result<QString> type = config::parseChoice(cfg, typeKey, QString(),
        { QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("header") });
    if (!type)
        return type.error();
    const Result<bool> schemas = config::parseBoolean(cfg, QStringLiteral("schemas.enable"), true);
    if (!schemas)
        return schemas.error();
    const Result<int> cacheSize = config::parseInt(cfg, QStringLiteral("schemas.cache.size"), 1000);
    if (!cacheSize)
        return cacheSize.error();
    const Result<QString> format = config::parseChoice(cfg, QStringLiteral("decimal.format"),
        QStringLiteral("BASE64"), { QStringLiteral("BASE64"), QStringLiteral("NUMERIC") });
    if (!format)
        return format.error();
    const Result<bool> replaceNull
        = config::parseBoolean(cfg, QStringLiteral("replace.null.with.default"), true);
    if (!replaceNull)
        return replaceNull.error();

    m_isKey = *type == QLatin1String("key");
    m_schemasEnabled = *schemas;
    m_cacheSize = std::max(0, *cacheSize);
    m_decimalFormat = *format == QLatin1String("NUMERIC") ? DecimalFormat::Numeric : DecimalFormat::Base64;
    m_replaceNullWithDefault = *replaceNull;
    d->resetCaches();
    return {};
}

Status JsonConverter::appendConnectData(
    const Schema &schema, const Value &value, QByteArray &out, bool *tombstone)
{
    if (schema.isNull() && value.isNull()) {
        *tombstone = true;
        return {};
    }
    *tombstone = false;
    d->error.reset();
    d->outBuf.clear();
    if (!d->appendRecord(schema, value))
        return *d->error;
    out.append(d->outBuf.data(), static_cast<qsizetype>(d->outBuf.size()));
    return {};
}

Result<QByteArray> JsonConverter::fromConnectData(QStringView, const Schema &schema, const Value &value)
{
    if (schema.isNull() && value.isNull())
        return QByteArray();
    d->error.reset();
    d->outBuf.clear();
    if (!d->appendRecord(schema, value))
        return *d->error;
    return QByteArray(d->outBuf.data(), static_cast<qsizetype>(d->outBuf.size()));
}

Result<SchemaAndValue> JsonConverter::toConnectData(QStringView, QByteArrayView bytes)
{
    if (bytes.isNull())
        return SchemaAndValue {};
    d->error.reset();
    if (m_schemasEnabled && !d->lastParsed.isNull()) {
        SchemaAndValue fast;
        const int r = d->fastEnvelope(bytes, &fast);
        if (r > 0)
            return fast;
        if (r < 0)
            return *d->error;
    }
    const JNode *root = nullptr;
    if (!d->parse(bytes, &root))
        return *d->error;

    const JNode *schemaNode = nullptr;
    const JNode *payloadNode = root;
    static const JNode kJsonNull;
    if (m_schemasEnabled) {
        const bool envelope = root && root->kind == JNode::Object && root->count == 2
            && d->member(root, "schema") && d->member(root, "payload");
        if (!envelope) {
            return DataError { QStringLiteral("JsonConverter with schemas.enable requires \"schema\" and "
                                              "\"payload\" fields and may not contain "
                                              "additional fields. If you are trying to deserialize plain "
                                              "JSON data, set schemas.enable=false in your "
                                              "converter configuration.") };
        }
        schemaNode = d->member(root, "schema");
        payloadNode = d->member(root, "payload");
    } else {
        schemaNode = &kJsonNull;
    }
    SchemaAndValue result;
    if (!d->toSchema(schemaNode, &result.schema, true))
        return *d->error;
    if (!d->toValue(result.schema, payloadNode, &result.value))
        return *d->error;
    return result;
}

Result<QByteArray> JsonConverter::asJsonSchema(const Schema &schema)
{
    if (schema.isNull())
        return QByteArray("null");
    d->error.reset();
    std::string json;
    Out o(json);
    if (!d->writeSchema(o, schema))
        return *d->error;
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

Result<Schema> JsonConverter::asConnectSchema(QByteArrayView json)
{
    d->error.reset();
    const JNode *root = nullptr;
    if (!d->parse(json, &root))
        return *d->error;
    Schema schema;
    if (!d->toSchema(root, &schema, false))
        return *d->error;
    return schema;
}

int JsonConverter::fromConnectSchemaCacheSize() const
{
    return static_cast<int>(d->schemaJson.size());
}

int JsonConverter::toConnectSchemaCacheSize() const
{
    return static_cast<int>(d->parsedSchemas.size());
}

} // namespace cs::converters
