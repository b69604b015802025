#include "data/decimal.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace cs::data {

namespace {

using Limbs = std::vector<std::uint32_t>; // little-endian base 2^32 magnitude

void trim(Limbs &limbs)
{
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
}

// Magnitude of a two's-complement big-endian byte string.
Limbs magnitudeOf(QByteArrayView bytes, bool *negative)
{
    const qsizetype n = bytes.size();
    *negative = n > 0 && (static_cast<quint8>(bytes[0]) & 0x80);
    std::vector<quint8> mag(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        mag[static_cast<size_t>(i)] = static_cast<quint8>(bytes[i]);
    if (*negative) {
        // Negate: invert and add one.
        for (auto &b : mag)
            b = static_cast<quint8>(~b);
        for (qsizetype i = n - 1; i >= 0; --i) {
            auto &b = mag[static_cast<size_t>(i)];
            b = static_cast<quint8>(b + 1);
            if (b != 0)
                break;
        }
    }
    Limbs limbs((static_cast<size_t>(n) + 3) / 4, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const auto fromRight = static_cast<size_t>(n - 1 - i);
        limbs[fromRight / 4] |= static_cast<std::uint32_t>(mag[static_cast<size_t>(i)])
            << (8 * (fromRight % 4));
    }
    trim(limbs);
    return limbs;
}

// Minimal two's-complement big-endian bytes (BigInteger.toByteArray()).
QByteArray bytesOf(const Limbs &limbs, bool negative)
{
    std::vector<quint8> mag; // big-endian, minimal
    for (size_t i = limbs.size(); i-- > 0;) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const auto b = static_cast<quint8>(limbs[i] >> shift);
            if (mag.empty() && b == 0)
                continue;
            mag.push_back(b);
        }
    }
    if (mag.empty())
        return QByteArray(1, '\0');
    if (!negative) {
        if (mag.front() & 0x80)
            mag.insert(mag.begin(), 0);
    } else {
        for (auto &b : mag)
            b = static_cast<quint8>(~b);
        for (size_t i = mag.size(); i-- > 0;) {
            mag[i] = static_cast<quint8>(mag[i] + 1);
            if (mag[i] != 0)
                break;
        }
        if (!(mag.front() & 0x80))
            mag.insert(mag.begin(), 0xFF);
    }
    return QByteArray(reinterpret_cast<const char *>(mag.data()), static_cast<qsizetype>(mag.size()));
}

std::string digitsOf(Limbs limbs)
{
    if (limbs.empty())
        return std::string(1, '0');
    std::vector<std::uint32_t> chunks; // base 1e9, least significant first
    while (!limbs.empty()) {
        std::uint64_t rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            const std::uint64_t cur = (rem << 32) | limbs[i];
            limbs[i] = static_cast<std::uint32_t>(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks.push_back(static_cast<std::uint32_t>(rem));
        trim(limbs);
    }
    std::string out = std::to_string(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        char buf[16];
        auto r = std::to_chars(buf, buf + sizeof buf, chunks[i]);
        out.append(9 - static_cast<size_t>(r.ptr - buf), '0');
        out.append(buf, r.ptr);
    }
    return out;
}

Limbs limbsOf(const std::string &digits)
{
    Limbs limbs;
    size_t pos = 0;
    while (pos < digits.size()) {
        const size_t len = std::min<size_t>(9, digits.size() - pos);
        std::uint32_t chunk = 0;
        std::uint32_t mul = 1;
        for (size_t i = 0; i < len; ++i) {
            chunk = chunk * 10 + static_cast<std::uint32_t>(digits[pos + i] - '0');
            mul *= 10;
        }
        pos += len;
        std::uint64_t carry = chunk;
        for (auto &limb : limbs) {
            const std::uint64_t cur = static_cast<std::uint64_t>(limb) * mul + carry;
            limb = static_cast<std::uint32_t>(cur);
            carry = cur >> 32;
        }
        if (carry)
            limbs.push_back(static_cast<std::uint32_t>(carry));
    }
    trim(limbs);
    return limbs;
}

} // namespace

Decimal::Decimal()
    : m_unscaled(1, '\0')
{ }

std::optional<Decimal> Decimal::fromUnscaledBytes(QByteArrayView bytes, qint32 scale)
{
    if (bytes.isEmpty())
        return std::nullopt;
    // Drop redundant sign-extension bytes so that equal numbers have equal bytes.
    qsizetype start = 0;
    while (start + 1 < bytes.size()) {
        const auto b0 = static_cast<quint8>(bytes[start]);
        const auto b1 = static_cast<quint8>(bytes[start + 1]);
        if ((b0 == 0x00 && !(b1 & 0x80)) || (b0 == 0xFF && (b1 & 0x80)))
            ++start;
        else
            break;
    }
    Decimal d;
    d.m_unscaled = bytes.sliced(start).toByteArray();
    d.m_scale = scale;
    return d;
}

Decimal Decimal::fromUnscaled(qint64 unscaled, qint32 scale)
{
    char be[8];
    auto u = static_cast<quint64>(unscaled);
    for (int i = 7; i >= 0; --i) {
        be[i] = static_cast<char>(u & 0xFF);
        u >>= 8;
    }
    return *fromUnscaledBytes(QByteArrayView(be, 8), scale);
}

Decimal Decimal::fromDigits(bool negative, const std::string &digits, qint32 scale)
{
    Decimal d;
    const Limbs limbs = limbsOf(digits);
    d.m_unscaled = bytesOf(limbs, negative && !limbs.empty());
    d.m_scale = scale;
    return d;
}

std::optional<Decimal> Decimal::fromString(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    std::string digits;
    qint64 fractionDigits = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (!(digits.empty() && c == '0'))
                digits.push_back(c);
            if (seenPoint)
                ++fractionDigits;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    qint64 exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            expNegative = text[i] == '-';
            ++i;
        }
        if (i >= n)
            return std::nullopt;
        for (; i < n; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return std::nullopt;
            exponent = exponent * 10 + (c - '0');
            if (exponent > 100000000000LL)
                return std::nullopt;
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    const qint64 scale = fractionDigits - exponent;
    if (scale > INT32_MAX || scale < INT32_MIN)
        return std::nullopt;
    if (digits.empty())
        digits = "0";
    return fromDigits(negative, digits, static_cast<qint32>(scale));
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7F)
            return std::nullopt;
    }
    return fromString(QByteArrayView(text.toLatin1()));
}

int Decimal::signum() const
{
    if (isNegative())
        return -1;
    for (char c : m_unscaled) {
        if (c != 0)
            return 1;
    }
    return 0;
}

std::string Decimal::unscaledDigits() const
{
    bool negative = false;
    return digitsOf(magnitudeOf(m_unscaled, &negative));
}

int Decimal::precision() const
{
    return static_cast<int>(unscaledDigits().size());
}

QByteArray Decimal::toJavaString() const
{
    const std::string coeff = unscaledDigits();
    const qint64 adjusted = -static_cast<qint64>(m_scale) + static_cast<qint64>(coeff.size() - 1);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(coeff.size()) + 16);
    if (isNegative())
        out.append('-');
    if (m_scale == 0) {
        out.append(coeff.data(), static_cast<qsizetype>(coeff.size()));
    } else if (m_scale > 0 && adjusted >= -6) {
        const auto len = static_cast<qint64>(coeff.size());
        if (len > m_scale) {
            out.append(coeff.data(), static_cast<qsizetype>(len - m_scale));
            out.append('.');
            out.append(coeff.data() + (len - m_scale), m_scale);
        } else {
            out.append("0.");
            out.append(QByteArray(static_cast<qsizetype>(m_scale - len), '0'));
            out.append(coeff.data(), static_cast<qsizetype>(len));
        }
    } else {
        out.append(coeff[0]);
        if (coeff.size() > 1) {
            out.append('.');
            out.append(coeff.data() + 1, static_cast<qsizetype>(coeff.size() - 1));
        }
        out.append('E');
        if (adjusted >= 0)
            out.append('+');
        out.append(QByteArray::number(adjusted));
    }
    return out;
}

QByteArray Decimal::toPlainString() const
{
    const std::string coeff = unscaledDigits();
    QByteArray out;
    if (isNegative())
        out.append('-');
    const auto len = static_cast<qint64>(coeff.size());
    if (m_scale <= 0) {
        out.append(coeff.data(), static_cast<qsizetype>(len));
        if (coeff != "0")
            out.append(QByteArray(static_cast<qsizetype>(-static_cast<qint64>(m_scale)), '0'));
    } else if (len > m_scale) {
        out.append(coeff.data(), static_cast<qsizetype>(len - m_scale));
        out.append('.');
        out.append(coeff.data() + (len - m_scale), m_scale);
    } else {
        out.append("0.");
        out.append(QByteArray(static_cast<qsizetype>(m_scale - len), '0'));
        out.append(coeff.data(), static_cast<qsizetype>(len));
    }
    return out;
}

std::optional<Decimal> Decimal::withScale(qint32 newScale) const
{
    if (newScale == m_scale)
        return *this;
    std::string digits = unscaledDigits();
    if (newScale > m_scale) {
        const qint64 extra = static_cast<qint64>(newScale) - m_scale;
        if (extra > 100000)
            return std::nullopt;
        if (digits != "0")
            digits.append(static_cast<size_t>(extra), '0');
    } else {
        const qint64 drop = static_cast<qint64>(m_scale) - newScale;
        if (digits != "0") {
            if (drop >= static_cast<qint64>(digits.size()))
                return std::nullopt;
            for (qint64 k = 0; k < drop; ++k) {
                if (digits[digits.size() - 1 - static_cast<size_t>(k)] != '0')
                    return std::nullopt;
            }
            digits.resize(digits.size() - static_cast<size_t>(drop));
        }
    }
    return fromDigits(isNegative(), digits, newScale);
}

double Decimal::toDouble() const
{
    std::string text = isNegative() ? "-" : "";
    text += unscaledDigits();
    text += 'e';
    text += std::to_string(-static_cast<qint64>(m_scale));
    return std::strtod(text.c_str(), nullptr);
}

std::optional<qint64> Decimal::unscaledInt64() const
{
    if (m_unscaled.size() > 8)
        return std::nullopt;
    quint64 v = isNegative() ? ~quint64(0) : 0;
    for (char c : m_unscaled)
        v = (v << 8) | static_cast<quint8>(c);
    return static_cast<qint64>(v);
}

qint64 Decimal::truncatedInt64() const
{
    std::string digits = unscaledDigits();
    if (m_scale > 0) {
        if (static_cast<qint64>(digits.size()) <= m_scale)
            return 0;
        digits.resize(digits.size() - static_cast<size_t>(m_scale));
    } else if (m_scale < 0) {
        // Appending more than 64 zeros only leaves zero low bits.
        digits.append(static_cast<size_t>(std::min<qint64>(-static_cast<qint64>(m_scale), 80)), '0');
    }
    quint64 v = 0;
    for (char c : digits)
        v = v * 10 + static_cast<quint64>(c - '0'); // wraps: low 64 bits, like BigInteger.longValue()
    if (isNegative())
        v = ~v + 1;
    return static_cast<qint64>(v);
}

int Decimal::compare(const Decimal &other) const
{
    const int sa = signum();
    const int sb = other.signum();
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    const qint32 scale = std::max(m_scale, other.m_scale);
    const auto a = withScale(scale);
    const auto b = other.withScale(scale);
    if (!a || !b)
        return toDouble() < other.toDouble() ? -1 : (toDouble() > other.toDouble() ? 1 : 0);
    const std::string da = a->unscaledDigits();
    const std::string db = b->unscaledDigits();
    int magnitude = 0;
    if (da.size() != db.size())
        magnitude = da.size() < db.size() ? -1 : 1;
    else
        magnitude = da < db ? -1 : (da > db ? 1 : 0);
    return sa < 0 ? -magnitude : magnitude;
}

} // namespace cs::data
