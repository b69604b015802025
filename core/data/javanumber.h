#pragma once

#include <QByteArray>

namespace cs::data {

// Java's Float.toString / Double.toString text (JDK 19+ rules, which Jackson uses for FloatNode and
// DoubleNode): the shortest decimal that rounds back to the value (when that has one digit, the closest
// of one or two digits, so Double.MIN_VALUE is "4.9E-324"); plain notation for 1e-3 <= |x| < 1e7 with at
// least one fraction digit ("1.0", "12.34", "100.0"), otherwise "d.dddE<n>" ("1.0E10", "1.0E-5");
// "NaN", "Infinity", "-Infinity", "-0.0". Pure functions, thread-safe.

// Writes into buf (at least kJavaNumberBufferSize bytes); returns the number of bytes written.
constexpr int kJavaNumberBufferSize = 40;
int formatJavaDouble(double value, char *buf);
int formatJavaFloat(float value, char *buf);

QByteArray javaDoubleToString(double value);
QByteArray javaFloatToString(float value);

} // namespace cs::data
