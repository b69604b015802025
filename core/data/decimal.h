#pragma once

#include <optional>
#include <string>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cs::data {

// An arbitrary-precision decimal number as Kafka Connect's Decimal logical type carries it (Java's
// BigDecimal): an unscaled integer, stored as minimal big-endian two's-complement bytes exactly like
// Java's BigInteger.toByteArray(), and a scale (value = unscaled × 10^-scale). Text conversions are
// exact (no double rounding anywhere). Immutable value type; safe to copy across threads.
class Decimal
{
public:
    // Zero with scale 0.
    Decimal();

    // From BigInteger.toByteArray()-style bytes (any redundant sign bytes are dropped). Empty bytes are
    // not a number (Java refuses them too): returns nullopt.
    static std::optional<Decimal> fromUnscaledBytes(QByteArrayView twosComplement, qint32 scale);
    static Decimal fromUnscaled(qint64 unscaled, qint32 scale);

    // Parses Java BigDecimal(String) syntax: [+-]digits[.digits][(e|E)[+-]digits], e.g. "1.56",
    // "-0.001", "1.5E+3" (scale -2). Returns nullopt on anything else.
    static std::optional<Decimal> fromString(QByteArrayView text);
    static std::optional<Decimal> fromString(QStringView text);

    const QByteArray &unscaledBytes() const { return m_unscaled; }
    qint32 scale() const { return m_scale; }
    int signum() const;
    // Number of decimal digits of the unscaled value (BigDecimal.precision(); 1 for zero).
    int precision() const;

    // Java BigDecimal.toString(): plain notation unless scale < 0 or the adjusted exponent < -6,
    // then scientific ("1.56E+4", "1E-10"). This is what Jackson writes for decimal.format=NUMERIC.
    QByteArray toJavaString() const;
    // Java BigDecimal.toPlainString(): never scientific ("15600", "0.0000000001").
    QByteArray toPlainString() const;
    QString toString() const { return QString::fromLatin1(toJavaString()); }

    // The same number with another scale, only if that is exact (no rounding): nullopt otherwise.
    std::optional<Decimal> withScale(qint32 newScale) const;

    // Nearest double (correctly rounded).
    double toDouble() const;
    // The unscaled value if it fits in 64 bits.
    std::optional<qint64> unscaledInt64() const;
    // BigDecimal.longValue(): drop the fraction (toward zero) and keep the low 64 bits.
    qint64 truncatedInt64() const;

    // Sign and decimal digits of the unscaled value (no leading zeros; "0" for zero).
    bool isNegative() const { return !m_unscaled.isEmpty() && (static_cast<quint8>(m_unscaled[0]) & 0x80); }
    std::string unscaledDigits() const;

    // Java BigDecimal.equals(): same unscaled value and same scale (1.5 != 1.50).
    friend bool operator==(const Decimal &a, const Decimal &b)
    {
        return a.m_scale == b.m_scale && a.m_unscaled == b.m_unscaled;
    }
    // Numeric comparison (BigDecimal.compareTo): -1, 0, 1.
    int compare(const Decimal &other) const;

private:
    static Decimal fromDigits(bool negative, const std::string &digits, qint32 scale);

    QByteArray m_unscaled; // minimal big-endian two's complement, never empty
    qint32 m_scale = 0;
};

} // namespace cs::data
