#pragma once

#include <QString>

namespace cs::connect {

// An error as Kafka Connect's REST layer reports it: the HTTP status it maps to (§1.1: BadRequest
// 400, NotFound 404, AlreadyExists 409, any other ConnectException 500, ...) and the message that
// becomes the body's "message" (a null QString is JSON null). A plain value, thread-safe to copy.
struct ConnectError
{
    int status = 500;
    QString message;

    static ConnectError badRequest(const QString &message) { return { 400, message }; }
    static ConnectError notFound(const QString &message) { return { 404, message }; }
    static ConnectError conflict(const QString &message) { return { 409, message }; }
    static ConnectError internal(const QString &message) { return { 500, message }; }
};

} // namespace cs::connect
