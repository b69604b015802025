#pragma once

#include <QString>

namespace cs {

// The product's name and version as shown to users and reported over REST. Thread-safe (constants).
QString productName();
QString productVersion();

} // namespace cs
