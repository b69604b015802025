#include "data/struct.h"

#include "data/value.h"

namespace cs::data {

namespace {
const Value kNull;
} // namespace

Struct::Struct() = default;

Struct::Struct(Schema schema)
    : m_schema(std::move(schema))
{
    Q_ASSERT(!m_schema.isNull() && m_schema.type() == Type::Struct);
    m_values.resize(static_cast<size_t>(m_schema.fields().size()));
}

Struct::Struct(const Struct &) = default;
Struct::Struct(Struct &&) noexcept = default;
Struct &Struct::operator=(const Struct &) = default;
Struct &Struct::operator=(Struct &&) noexcept = default;
Struct::~Struct() = default;

Result<Struct> Struct::create(const Schema &schema)
{
    if (schema.isNull() || schema.type() != Type::Struct) {
        return DataError { QStringLiteral("Not a struct schema: ")
            + (schema.isNull() ? QStringLiteral("null") : schema.toString()) };
    }
    return Struct(schema);
}

const Value &Struct::getWithoutDefault(int index) const
{
    if (index < 0 || index >= size())
        return kNull;
    return m_values[static_cast<size_t>(index)];
}

const Value &Struct::get(int index) const
{
    const Value &v = getWithoutDefault(index);
    if (v.isNull() && index >= 0 && index < size()) {
        if (const Value *def = m_schema.fields()[index].schema().defaultValue())
            return *def;
    }
    return v;
}

const Value &Struct::get(QStringView fieldName) const
{
    const Field *f = isValid() ? m_schema.field(fieldName) : nullptr;
    return f ? get(f->index()) : kNull;
}

const Value &Struct::getWithoutDefault(QStringView fieldName) const
{
    const Field *f = isValid() ? m_schema.field(fieldName) : nullptr;
    return f ? getWithoutDefault(f->index()) : kNull;
}

Status Struct::put(int index, Value value)
{
    if (index < 0 || index >= size())
        return DataError { QStringLiteral("field cannot be null.") };
    const Field &field = m_schema.fields()[index];
    if (Status s = field.schema().validateValue(field.name(), value); !s)
        return s;
    m_values[static_cast<size_t>(index)] = std::move(value);
    return {};
}

Status Struct::put(QStringView fieldName, Value value)
{
    const Field *f = isValid() ? m_schema.field(fieldName) : nullptr;
    if (!f)
        return DataError { fieldName.toString() + QStringLiteral(" is not a valid field name") };
    return put(f->index(), std::move(value));
}

void Struct::set(int index, Value value)
{
    Q_ASSERT(index >= 0 && index < size());
    m_values[static_cast<size_t>(index)] = std::move(value);
}

Status Struct::validate() const
{
    if (!isValid())
        return DataError { QStringLiteral("Not a struct schema: null") };
    for (const Field &field : m_schema.fields()) {
        const Value &v = m_values[static_cast<size_t>(field.index())];
        if (v.isNull() && (field.schema().isOptional() || field.schema().defaultValue()))
            continue;
        if (Status s = field.schema().validateValue(field.name(), v); !s)
            return s;
    }
    return {};
}

QString Struct::toString() const
{
    QString out = QStringLiteral("Struct{");
    bool first = true;
    if (isValid()) {
        for (const Field &field : m_schema.fields()) {
            const Value &v = m_values[static_cast<size_t>(field.index())];
            if (v.isNull())
                continue;
            if (!first)
                out += QLatin1Char(',');
            out += field.name() + QLatin1Char('=') + v.toString();
            first = false;
        }
    }
    out += QLatin1Char('}');
    return out;
}

bool operator==(const Struct &a, const Struct &b)
{
    return a.m_schema == b.m_schema && a.m_values == b.m_values;
}

} // namespace cs::data
