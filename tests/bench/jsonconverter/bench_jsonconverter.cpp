// JsonConverter throughput on ORDER_TABLE-shaped rows (struct {ID int64 required, MESSAGE string
// optional}), with schemas.enable true and false. Items = rows; Google Benchmark prints items_per_second.
// Goal: >= 1,000,000 rows/s per core for serialisation (fromConnectData).
#include <benchmark/benchmark.h>
#include <vector>

#include "converters/jsonconverter.h"
#include "data/schemabuilder.h"

using namespace cs::data;
using cs::converters::JsonConverter;

namespace {

constexpr int kPool = 1024;

Schema orderSchema()
{
    return SchemaBuilder::structure()
        .name(QStringLiteral("ORDER_TABLE"))
        .field(QStringLiteral("ID"), Schema::int64())
        .field(QStringLiteral("MESSAGE"), Schema::optionalString())
        .build();
}

// Messages like the lab's ("1st OrderPlaced.", ...), made once; rows share them (implicit sharing),
// as a JDBC reader hands over the bytes it read.
std::vector<QByteArray> messages()
{
    std::vector<QByteArray> out;
    out.reserve(kPool);
    for (int i = 0; i < kPool; ++i)
        out.push_back(QByteArray::number(i + 1) + "th OrderPlaced.");
    return out;
}

void configure(JsonConverter &c, bool schemas)
{
    (void)c.configure(
        { { QStringLiteral("schemas.enable"), schemas ? QStringLiteral("true") : QStringLiteral("false") } },
        false);
}

// Builds the row (Struct) and serialises it: what a source task does per record.
void BM_Serialize(benchmark::State &state)
{
    JsonConverter c;
    configure(c, state.range(0) != 0);
    const Schema schema = orderSchema();
    const std::vector<QByteArray> msgs = messages();
    qint64 id = 0;
    size_t bytes = 0;
    for (auto _ : state) {
        Struct row(schema);
        row.set(0, Value(id));
        row.set(1, Value::string(msgs[static_cast<size_t>(id % kPool)]));
        ++id;
        Result<QByteArray> out = c.fromConnectData(u"orders", schema, Value(std::move(row)));
        bytes += static_cast<size_t>(out->size());
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Serialize)->ArgName("schemas")->Arg(1)->Arg(0);

// Serialises prebuilt rows into one reused buffer (appendConnectData): the converter alone.
void BM_SerializeAppend(benchmark::State &state)
{
    JsonConverter c;
    configure(c, state.range(0) != 0);
    const Schema schema = orderSchema();
    const std::vector<QByteArray> msgs = messages();
    std::vector<Value> rows;
    for (int i = 0; i < kPool; ++i) {
        Struct row(schema);
        row.set(0, Value(qint64(i)));
        row.set(1, Value::string(msgs[static_cast<size_t>(i)]));
        rows.emplace_back(std::move(row));
    }
    QByteArray buffer;
    buffer.reserve(512);
    size_t i = 0;
    bool tombstone = false;
    for (auto _ : state) {
        buffer.resize(0);
        (void)c.appendConnectData(schema, rows[i++ % kPool], buffer, &tombstone);
        benchmark::DoNotOptimize(buffer.constData());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SerializeAppend)->ArgName("schemas")->Arg(1)->Arg(0);

// Parses record bytes back into a schema and a Struct: what a sink task does per record.
void BM_Parse(benchmark::State &state)
{
    JsonConverter c;
    configure(c, state.range(0) != 0);
    const Schema schema = orderSchema();
    const std::vector<QByteArray> msgs = messages();
    std::vector<QByteArray> records;
    for (int i = 0; i < kPool; ++i) {
        Struct row(schema);
        row.set(0, Value(qint64(i)));
        row.set(1, Value::string(msgs[static_cast<size_t>(i)]));
        records.push_back(*c.fromConnectData(u"orders", schema, Value(std::move(row))));
    }
    size_t i = 0;
    size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray &record = records[i++ % kPool];
        Result<SchemaAndValue> r = c.toConnectData(u"orders", record);
        bytes += static_cast<size_t>(record.size());
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Parse)->ArgName("schemas")->Arg(1)->Arg(0);

} // namespace

BENCHMARK_MAIN();
