#include "data/javanumber.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace cs::data {

namespace {

// Splits to_chars scientific output "d.ddde+XX" into digits and the decimal exponent of the first digit.
int splitScientific(const char *begin, const char *end, char *digits, int *exponent)
{
    int n = 0;
    const char *p = begin;
    for (; p != end && *p != 'e'; ++p) {
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    }
    int exp = 0;
    if (p != end) {
        ++p; // 'e'
        bool negative = false;
        if (*p == '-' || *p == '+') {
            negative = *p == '-';
            ++p;
        }
        for (; p != end; ++p)
            exp = exp * 10 + (*p - '0');
        if (negative)
            exp = -exp;
    }
    // Trailing zeros carry no information (shortest output has none, but the two-digit form may).
    while (n > 1 && digits[n - 1] == '0')
        --n;
    *exponent = exp;
    return n;
}

// Lays out sign, digits d1..dn and exponent (value = d1.d2...dn × 10^exp) the way Java does.
int layout(bool negative, const char *digits, int n, int exp, char *buf)
{
    char *out = buf;
    if (negative)
        *out++ = '-';
    if (exp >= -3 && exp < 7) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; ++i)
                *out++ = i < n ? digits[i] : '0';
            *out++ = '.';
            if (n > exp + 1) {
                for (int i = exp + 1; i < n; ++i)
                    *out++ = digits[i];
            } else {
                *out++ = '0';
            }
        } else {
            *out++ = '0';
            *out++ = '.';
            for (int i = 0; i < -exp - 1; ++i)
                *out++ = '0';
            for (int i = 0; i < n; ++i)
                *out++ = digits[i];
        }
    } else {
        *out++ = digits[0];
        *out++ = '.';
        if (n > 1) {
            for (int i = 1; i < n; ++i)
                *out++ = digits[i];
        } else {
            *out++ = '0';
        }
        *out++ = 'E';
        auto r = std::to_chars(out, out + 8, exp);
        out = r.ptr;
    }
    return static_cast<int>(out - buf);
}

template<typename F> int formatJava(F value, char *buf)
{
    if (std::isnan(value)) {
        std::memcpy(buf, "NaN", 3);
        return 3;
    }
    if (std::isinf(value)) {
        if (value < 0) {
            std::memcpy(buf, "-Infinity", 9);
            return 9;
        }
        std::memcpy(buf, "Infinity", 8);
        return 8;
    }
    const bool negative = std::signbit(value);
    const F magnitude = negative ? -value : value;
    if (magnitude == 0) {
        if (negative) {
            std::memcpy(buf, "-0.0", 4);
            return 4;
        }
        std::memcpy(buf, "0.0", 3);
        return 3;
    }
    char tmp[64];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, magnitude, std::chars_format::scientific);
    char digits[40];
    int exp = 0;
    int n = splitScientific(tmp, r.ptr, digits, &exp);
    if (n == 1) {
        // Java picks the closest decimal of length 1 or 2 when the shortest has one digit.
        char tmp2[64];
        auto r2 = std::to_chars(tmp2, tmp2 + sizeof tmp2, magnitude, std::chars_format::scientific, 1);
        F back = 0;
        std::from_chars(tmp2, r2.ptr, back);
        if (back == magnitude) {
            char digits2[40];
            int exp2 = 0;
            const int n2 = splitScientific(tmp2, r2.ptr, digits2, &exp2);
            if (n2 == 2) {
                std::memcpy(digits, digits2, 2);
                n = 2;
                exp = exp2;
            }
        }
    }
    return layout(negative, digits, n, exp, buf);
}

} // namespace

int formatJavaDouble(double value, char *buf)
{
    return formatJava(value, buf);
}

int formatJavaFloat(float value, char *buf)
{
    return formatJava(value, buf);
}

QByteArray javaDoubleToString(double value)
{
    char buf[kJavaNumberBufferSize];
    return QByteArray(buf, formatJavaDouble(value, buf));
}

QByteArray javaFloatToString(float value)
{
    char buf[kJavaNumberBufferSize];
    return QByteArray(buf, formatJavaFloat(value, buf));
}

} // namespace cs::data
