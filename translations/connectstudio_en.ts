<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::cli</name>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="386"/>
        <source>Usage: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</source>
        <translation>Usage: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="399"/>
        <source>Only --list is supported: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</source>
        <translation>Only --list is supported: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="444"/>
        <source>Usage: connect-studio-cli &lt;command&gt; [options]
Commands:
  topics --list --bootstrap-server &lt;host:port&gt;     list topics (like kafka-topics.sh --list)
  console-consumer --bootstrap-server &lt;host:port&gt; --topic &lt;topic&gt; [...]
                                                  read a topic (like kafka-console-consumer.sh)
Run a command with --help for its options.</source>
        <translation>Usage: connect-studio-cli &lt;command&gt; [options]
Commands:
  topics --list --bootstrap-server &lt;host:port&gt;     list topics (like kafka-topics.sh --list)
  console-consumer --bootstrap-server &lt;host:port&gt; --topic &lt;topic&gt; [...]
                                                  read a topic (like kafka-console-consumer.sh)
Run a command with --help for its options.</translation>
    </message>
</context>
<context>
    <name>cs::cli::ConsoleConsumer</name>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="339"/>
        <source>Error processing message, terminating consumer process: </source>
        <translation>Error processing message, terminating consumer process: </translation>
    </message>
</context>
<context>
    <name>cs::cli::ConsoleConsumerOptions</name>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="89"/>
        <source>This tool helps to read data from Kafka topics and outputs it to standard output.
Option                      Description
------                      -----------
--bootstrap-server &lt;host:port&gt;  REQUIRED: The server(s) to connect to.
--topic &lt;topic&gt;             The topic to consume on.
--from-beginning            Start with the earliest message present in the log rather than the
                              latest message.
--partition &lt;Integer&gt;       The partition to consume from. Consumption starts from the end of
                              the partition unless &apos;--offset&apos; is specified.
--offset &lt;earliest|latest|n&gt;  The offset to consume from (a non-negative number, or &apos;earliest&apos;
                              or &apos;latest&apos;). Default: latest
--group &lt;group&gt;             The consumer group id of the consumer.
--max-messages &lt;Integer&gt;    The maximum number of messages to consume before exiting.
--timeout-ms &lt;Integer&gt;      Exit if no message is available for consumption for this long.
--property &lt;prop&gt;           Properties of the message formatter: print.timestamp=true|false,
                              print.key, print.offset, print.partition, print.headers,
                              print.value, key.separator=&lt;sep&gt;, line.separator=&lt;sep&gt;,
                              headers.separator=&lt;sep&gt;, headers.key.separator=&lt;sep&gt;,
                              null.literal=&lt;text&gt;
--help                      Print usage information.
Unlike kafka-console-consumer, reading stops with an error instead of skipping offsets the broker
no longer holds.</source>
        <translation>This tool helps to read data from Kafka topics and outputs it to standard output.
Option                      Description
------                      -----------
--bootstrap-server &lt;host:port&gt;  REQUIRED: The server(s) to connect to.
--topic &lt;topic&gt;             The topic to consume on.
--from-beginning            Start with the earliest message present in the log rather than the
                              latest message.
--partition &lt;Integer&gt;       The partition to consume from. Consumption starts from the end of
                              the partition unless '--offset' is specified.
--offset &lt;earliest|latest|n&gt;  The offset to consume from (a non-negative number, or 'earliest'
                              or 'latest'). Default: latest
--group &lt;group&gt;             The consumer group id of the consumer.
--max-messages &lt;Integer&gt;    The maximum number of messages to consume before exiting.
--timeout-ms &lt;Integer&gt;      Exit if no message is available for consumption for this long.
--property &lt;prop&gt;           Properties of the message formatter: print.timestamp=true|false,
                              print.key, print.offset, print.partition, print.headers,
                              print.value, key.separator=&lt;sep&gt;, line.separator=&lt;sep&gt;,
                              headers.separator=&lt;sep&gt;, headers.key.separator=&lt;sep&gt;,
                              null.literal=&lt;text&gt;
--help                      Print usage information.
Unlike kafka-console-consumer, reading stops with an error instead of skipping offsets the broker
no longer holds.</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="205"/>
        <source>--include/--whitelist is not supported; use --topic.</source>
        <translation>--include/--whitelist is not supported; use --topic.</translation>
    </message>
</context>
<context>
    <name>cs::cli::MessageFormatter</name>
    <message>
        <location filename="../core/cli/messageformatter.cpp" line="60"/>
        <source>Unknown formatter property %1.</source>
        <translation>Unknown formatter property %1.</translation>
    </message>
</context>
<context>
    <name>cs::config::Properties</name>
    <message>
        <location filename="../core/config/properties.cpp" line="319"/>
        <source>malformed \uXXXX escape</source>
        <translation>malformed \uXXXX escape</translation>
    </message>
    <message>
        <location filename="../core/config/properties.cpp" line="332"/>
        <location filename="../core/config/properties.cpp" line="338"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../core/config/properties.cpp" line="388"/>
        <location filename="../core/config/properties.cpp" line="394"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::config::PropertiesError</name>
    <message>
        <location filename="../core/config/properties.cpp" line="180"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::config::WorkerConfig</name>
    <message>
        <location filename="../core/config/workerconfig.cpp" line="318"/>
        <source>Listener port out of range (0-65535): %1</source>
        <translation>Listener port out of range (0-65535): %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::DatabaseDialect</name>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="101"/>
        <location filename="../core/jdbc/databasedialect.cpp" line="262"/>
        <source>Could not list the tables of the database: %1</source>
        <translation>Could not list the tables of the database: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="288"/>
        <source>Could not read the definition of table %1: %2</source>
        <translation>Could not read the definition of table %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="305"/>
        <source>Could not read the columns of table %1: %2</source>
        <translation>Could not read the columns of table %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="337"/>
        <source>Could not read the primary key of table %1: %2</source>
        <translation>Could not read the primary key of table %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::H2Dialect</name>
    <message>
        <location filename="../core/jdbc/h2dialect.cpp" line="144"/>
        <source>Could not prepare the H2 connection (CREATE ALIAS CONNECT_STUDIO_HEX_TO_BYTES): %1</source>
        <translation>Could not prepare the H2 connection (CREATE ALIAS CONNECT_STUDIO_HEX_TO_BYTES): %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::JdbcUrl</name>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="166"/>
        <source>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</source>
        <translation>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="172"/>
        <source>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</source>
        <translation>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="222"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="275"/>
        <source>The host and port &quot;%1&quot; in this URL cannot be read.</source>
        <translation>The host and port "%1" in this URL cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="258"/>
        <source>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</source>
        <translation>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="271"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="287"/>
        <source>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</source>
        <translation>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="307"/>
        <source>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</source>
        <translation>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="310"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="335"/>
        <source>Could not open the SQLite database %1 (%2): %3</source>
        <translation>Could not open the SQLite database %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="339"/>
        <source>Could not connect to H2&apos;s PostgreSQL-protocol server at %1 for %2: %3</source>
        <translation>Could not connect to H2's PostgreSQL-protocol server at %1 for %2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="341"/>
        <source>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</source>
        <translation>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="346"/>
        <source>Could not connect to %1 at %2 for %3: %4</source>
        <translation>Could not connect to %1 at %2 for %3: %4</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::SqliteDialect</name>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="31"/>
        <source>Could not list the tables of the database: %1</source>
        <translation>Could not list the tables of the database: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="51"/>
        <source>Could not read the definition of table %1: %2</source>
        <translation>Could not read the definition of table %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="62"/>
        <source>Could not read the columns of table %1: %2</source>
        <translation>Could not read the columns of table %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="72"/>
        <source>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</source>
        <translation>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Admin</name>
    <message>
        <location filename="../core/kafka/admin.cpp" line="76"/>
        <source>Cannot create a Kafka admin client: %1</source>
        <translation>Cannot create a Kafka admin client: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="138"/>
        <source>Cannot list the topics of %1: %2</source>
        <translation>Cannot list the topics of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="189"/>
        <source>Topic %1 does not exist.</source>
        <translation>Topic %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="203"/>
        <source>Cannot read the offsets of %1 [partition %2]: %3</source>
        <translation>Cannot read the offsets of %1 [partition %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="226"/>
        <source>Topic %1 already exists.</source>
        <translation>Topic %1 already exists.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="242"/>
        <source>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</source>
        <translation>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="248"/>
        <source>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</source>
        <translation>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="267"/>
        <location filename="../core/kafka/admin.cpp" line="289"/>
        <location filename="../core/kafka/admin.cpp" line="326"/>
        <source>Cannot create topic %1: %2</source>
        <translation>Cannot create topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="272"/>
        <source>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</source>
        <translation>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="306"/>
        <source>Kafka at %1 did not answer the topic creation within %2 ms.</source>
        <translation>Kafka at %1 did not answer the topic creation within %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="313"/>
        <source>Cannot create topics: %1</source>
        <translation>Cannot create topics: %1</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Consumer</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="323"/>
        <source>Cannot read the partitions of %1 from %2: %3</source>
        <translation>Cannot read the partitions of %1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="340"/>
        <source>Topic %1 does not exist on %2 (%3).</source>
        <translation>Topic %1 does not exist on %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="350"/>
        <source>Topic %1 has no partition %2 (it has %3).</source>
        <translation>Topic %1 has no partition %2 (it has %3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="389"/>
        <source>Cannot look up offsets by timestamp in %1: %2</source>
        <translation>Cannot look up offsets by timestamp in %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="412"/>
        <source>Cannot assign partitions of %1: %2</source>
        <translation>Cannot assign partitions of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="475"/>
        <source>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</source>
        <translation>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="490"/>
        <source>%1 [partition %2]: %3</source>
        <translation>%1 [partition %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="499"/>
        <source>The Kafka consumer failed: %1</source>
        <translation>The Kafka consumer failed: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="538"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Cannot create a Kafka consumer: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="571"/>
        <source>Cannot subscribe to %1: %2</source>
        <translation>Cannot subscribe to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="768"/>
        <source>Cannot commit offsets: the consumer is not running.</source>
        <translation>Cannot commit offsets: the consumer is not running.</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="795"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>Cannot commit offsets of group %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="807"/>
        <source>The consumer is not running.</source>
        <translation>The consumer is not running.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::EmbeddedBroker</name>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="47"/>
        <source>Cannot create topic %1: %2</source>
        <translation>Cannot create topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="120"/>
        <source>Cannot start the embedded Kafka broker: %1</source>
        <translation>Cannot start the embedded Kafka broker: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="126"/>
        <source>Cannot start the embedded Kafka broker: librdkafka could not create its mock cluster.</source>
        <translation>Cannot start the embedded Kafka broker: librdkafka could not create its mock cluster.</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="133"/>
        <source>Cannot start the embedded Kafka broker: unexpected listener address %1.</source>
        <translation>Cannot start the embedded Kafka broker: unexpected listener address %1.</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="232"/>
        <source>Cannot create topic %1: the embedded Kafka broker is not running.</source>
        <translation>Cannot create topic %1: the embedded Kafka broker is not running.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Producer</name>
    <message>
        <location filename="../core/kafka/producer.cpp" line="116"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Cannot create a Kafka producer: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="149"/>
        <source>The Kafka producer is not open.</source>
        <translation>The Kafka producer is not open.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="189"/>
        <source>Cannot produce to %1: %2</source>
        <translation>Cannot produce to %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka::TcpForwarder</name>
    <message>
        <location filename="../core/kafka/tcpforwarder.cpp" line="180"/>
        <source>Cannot create a socket: %1</source>
        <translation>Cannot create a socket: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/tcpforwarder.cpp" line="190"/>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka::detail</name>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="45"/>
        <source>Invalid Kafka client setting %1=%2: %3</source>
        <translation>Invalid Kafka client setting %1=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="59"/>
        <source>No Kafka bootstrap servers given.</source>
        <translation>No Kafka bootstrap servers given.</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="114"/>
        <source>Kafka at %1 did not answer within %2 ms: %3</source>
        <translation>Kafka at %1 did not answer within %2 ms: %3</translation>
    </message>
</context>
<context>
    <name>cs::net</name>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="78"/>
        <source>an unknown process</source>
        <translation>an unknown process</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="79"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerPanel</name>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="124"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="124"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="127"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="129"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="133"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="160"/>
        <source>Kafka broker</source>
        <translation>Kafka broker</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="162"/>
        <source>An in-process Kafka cluster for the lab (librdkafka&apos;s mock broker). Topics live in memory; each partition keeps about its last 5 MiB.</source>
        <translation>An in-process Kafka cluster for the lab (librdkafka's mock broker). Topics live in memory; each partition keeps about its last 5 MiB.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="164"/>
        <source>Bootstrap servers</source>
        <translation>Bootstrap servers</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="165"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="166"/>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="167"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="168"/>
        <source>Copy the bootstrap address to the clipboard</source>
        <translation>Copy the bootstrap address to the clipboard</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="169"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="170"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="187"/>
        <source>%1, the lab&apos;s usual port</source>
        <translation>%1, the lab's usual port</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="189"/>
        <source>%1: port %2 was already in use, so the broker took a free port. Clients must use the address above.</source>
        <translation>%1: port %2 was already in use, so the broker took a free port. Clients must use the address above.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="195"/>
        <source>Listens on %1 when it is free, otherwise on a free port shown here.</source>
        <translation>Listens on %1 when it is free, otherwise on a free port shown here.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="205"/>
        <source>The broker could not start: %1</source>
        <translation>The broker could not start: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerStatusIndicator</name>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="46"/>
        <source>Kafka broker: %1 at %2</source>
        <translation>Kafka broker: %1 at %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="47"/>
        <source>Kafka broker: %1</source>
        <translation>Kafka broker: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPage</name>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="25"/>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="30"/>
        <source>The CDC lab on this machine: start its services here and point your tools at them.</source>
        <translation>The CDC lab on this machine: start its services here and point your tools at them.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="41"/>
        <source>Not in the studio yet: the Connect worker on port 8083 (for now run it with connect-studio-worker --embedded-kafka), the lab&apos;s source and target databases and the Order service (port 8081).</source>
        <translation>Not in the studio yet: the Connect worker on port 8083 (for now run it with connect-studio-worker --embedded-kafka), the lab's source and target databases and the Order service (port 8081).</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="83"/>
        <location filename="../ui/settings/settingsdialog.cpp" line="84"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="87"/>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="88"/>
        <source>The change applies at once and is remembered.</source>
        <translation>The change applies at once and is remembered.</translation>
    </message>
</context>
<context>
    <name>cs::util::Logging</name>
    <message>
        <location filename="../core/util/log.cpp" line="284"/>
        <source>Cannot create the log folder %1.</source>
        <translation>Cannot create the log folder %1.</translation>
    </message>
    <message>
        <location filename="../core/util/log.cpp" line="294"/>
        <source>Cannot open the log file %1: %2</source>
        <translation>Cannot open the log file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/log.cpp" line="408"/>
        <source>%1: unknown log level &quot;%2&quot;</source>
        <translation>%1: unknown log level "%2"</translation>
    </message>
</context>
<context>
    <name>cs::worker</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="56"/>
        <source>Malformed record %1 in an internal topic</source>
        <translation>Malformed record %1 in an internal topic</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalRecords</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="195"/>
        <location filename="../core/worker/internalrecords.cpp" line="261"/>
        <source>no task number</source>
        <translation>no task number</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="211"/>
        <location filename="../core/worker/internalrecords.cpp" line="280"/>
        <source>the value is not a JSON object</source>
        <translation>the value is not a JSON object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="219"/>
        <source>no &quot;properties&quot; object</source>
        <translation>no "properties" object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="237"/>
        <source>unknown target state &quot;%1&quot;</source>
        <translation>unknown target state "%1"</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="267"/>
        <source>no connector name</source>
        <translation>no connector name</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="285"/>
        <source>no &quot;topic&quot; object</source>
        <translation>no "topic" object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="319"/>
        <source>an offset key must be [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}]</source>
        <translation>an offset key must be ["&lt;connector&gt;", {&lt;partition&gt;}]</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalTopics</name>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="77"/>
        <source>Cannot write the internal topics at %1: %2</source>
        <translation>Cannot write the internal topics at %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="138"/>
        <source>Cannot create the internal topics: %1</source>
        <translation>Cannot create the internal topics: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="197"/>
        <source>Cannot read the internal topic %1: %2</source>
        <translation>Cannot read the internal topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="226"/>
        <location filename="../core/worker/internaltopics.cpp" line="232"/>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>Cannot restore %1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="247"/>
        <source>The internal topics are not open.</source>
        <translation>The internal topics are not open.</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="261"/>
        <source>Timed out writing to the internal topic %1 at %2</source>
        <translation>Timed out writing to the internal topic %1 at %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="267"/>
        <location filename="../core/worker/internaltopics.cpp" line="284"/>
        <source>Cannot write to the internal topic %1: %2</source>
        <translation>Cannot write to the internal topic %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::StateJournal</name>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="79"/>
        <location filename="../core/worker/statejournal.cpp" line="259"/>
        <source>Cannot open the worker state file %1: %2</source>
        <translation>Cannot open the worker state file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="84"/>
        <source>%1 is not a Connect Studio worker state file.</source>
        <translation>%1 is not a Connect Studio worker state file.</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="165"/>
        <source>The worker state file is not open.</source>
        <translation>The worker state file is not open.</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="219"/>
        <source>Cannot write the worker state file %1: %2</source>
        <translation>Cannot write the worker state file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="228"/>
        <source>Cannot flush the worker state file %1 to disk: %2</source>
        <translation>Cannot flush the worker state file %1 to disk: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="240"/>
        <location filename="../core/worker/statejournal.cpp" line="253"/>
        <source>Cannot rewrite the worker state file %1: %2</source>
        <translation>Cannot rewrite the worker state file %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::Worker</name>
    <message>
        <location filename="../core/worker/worker.cpp" line="87"/>
        <source>Another worker (pid %1) already serves group.id &apos;%2&apos; on %3. Clustering several workers is Apache Kafka Connect&apos;s job: give this worker its own group.id and storage topics.</source>
        <translation>Another worker (pid %1) already serves group.id '%2' on %3. Clustering several workers is Apache Kafka Connect's job: give this worker its own group.id and storage topics.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="91"/>
        <source>the embedded broker</source>
        <translation>the embedded broker</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="103"/>
        <source>The embedded Kafka broker did not start: %1</source>
        <translation>The embedded Kafka broker did not start: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="110"/>
        <source>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</source>
        <translation>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="146"/>
        <source>Restored %1 record(s) from %2 into the embedded broker.</source>
        <translation>Restored %1 record(s) from %2 into the embedded broker.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="169"/>
        <source>The REST API listens on %1, which other machines can reach. Connect&apos;s REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</source>
        <translation>The REST API listens on %1, which other machines can reach. Connect's REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="188"/>
        <source>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</source>
        <translation>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerHerder</name>
    <message>
        <location filename="../core/worker/workerherder.cpp" line="893"/>
        <source>Altering the consumer-group offsets of sink connectors is not supported by this worker yet.</source>
        <translation>Altering the consumer-group offsets of sink connectors is not supported by this worker yet.</translation>
    </message>
    <message>
        <location filename="../core/worker/workerherder.cpp" line="942"/>
        <source>Resetting the consumer-group offsets of sink connectors is not supported by this worker yet.</source>
        <translation>Resetting the consumer-group offsets of sink connectors is not supported by this worker yet.</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerTask</name>
    <message>
        <location filename="../core/worker/workertask.cpp" line="221"/>
        <location filename="../core/worker/workertask.cpp" line="395"/>
        <source>Failed to create the converters of %1</source>
        <translation>Failed to create the converters of %1</translation>
    </message>
    <message>
        <location filename="../core/worker/workertask.cpp" line="238"/>
        <source>Failed to start the producer of %1</source>
        <translation>Failed to start the producer of %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="38"/>
        <source>Kafka Connect CDC studio with an embedded lab.</source>
        <translation>Kafka Connect CDC studio with an embedded lab.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Start the embedded lab at launch.</source>
        <translation>Start the embedded lab at launch.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="44"/>
        <source>Use this language instead of the saved choice (en or ko).</source>
        <translation>Use this language instead of the saved choice (en or ko).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="52"/>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Unknown language "%1"; use one of: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="57"/>
        <source>The %1 translation is missing; showing English.</source>
        <translation>The %1 translation is missing; showing English.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../app/worker/main.cpp" line="21"/>
        <source>Runs a Kafka Connect worker: the Connect REST API, connectors and tasks, as connect-distributed.sh does.</source>
        <translation>Runs a Kafka Connect worker: the Connect REST API, connectors and tasks, as connect-distributed.sh does.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="27"/>
        <source>Start the embedded Kafka broker (127.0.0.1:&lt;port&gt;, default 9092) in this process and use it instead of bootstrap.servers.</source>
        <translation>Start the embedded Kafka broker (127.0.0.1:&lt;port&gt;, default 9092) in this process and use it instead of bootstrap.servers.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="32"/>
        <source>Also write the log to a timestamped file in this folder.</source>
        <translation>Also write the log to a timestamped file in this folder.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="37"/>
        <source>Where the embedded mode keeps configs and offsets (default: %1).</source>
        <translation>Where the embedded mode keeps configs and offsets (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="43"/>
        <source>The worker&apos;s configuration file.</source>
        <translation>The worker's configuration file.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="67"/>
        <source>Logging to %1</source>
        <translation>Logging to %1</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="88"/>
        <source>REST API: %1
Kafka bootstrap: %2
</source>
        <translation>REST API: %1
Kafka bootstrap: %2
</translation>
    </message>
</context>
</TS>
