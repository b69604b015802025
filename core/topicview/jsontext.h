#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace cs::topicview {

// JSON text as it is on the topic: these helpers never re-encode strings or numbers, they only look at
// the bytes (so "1.10", "\u00e9" and Jackson's escapes stay exactly as written). Stateless, reentrant.

// The value indented by `indent` spaces per level ("key": value, one member or element per line,
// empty {} and [] kept compact); nullopt when `json` is not one valid JSON value.
std::optional<QByteArray> prettyJson(QByteArrayView json, int indent = 2);

// True when `json` is one valid JSON value (surrounding whitespace allowed).
bool isJson(QByteArrayView json);

// The members of a top-level JSON object as (raw key text without quotes, raw value text), in
// order; nullopt when `json` is not an object.
std::optional<QList<QPair<QByteArrayView, QByteArrayView>>> objectMembers(QByteArrayView json);

// A copy of `json` where the string value of every object member whose key `isSecret` accepts is
// replaced by "[hidden]" (at any depth). Invalid JSON is returned unchanged.
QByteArray maskJsonSecrets(QByteArrayView json, const std::function<bool(QByteArrayView key)> &isSecret);

} // namespace cs::topicview
