#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace cs::data {

// An error of the Connect data layer, reported as a value (never thrown). `message` carries upstream's
// DataException text byte for byte where Kafka has one, so logs, task traces and REST answers read like
// Kafka Connect's; `cause` optionally carries the lower-level reason (a JSON parser message, ...).
// Plain value type, safe to copy across threads.
struct DataError
{
    DataError() = default;
    DataError(QString m, QString c = {})
        : message(std::move(m))
        , cause(std::move(c))
    { }

    QString message;
    QString cause;

    // "message" or "message: cause" — for logs and task traces.
    QString toString() const
    {
        if (cause.isEmpty())
            return message;
        // Some upstream messages already end in ": " (they expect the cause to follow).
        if (message.endsWith(QLatin1Char(' ')))
            return message + cause;
        return message + QStringLiteral(": ") + cause;
    }
};

// Either a value or a DataError (std::expected is C++23). Cheap to move; value type.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Result(DataError error)
        : m_v(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<0>(m_v); }

    const DataError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, DataError> m_v;
};

// Success or a DataError.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(DataError error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const DataError &error() const { return m_error; }

private:
    DataError m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace cs::data
