#pragma once

#include <vector>

#include "data/dataerror.h"
#include "data/schema.h"

namespace cs::data {

class Value;

// A Connect Struct: a struct schema plus one value per field, by field index. Value type (copying copies
// the values; the schema is shared). Not synchronized: one thread writes it, then it may be handed over.
// put() validates like upstream's Struct.put (DataException texts); set() is the unchecked fast path for
// producers that build values from the schema they own (JDBC rows, the JSON parser after its checks).
class Struct
{
public:
    Struct();
    // The schema must be a STRUCT schema (see create() for a checked construction).
    explicit Struct(Schema schema);
    Struct(const Struct &);
    Struct(Struct &&) noexcept;
    Struct &operator=(const Struct &);
    Struct &operator=(Struct &&) noexcept;
    ~Struct();

    // "Not a struct schema: Schema{...}" if the schema is not a struct schema.
    static Result<Struct> create(const Schema &schema);

    bool isValid() const { return !m_schema.isNull(); }
    const Schema &schema() const { return m_schema; }
    int size() const { return static_cast<int>(m_values.size()); }

    // Raw values by field index (a null value where nothing was put; defaults NOT applied).
    const std::vector<Value> &values() const { return m_values; }

    // Java's Struct.get(): the value, or the field's default when the value is null.
    const Value &get(int index) const;
    const Value &get(QStringView fieldName) const; // null value for an unknown name
    const Value &getWithoutDefault(int index) const;
    const Value &getWithoutDefault(QStringView fieldName) const;

    // Validating setters (ConnectSchema.validateValue); on error the struct is unchanged.
    // Unknown names give "<name> is not a valid field name".
    Status put(int index, Value value);
    Status put(QStringView fieldName, Value value);
    // Unchecked setter: the caller guarantees the value fits the field's schema.
    void set(int index, Value value);

    // Struct.validate(): every field holds a valid value (nulls allowed for optional fields or fields
    // with a default).
    Status validate() const;

    // Java's Struct.toString(): "Struct{ID=1,MESSAGE=hello}" (null fields omitted).
    QString toString() const;

    friend bool operator==(const Struct &a, const Struct &b);

private:
    Schema m_schema;
    std::vector<Value> m_values;
};

} // namespace cs::data
