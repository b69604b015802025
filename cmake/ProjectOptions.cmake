# One INTERFACE target carries the language level, warnings and strict Qt macros for every target
# of the project (qBittorrent's idea): link it instead of repeating flags.
add_library(cs_options INTERFACE)
add_library(ConnectStudio::options ALIAS cs_options)
target_compile_features(cs_options INTERFACE cxx_std_20)
target_compile_options(cs_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
target_compile_definitions(cs_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CS_VERSION="${PROJECT_VERSION}")
