#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <QByteArray>
#include <QString>

#include "data/decimal.h"
#include "data/schema.h"
#include "data/struct.h"

namespace cs::data {

class Value;
// An array value and a map value. Maps keep their entries in order (Java maps are mostly HashMaps, so
// order rarely matters; the JSON converter writes them in this order).
using ValueList = std::vector<Value>;
using ValueMap = std::vector<std::pair<Value, Value>>;

// A Connect value: null, a primitive, UTF-8 string, bytes, Decimal, array, map or Struct. The logical
// types Date, Time and Timestamp are carried as their Connect representation (int32 days, int32 ms,
// int64 epoch ms) next to their schema. Strings stay UTF-8 (no UTF-16 round trip on the data path);
// toQString() converts for UI use. Value type; implicitly shared byte data, so copies are cheap and safe
// to hand to another thread.
class Value
{
public:
    enum class Kind : quint8
    {
        Null,
        Boolean,
        Int8,
        Int16,
        Int32,
        Int64,
        Float32,
        Float64,
        String,
        Bytes,
        Decimal,
        Array,
        Map,
        Struct
    };

    Value() noexcept = default;
    Value(std::nullptr_t) noexcept { }
    Value(bool v)
        : m_v(std::in_place_index<1>, v)
    { }
    Value(qint8 v)
        : m_v(std::in_place_index<2>, v)
    { }
    Value(qint16 v)
        : m_v(std::in_place_index<3>, v)
    { }
    Value(qint32 v)
        : m_v(std::in_place_index<4>, v)
    { }
    Value(qint64 v)
        : m_v(std::in_place_index<5>, v)
    { }
    // std::int64_t is `long` on LP64 systems while qint64 is `long long`: accept both as INT64.
    template<typename T>
    requires(std::is_same_v<T, long> && !std::is_same_v<long, qint64> && sizeof(long) == 8) Value(T v)
        : m_v(std::in_place_index<5>, static_cast<qint64>(v))
    { }
    Value(float v)
        : m_v(std::in_place_index<6>, v)
    { }
    Value(double v)
        : m_v(std::in_place_index<7>, v)
    { }
    Value(Decimal v)
        : m_v(std::in_place_index<10>, std::move(v))
    { }
    Value(ValueList v)
        : m_v(std::in_place_index<11>, std::move(v))
    { }
    Value(ValueMap v)
        : m_v(std::in_place_index<12>, std::move(v))
    { }
    Value(Struct v)
        : m_v(std::in_place_index<13>, std::move(v))
    { }
    // Strings and bytes are both byte arrays: say which one through these factories.
    Value(const char *) = delete;
    static Value string(QByteArray utf8) { return Value(Utf8 { std::move(utf8) }); }
    static Value fromString(const QString &text) { return string(text.toUtf8()); }
    static Value bytes(QByteArray data) { return Value(Bytes { std::move(data) }); }

    Kind kind() const { return static_cast<Kind>(m_v.index()); }
    bool isNull() const { return m_v.index() == 0; }

    // Typed access; each returns a zero/empty value when the kind differs.
    bool toBool() const { return get<bool>(); }
    qint8 toInt8() const { return get<qint8>(); }
    qint16 toInt16() const { return get<qint16>(); }
    qint32 toInt32() const { return get<qint32>(); }
    qint64 toInt64() const { return get<qint64>(); }
    float toFloat() const { return get<float>(); }
    double toDouble() const { return get<double>(); }
    // The UTF-8 bytes of a string value.
    const QByteArray &stringUtf8() const;
    QString toQString() const { return QString::fromUtf8(stringUtf8()); }
    const QByteArray &bytesValue() const;
    const Decimal &decimal() const;
    const ValueList &array() const;
    const ValueMap &map() const;
    const Struct &structValue() const;
    ValueList *arrayPtr() { return std::get_if<11>(&m_v); }
    ValueMap *mapPtr() { return std::get_if<12>(&m_v); }
    Struct *structPtr() { return std::get_if<13>(&m_v); }

    // The Java class upstream would hold ("class java.lang.Long", "class [B", ...), for error texts.
    QString javaClassName() const;
    // Java's toString() of the upstream object (what StringConverter writes): "1", "1.0E10",
    // "[1, 2]", "{a=1}", "Struct{ID=1}", the text of a string, "null" for null.
    QString toString() const;

    friend bool operator==(const Value &a, const Value &b);
    friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }

private:
    struct Utf8
    {
        QByteArray data;
        friend bool operator==(const Utf8 &a, const Utf8 &b) { return a.data == b.data; }
    };
    struct Bytes
    {
        QByteArray data;
        friend bool operator==(const Bytes &a, const Bytes &b) { return a.data == b.data; }
    };
    explicit Value(Utf8 v)
        : m_v(std::in_place_index<8>, std::move(v))
    { }
    explicit Value(Bytes v)
        : m_v(std::in_place_index<9>, std::move(v))
    { }
    template<typename T> T get() const
    {
        const T *p = std::get_if<T>(&m_v);
        return p ? *p : T {};
    }

    std::variant<std::monostate, bool, qint8, qint16, qint32, qint64, float, double, Utf8, Bytes, Decimal,
        ValueList, ValueMap, Struct>
        m_v;
};

// A schema and a value, as converters return them (SchemaAndValue). Both null = a tombstone / null key.
// The kind of value a schema of `type` holds, ignoring logical types (INT64 → Int64, ...).
Value::Kind valueKind(Type type);

struct SchemaAndValue
{
    Schema schema;
    Value value;
};

} // namespace cs::data
