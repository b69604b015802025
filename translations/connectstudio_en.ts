<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="21"/>
        <source>The keychain holds no secret for %1.</source>
        <translation>The keychain holds no secret for %1.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="26"/>
        <source>The keychain refused access to the secret for %1 (is it locked?): %2</source>
        <translation>The keychain refused access to the secret for %1 (is it locked?): %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="47"/>
        <source>No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running on the session bus), so the secret for %1 was not stored or read. Start a keychain and try again; secrets are never written to the settings file. (%2)</source>
        <translation>No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running on the session bus), so the secret for %1 was not stored or read. Start a keychain and try again; secrets are never written to the settings file. (%2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="54"/>
        <source>The keychain failed for %1: %2</source>
        <translation>The keychain failed for %1: %2</translation>
    </message>
</context>
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
    <name>cs::connectclient</name>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="79"/>
        <source>The value of &quot;%1&quot; is null; a connector config value must be a string.</source>
        <translation>The value of &quot;%1&quot; is null; a connector config value must be a string.</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="81"/>
        <source>The value of &quot;%1&quot; is an object or an array; a connector config value must be a string.</source>
        <translation>The value of &quot;%1&quot; is an object or an array; a connector config value must be a string.</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="101"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="136"/>
        <source>Not valid JSON at %1: %2</source>
        <translation>Not valid JSON at %1: %2</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="143"/>
        <source>The JSON text must be an object: {&quot;name&quot;: ..., &quot;config&quot;: {...}} or a flat config map.</source>
        <translation>The JSON text must be an object: {&quot;name&quot;: ..., &quot;config&quot;: {...}} or a flat config map.</translation>
    </message>
</context>
<context>
    <name>cs::connectclient::ConnectClient</name>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="114"/>
        <source>No answer from %1 within %2 s</source>
        <translation>No answer from %1 within %2 s</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="117"/>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="145"/>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation>Unexpected answer (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>cs::connectclient::ConnectorListModel</name>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="14"/>
        <source>no tasks</source>
        <translation>no tasks</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="68"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="70"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="72"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="74"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="76"/>
        <source>Restarting</source>
        <translation>Restarting</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="78"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="80"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="113"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="113"/>
        <source>Sink</source>
        <translation>Sink</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="116"/>
        <source>No status yet</source>
        <translation>No status yet</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="137"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="139"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="141"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="143"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="145"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="147"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>cs::connectclient::RestError</name>
    <message>
        <location filename="../core/connectclient/restentities.cpp" line="192"/>
        <source>HTTP %1, error_code %2: %3</source>
        <translation>HTTP %1, error_code %2: %3</translation>
    </message>
    <message>
        <location filename="../core/connectclient/restentities.cpp" line="196"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
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
    <name>cs::jdbc::JdbcDbWriter</name>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="315"/>
        <source>Unable to connect to the database on attempt %1/%2: %3</source>
        <translation>Unable to connect to the database on attempt %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="360"/>
        <source>Write of %1 records failed. Remaining retries=%2: %3</source>
        <translation>Write of %1 records failed. Remaining retries=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="366"/>
        <source>The task is stopping: gave up retrying after %1 of %2 retries: %3</source>
        <translation>The task is stopping: gave up retrying after %1 of %2 retries: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="446"/>
        <source>Could not read the definition of table %1</source>
        <translation>Could not read the definition of table %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="559"/>
        <source>Creating table with sql: %1</source>
        <translation>Creating table with sql: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="568"/>
        <source>Could not create table %1</source>
        <translation>Could not create table %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="599"/>
        <source>Amending table to add missing fields with sql: %1</source>
        <translation>Amending table to add missing fields with sql: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="860"/>
        <source>The record at %1 does not fit table %2%3: %4</source>
        <translation>The record at %1 does not fit table %2%3: %4</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="862"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, column &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="935"/>
        <source>The record at %1 does not fit table %2, column &quot;%3&quot;: the column is NOT NULL and the record has no value for it</source>
        <translation>The record at %1 does not fit table %2, column &quot;%3&quot;: the column is NOT NULL and the record has no value for it</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="953"/>
        <source>Could not prepare %1</source>
        <translation>Could not prepare %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="959"/>
        <source>Could not begin a transaction</source>
        <translation>Could not begin a transaction</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="978"/>
        <source>Could not commit the transaction: %1</source>
        <translation>Could not commit the transaction: %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::JdbcUrl</name>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="179"/>
        <source>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</source>
        <translation>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="185"/>
        <source>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</source>
        <translation>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="235"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="288"/>
        <source>The host and port &quot;%1&quot; in this URL cannot be read.</source>
        <translation>The host and port &quot;%1&quot; in this URL cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="271"/>
        <source>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</source>
        <translation>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="284"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="300"/>
        <source>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</source>
        <translation>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="320"/>
        <source>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</source>
        <translation>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="323"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="348"/>
        <source>Could not open the SQLite database %1 (%2): %3</source>
        <translation>Could not open the SQLite database %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="352"/>
        <source>Could not connect to H2&apos;s PostgreSQL-protocol server at %1 for %2: %3</source>
        <translation>Could not connect to H2&apos;s PostgreSQL-protocol server at %1 for %2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="354"/>
        <source>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</source>
        <translation>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="359"/>
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
    <name>cs::jdbc::source::JdbcSourceConnector</name>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="171"/>
        <source>Table monitor could not reach the database: %1</source>
        <translation>Table monitor could not reach the database: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="179"/>
        <source>Table monitor could not list the tables: %1</source>
        <translation>Table monitor could not list the tables: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="194"/>
        <source>Tables changed from [%1] to [%2]</source>
        <translation>Tables changed from [%1] to [%2]</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::source::JdbcSourceTask</name>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="46"/>
        <source>Unable to connect to the database on attempt %1/%2: %3</source>
        <translation>Unable to connect to the database on attempt %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="110"/>
        <source>Started JDBC source task for %1 (%2 mode, %3)</source>
        <translation>Started JDBC source task for %1 (%2 mode, %3)</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="160"/>
        <source>Failed to run the query of %1 (attempt %2), retrying at the next poll: %3</source>
        <translation>Failed to run the query of %1 (attempt %2), retrying at the next poll: %3</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::source::TableQuerier</name>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="167"/>
        <source>Table %1 does not exist in the database %2.</source>
        <translation>Table %1 does not exist in the database %2.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="180"/>
        <source>Table %1 has no auto-increment column to use in mode %2: set incrementing.column.name.</source>
        <translation>Table %1 has no auto-increment column to use in mode %2: set incrementing.column.name.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="271"/>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="283"/>
        <source>Could not read the database&apos;s current time: %1</source>
        <translation>Could not read the database&apos;s current time: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="332"/>
        <source>Failed to prepare the query %1: %2</source>
        <translation>Failed to prepare the query %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="375"/>
        <source>Failed to run the query %1: %2</source>
        <translation>Failed to run the query %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="498"/>
        <source>Could not build the record schema.</source>
        <translation>Could not build the record schema.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="555"/>
        <source>Column %1: %2 is not a decimal number</source>
        <translation>Column %1: %2 is not a decimal number</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="569"/>
        <source>Column %1: %2 is not a date</source>
        <translation>Column %1: %2 is not a date</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="581"/>
        <source>Column %1: %2 is not a time</source>
        <translation>Column %1: %2 is not a time</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="587"/>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="597"/>
        <source>Column %1: %2 is not a timestamp</source>
        <translation>Column %1: %2 is not a timestamp</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="640"/>
        <source>Column %1: %2 is not an integer</source>
        <translation>Column %1: %2 is not an integer</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="705"/>
        <source>Incrementing column %1: %2 is not a whole number</source>
        <translation>Incrementing column %1: %2 is not a whole number</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="745"/>
        <source>Failed to read the result of %1: %2</source>
        <translation>Failed to read the result of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="781"/>
        <source>Null or unreadable value in the timestamp columns %1 of %2.</source>
        <translation>Null or unreadable value in the timestamp columns %1 of %2.</translation>
    </message>
</context>
<context>
    <name>cs::kafka</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="75"/>
        <source>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</source>
        <translation>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="124"/>
        <location filename="../core/kafka/mocklogstart.cpp" line="127"/>
        <location filename="../core/kafka/mocklogstart.cpp" line="132"/>
        <source>unexpected answer to a Produce request</source>
        <translation>unexpected answer to a Produce request</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="136"/>
        <source>the broker refused the records (Kafka error %1)</source>
        <translation>the broker refused the records (Kafka error %1)</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="149"/>
        <source>Cannot make %1-%2 of the embedded broker start at offset %3: %4</source>
        <translation>Cannot make %1-%2 of the embedded broker start at offset %3: %4</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="157"/>
        <source>only offsets from 2 to 2^31 can be set</source>
        <translation>only offsets from 2 to 2^31 can be set</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Admin</name>
    <message>
        <location filename="../core/kafka/admin.cpp" line="77"/>
        <source>Cannot create a Kafka admin client: %1</source>
        <translation>Cannot create a Kafka admin client: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="145"/>
        <source>Cannot list the topics of %1: %2</source>
        <translation>Cannot list the topics of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="196"/>
        <source>Topic %1 does not exist.</source>
        <translation>Topic %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="210"/>
        <source>Cannot read the offsets of %1 [partition %2]: %3</source>
        <translation>Cannot read the offsets of %1 [partition %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="233"/>
        <source>Topic %1 already exists.</source>
        <translation>Topic %1 already exists.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="249"/>
        <source>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</source>
        <translation>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="255"/>
        <source>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</source>
        <translation>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="274"/>
        <location filename="../core/kafka/admin.cpp" line="296"/>
        <location filename="../core/kafka/admin.cpp" line="333"/>
        <source>Cannot create topic %1: %2</source>
        <translation>Cannot create topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="279"/>
        <source>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</source>
        <translation>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="313"/>
        <source>Kafka at %1 did not answer the topic creation within %2 ms.</source>
        <translation>Kafka at %1 did not answer the topic creation within %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="320"/>
        <source>Cannot create topics: %1</source>
        <translation>Cannot create topics: %1</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Consumer</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="334"/>
        <source>Cannot read the partitions of %1 from %2: %3</source>
        <translation>Cannot read the partitions of %1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="351"/>
        <source>Topic %1 does not exist on %2 (%3).</source>
        <translation>Topic %1 does not exist on %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="361"/>
        <source>Topic %1 has no partition %2 (it has %3).</source>
        <translation>Topic %1 has no partition %2 (it has %3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="400"/>
        <source>Cannot look up offsets by timestamp in %1: %2</source>
        <translation>Cannot look up offsets by timestamp in %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="423"/>
        <source>Cannot assign partitions of %1: %2</source>
        <translation>Cannot assign partitions of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="491"/>
        <source>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</source>
        <translation>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="506"/>
        <source>%1 [partition %2]: %3</source>
        <translation>%1 [partition %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="515"/>
        <source>The Kafka consumer failed: %1</source>
        <translation>The Kafka consumer failed: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="554"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Cannot create a Kafka consumer: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="599"/>
        <source>Cannot subscribe to %1: %2</source>
        <translation>Cannot subscribe to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="844"/>
        <source>Cannot commit offsets: the consumer is not running.</source>
        <translation>Cannot commit offsets: the consumer is not running.</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="871"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>Cannot commit offsets of group %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="883"/>
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
        <location filename="../core/kafka/producer.cpp" line="138"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Cannot create a Kafka producer: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="192"/>
        <source>The Kafka producer is not open.</source>
        <translation>The Kafka producer is not open.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="197"/>
        <source>This producer reports every message to one handler.</source>
        <translation>This producer reports every message to one handler.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="241"/>
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
        <location filename="../core/kafka/rdkafkaglue.cpp" line="43"/>
        <source>Invalid Kafka client setting %1=%2: %3</source>
        <translation>Invalid Kafka client setting %1=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="57"/>
        <source>No Kafka bootstrap servers given.</source>
        <translation>No Kafka bootstrap servers given.</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="112"/>
        <source>Kafka at %1 did not answer within %2 ms: %3</source>
        <translation>Kafka at %1 did not answer within %2 ms: %3</translation>
    </message>
</context>
<context>
    <name>cs::lab::H2Launcher</name>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="40"/>
        <source>Java is not installed (Debian package default-jre-headless).</source>
        <translation>Java is not installed (Debian package default-jre-headless).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="44"/>
        <source>%1 does not exist (Debian package libh2-java, or choose an h2.jar).</source>
        <translation>%1 does not exist (Debian package libh2-java, or choose an h2.jar).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="48"/>
        <source>The QtSql PostgreSQL driver, through which the studio reaches H2, is not installed (Debian package libqt6sql6-psql).</source>
        <translation>The QtSql PostgreSQL driver, through which the studio reaches H2, is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="76"/>
        <source>Cannot create H2&apos;s folder %1.</source>
        <translation>Cannot create H2&apos;s folder %1.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="83"/>
        <source>Port %1 is already in use by %2. Stop it, or give H2 other ports.</source>
        <translation>Port %1 is already in use by %2. Stop it, or give H2 other ports.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="85"/>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="98"/>
        <source>H2 exited (code %1): %2</source>
        <translation>H2 exited (code %1): %2</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="102"/>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="120"/>
        <source>H2 did not open its ports %1, %2 and %3 within %4 s.</source>
        <translation>H2 did not open its ports %1, %2 and %3 within %4 s.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="161"/>
        <source>H2 runs, but its database could not be opened over TCP: %1</source>
        <translation>H2 runs, but its database could not be opened over TCP: %1</translation>
    </message>
</context>
<context>
    <name>cs::lab::LabDatabases</name>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="48"/>
        <source>Cannot create the lab&apos;s folder %1.</source>
        <translation>Cannot create the lab&apos;s folder %1.</translation>
    </message>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="67"/>
        <source>Cannot create ORDER_TABLE in %1: %2</source>
        <translation>Cannot create ORDER_TABLE in %1: %2</translation>
    </message>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="80"/>
        <source>Cannot create the target database %1.</source>
        <translation>Cannot create the target database %1.</translation>
    </message>
</context>
<context>
    <name>cs::net</name>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="86"/>
        <source>an unknown process</source>
        <translation>an unknown process</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="87"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>cs::net::ListeningSocketsModel</name>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="105"/>
        <source>Proto</source>
        <translation>Proto</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="107"/>
        <source>Local address</source>
        <translation>Local address</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="109"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="111"/>
        <source>PID/Program name</source>
        <translation>PID/Program name</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="113"/>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
</context>
<context>
    <name>cs::net::Prober</name>
    <message>
        <location filename="../core/net/probes.cpp" line="55"/>
        <source>Order service</source>
        <translation>Order service</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="56"/>
        <source>Kafka Connect worker (REST)</source>
        <translation>Kafka Connect worker (REST)</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="58"/>
        <source>Second Connect worker / extra service</source>
        <translation>Second Connect worker / extra service</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="60"/>
        <source>H2 web console</source>
        <translation>H2 web console</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="61"/>
        <source>H2 TCP server</source>
        <translation>H2 TCP server</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="62"/>
        <source>H2 PostgreSQL server</source>
        <translation>H2 PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="63"/>
        <source>Kafka broker</source>
        <translation>Kafka broker</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="112"/>
        <source>Accepts connections</source>
        <translation>Accepts connections</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="115"/>
        <location filename="../core/net/probes.cpp" line="154"/>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="123"/>
        <source>No answer within %1 ms</source>
        <translation>No answer within %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="154"/>
        <source>No HTTP answer</source>
        <translation>No HTTP answer</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="169"/>
        <source>Kafka Connect %1 (no Kafka cluster id reported)</source>
        <translation>Kafka Connect %1 (no Kafka cluster id reported)</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="170"/>
        <source>Kafka Connect %1, Kafka cluster %2</source>
        <translation>Kafka Connect %1, Kafka cluster %2</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="175"/>
        <source>HTTP %1 from GET %2, not a Kafka Connect answer</source>
        <translation>HTTP %1 from GET %2, not a Kafka Connect answer</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="183"/>
        <source>GET /orders: %n order(s)</source>
        <translation>
            <numerusform>GET /orders: %n order</numerusform>
            <numerusform>GET /orders: %n orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="186"/>
        <source>HTTP %1 from GET /orders, not a JSON list</source>
        <translation>HTTP %1 from GET /orders, not a JSON list</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="193"/>
        <source>HTTP %1 from GET %2</source>
        <translation>HTTP %1 from GET %2</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="218"/>
        <source>Accepts connections but does not answer as Kafka</source>
        <translation>Accepts connections but does not answer as Kafka</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="223"/>
        <source>Kafka metadata: %n topic(s), embedded broker</source>
        <translation>
            <numerusform>Kafka metadata: %n topic, embedded broker</numerusform>
            <numerusform>Kafka metadata: %n topics, embedded broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="224"/>
        <source>Kafka metadata: %n topic(s)</source>
        <translation>
            <numerusform>Kafka metadata: %n topic</numerusform>
            <numerusform>Kafka metadata: %n topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="232"/>
        <source>Kafka metadata request failed</source>
        <translation>Kafka metadata request failed</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::RowTrace</name>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="188"/>
        <source>The table %1 does not exist.</source>
        <translation>The table %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="204"/>
        <source>The table %1 has no column %2.</source>
        <translation>The table %1 has no column %2.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="248"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="302"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="370"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="251"/>
        <source>No target table was given.</source>
        <translation>No target table was given.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="256"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="262"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="279"/>
        <source>record key</source>
        <translation>record key</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="287"/>
        <source>payload fields</source>
        <translation>payload fields</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="307"/>
        <source>The source table %1 has no primary key: name the key columns to trace by.</source>
        <translation>The source table %1 has no primary key: name the key columns to trace by.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="312"/>
        <source>%n key value(s) expected.</source>
        <translation>
            <numerusform>%n key value expected.</numerusform>
            <numerusform>%n key values expected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="343"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="417"/>
        <source>Reading topic %1: %2</source>
        <translation>Reading topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="349"/>
        <source>Stopped reading %1 after %2 s (%3 records read).</source>
        <translation>Stopped reading %1 after %2 s (%3 records read).</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="373"/>
        <source>No key columns: the source table has no primary key and none were named.</source>
        <translation>No key columns: the source table has no primary key and none were named.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="381"/>
        <source>The record at partition %1, offset %2 carries no %3 in its key or payload.</source>
        <translation>The record at partition %1, offset %2 carries no %3 in its key or payload.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="424"/>
        <source>Topic %1 has no record at partition %2, offset %3.</source>
        <translation>Topic %1 has no record at partition %2, offset %3.</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::SchemaModel</name>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="310"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="310"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="312"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="329"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="329"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="348"/>
        <source>primary key</source>
        <translation>primary key</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="360"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="362"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="364"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::SqlRunner</name>
    <message>
        <location filename="../core/sqlbrowse/sqlrunner.cpp" line="175"/>
        <source>Cancelled (%1)</source>
        <translation>Cancelled (%1)</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/sqlrunner.cpp" line="200"/>
        <source>Cancelled: the database did not stop the statement, so its result is abandoned and the next run uses a new connection.</source>
        <translation>Cancelled: the database did not stop the statement, so its result is abandoned and the next run uses a new connection.</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::TableCompare</name>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="89"/>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="96"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="92"/>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="101"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="98"/>
        <source>The source table %1 does not exist.</source>
        <translation>The source table %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="103"/>
        <source>The target table %1 does not exist.</source>
        <translation>The target table %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="108"/>
        <source>The source table %1 has no primary key: name the key columns to compare by.</source>
        <translation>The source table %1 has no primary key: name the key columns to compare by.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="115"/>
        <source>The source table %1 has no column %2.</source>
        <translation>The source table %1 has no column %2.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="117"/>
        <source>The target table %1 has no column %2.</source>
        <translation>The target table %1 has no column %2.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="150"/>
        <source>Could not read the target table %1: %2</source>
        <translation>Could not read the target table %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="170"/>
        <source>Could not read the source table %1: %2</source>
        <translation>Could not read the source table %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::TableModel</name>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="320"/>
        <source>The table %1 does not exist.</source>
        <translation>The table %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="337"/>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="395"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="570"/>
        <source>Could not read rows %1–%2: %3</source>
        <translation>Could not read rows %1–%2: %3</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="637"/>
        <source>Could not refresh %1: %2</source>
        <translation>Could not refresh %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="784"/>
        <source>%1 (primary key)</source>
        <translation>%1 (primary key)</translation>
    </message>
</context>
<context>
    <name>cs::topicview::CommandLines</name>
    <message>
        <location filename="../core/topicview/commandlines.cpp" line="28"/>
        <source>%1 takes --offset only with --partition: this line starts at the beginning of every partition.</source>
        <translation>%1 takes --offset only with --partition: this line starts at the beginning of every partition.</translation>
    </message>
    <message>
        <location filename="../core/topicview/commandlines.cpp" line="36"/>
        <source>%1 cannot start at a timestamp: this line starts at the beginning; kcat can (-o s@&lt;ms&gt;).</source>
        <translation>%1 cannot start at a timestamp: this line starts at the beginning; kcat can (-o s@&lt;ms&gt;).</translation>
    </message>
</context>
<context>
    <name>cs::topicview::InternalRecordDecoder</name>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="98"/>
        <source>Connector %1 deleted (tombstone of its config)</source>
        <translation>Connector %1 deleted (tombstone of its config)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="101"/>
        <source>Connector config of %1: %2, %n setting(s)</source>
        <translation>
            <numerusform>Connector config of %1: %2, %n setting</numerusform>
            <numerusform>Connector config of %1: %2, %n settings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="108"/>
        <source>Task config %1-%2 removed (tombstone)</source>
        <translation>Task config %1-%2 removed (tombstone)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="111"/>
        <source>Task config of task %2 of %1, %n setting(s) (applies once commit-%1 follows)</source>
        <translation>
            <numerusform>Task config of task %2 of %1, %n setting (applies once commit-%1 follows)</numerusform>
            <numerusform>Task config of task %2 of %1, %n settings (applies once commit-%1 follows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="120"/>
        <source>Target state of %1 removed (the connector was deleted)</source>
        <translation>Target state of %1 removed (the connector was deleted)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="123"/>
        <source>Target state of %1: %2</source>
        <translation>Target state of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="127"/>
        <source>Commit record of %1 removed (tombstone)</source>
        <translation>Commit record of %1 removed (tombstone)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="130"/>
        <source>Commit of %1: its last %n task config(s) apply</source>
        <translation>
            <numerusform>Commit of %1: its last %n task config applies</numerusform>
            <numerusform>Commit of %1: its last %n task configs apply</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="135"/>
        <source>Session key (signs requests between the workers of the cluster)</source>
        <translation>Session key (signs requests between the workers of the cluster)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="137"/>
        <source>Restart request for connector %1</source>
        <translation>Restart request for connector %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="139"/>
        <source>Task fencing record of %1 (exactly-once source)</source>
        <translation>Task fencing record of %1 (exactly-once source)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="141"/>
        <source>Cluster-wide log level of %1</source>
        <translation>Cluster-wide log level of %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="143"/>
        <source>Record %1 (not used by a single worker)</source>
        <translation>Record %1 (not used by a single worker)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="155"/>
        <source>Offset record without a key</source>
        <translation>Offset record without a key</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="168"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="170"/>
        <source>its query</source>
        <translation>its query</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="172"/>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="175"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="176"/>
        <source>Source partition</source>
        <translation>Source partition</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="178"/>
        <source>Source offset of %1 for %2 reset (tombstone)</source>
        <translation>Source offset of %1 for %2 reset (tombstone)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="184"/>
        <source>Source offset of %1 for %2 is not JSON: %3</source>
        <translation>Source offset of %1 for %2 is not JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="188"/>
        <source>Source offset of %1 for %2: %3</source>
        <translation>Source offset of %1 for %2: %3</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="189"/>
        <source>Source offset</source>
        <translation>Source offset</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="210"/>
        <source>Connector %1</source>
        <translation>Connector %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="213"/>
        <source>Task %2 of %1</source>
        <translation>Task %2 of %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="217"/>
        <source>Connector %1 no longer tracks topic %2 (tombstone)</source>
        <translation>Connector %1 no longer tracks topic %2 (tombstone)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="219"/>
        <source>Connector %1 uses topic %2 (task %3, since %4)</source>
        <translation>Connector %1 uses topic %2 (task %3, since %4)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="226"/>
        <source>Record %1 (unknown to Kafka Connect)</source>
        <translation>Record %1 (unknown to Kafka Connect)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="230"/>
        <source>%1 was removed (DESTROYED, tombstone)</source>
        <translation>%1 was removed (DESTROYED, tombstone)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="233"/>
        <source>%1 is %2 on worker %3 (generation %4)</source>
        <translation>%1 is %2 on worker %3 (generation %4)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="234"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="235"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="236"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="239"/>
        <source>with a trace: %1</source>
        <translation>with a trace: %1</translation>
    </message>
</context>
<context>
    <name>cs::topicview::MessageExport</name>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="157"/>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="179"/>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Cannot open %1 for writing: %2</translation>
    </message>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="186"/>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::topicview::MessageModel</name>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="347"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="349"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="351"/>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="353"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="355"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="357"/>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="359"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>cs::topicview::TopicListModel</name>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="254"/>
        <source>Kafka Connect&apos;s config topic: connector and task configs, target states</source>
        <translation>Kafka Connect&apos;s config topic: connector and task configs, target states</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="257"/>
        <source>Kafka Connect&apos;s offset topic: how far each source connector has read</source>
        <translation>Kafka Connect&apos;s offset topic: how far each source connector has read</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="260"/>
        <source>Kafka Connect&apos;s status topic: states of connectors and tasks</source>
        <translation>Kafka Connect&apos;s status topic: states of connectors and tasks</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="263"/>
        <source>Kafka&apos;s own internal topic</source>
        <translation>Kafka&apos;s own internal topic</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="269"/>
        <source>Partition %1: offsets %2 to %3 (%4 records)</source>
        <translation>Partition %1: offsets %2 to %3 (%4 records)</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="300"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="302"/>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="304"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="306"/>
        <source>Offsets</source>
        <translation>Offsets</translation>
    </message>
</context>
<context>
    <name>cs::topicview::ValueDecoder</name>
    <message>
        <location filename="../core/topicview/valuedecoder.cpp" line="122"/>
        <source>no schema (null)</source>
        <translation>no schema (null)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/valuedecoder.cpp" line="131"/>
        <source>struct %1, %n field(s)</source>
        <translation>
            <numerusform>struct %1, %n field</numerusform>
            <numerusform>struct %1, %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/valuedecoder.cpp" line="132"/>
        <source>struct, %n field(s)</source>
        <translation>
            <numerusform>struct, %n field</numerusform>
            <numerusform>struct, %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerStatusIndicator</name>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="53"/>
        <source>Kafka broker: %1 at %2</source>
        <translation>Kafka broker: %1 at %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="54"/>
        <source>Kafka broker: %1</source>
        <translation>Kafka broker: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ComparePanel</name>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="97"/>
        <source>Comparing %1 with %2…</source>
        <translation>Comparing %1 with %2…</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="115"/>
        <source>Source %1 rows, target %2 rows. Same: %3 · missing from the target: %4 · extra in the target: %5 · different: %6 (by %7, %8 ms).</source>
        <translation>Source %1 rows, target %2 rows. Same: %3 · missing from the target: %4 · extra in the target: %5 · different: %6 (by %7, %8 ms).</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="123"/>
        <source>Only in the source: %1.</source>
        <translation>Only in the source: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="126"/>
        <source>Only in the target: %1.</source>
        <translation>Only in the target: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="136"/>
        <source>missing in target</source>
        <translation>missing in target</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="140"/>
        <source>extra in target</source>
        <translation>extra in target</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="144"/>
        <source>different</source>
        <translation>different</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="169"/>
        <source>Source table</source>
        <translation>Source table</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="170"/>
        <source>Target table</source>
        <translation>Target table</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="171"/>
        <source>Key columns</source>
        <translation>Key columns</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="172"/>
        <source>the source&apos;s primary key (or e.g. ID, REGION)</source>
        <translation>the source&apos;s primary key (or e.g. ID, REGION)</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="173"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Differing columns</source>
        <translation>Differing columns</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Source values</source>
        <translation>Source values</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Target values</source>
        <translation>Target values</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="178"/>
        <source>Pick the table a source connector reads and the table its sink writes, then Compare.</source>
        <translation>Pick the table a source connector reads and the table its sink writes, then Compare.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConfigField</name>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="102"/>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="104"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="107"/>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="108"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="111"/>
        <source>Importance: %1</source>
        <translation>Importance: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="116"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="118"/>
        <source>default: %1</source>
        <translation>default: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="127"/>
        <source>default (%1)</source>
        <translation>default (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="127"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="34"/>
        <source>Add database</source>
        <translation>Add database</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="35"/>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="39"/>
        <source>H2 (through its PostgreSQL-protocol server)</source>
        <translation>H2 (through its PostgreSQL-protocol server)</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="48"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="56"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="57"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="59"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="60"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="61"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="62"/>
        <source>H2 PG port</source>
        <translation>H2 PG port</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="65"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="67"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="75"/>
        <source>SQLite database</source>
        <translation>SQLite database</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="76"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorDetails</name>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="146"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="147"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="148"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="149"/>
        <source>Stops the connector and removes its tasks; its offsets can then be changed.</source>
        <translation>Stops the connector and removes its tasks; its offsets can then be changed.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="150"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="152"/>
        <source>Restart the connector only</source>
        <translation>Restart the connector only</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="153"/>
        <source>Restart the connector and all its tasks</source>
        <translation>Restart the connector and all its tasks</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="154"/>
        <source>Restart only what failed</source>
        <translation>Restart only what failed</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="155"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="156"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="157"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="158"/>
        <location filename="../ui/connectors/connectordetails.cpp" line="273"/>
        <source>Failure traces</source>
        <translation>Failure traces</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="159"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="161"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="161"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="162"/>
        <source>Select a connector to see its tasks, traces and configuration.</source>
        <translation>Select a connector to see its tasks, traces and configuration.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectordetails.cpp" line="201"/>
        <source>%1 · %n task(s) failed</source>
        <translation>
            <numerusform>%1 · %n task failed</numerusform>
            <numerusform>%1 · %n tasks failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="209"/>
        <source>Source connector</source>
        <translation>Source connector</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="210"/>
        <source>Sink connector</source>
        <translation>Sink connector</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="211"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="214"/>
        <source>%1 · %2 · on worker %3</source>
        <translation>%1 · %2 · on worker %3</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="250"/>
        <source>Restart task</source>
        <translation>Restart task</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="265"/>
        <source>Connector %1 (%2):</source>
        <translation>Connector %1 (%2):</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="268"/>
        <source>Task %1 (%2):</source>
        <translation>Task %1 (%2):</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="269"/>
        <source>No failures.</source>
        <translation>No failures.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="273"/>
        <source>Failure traces (%1)</source>
        <translation>Failure traces (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="323"/>
        <source>Pause of %1 requested.</source>
        <translation>Pause of %1 requested.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="328"/>
        <source>Resume of %1 requested.</source>
        <translation>Resume of %1 requested.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="333"/>
        <source>%1 stopped.</source>
        <translation>%1 stopped.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="342"/>
        <source>Restart of %1 requested.</source>
        <translation>Restart of %1 requested.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectordetails.cpp" line="348"/>
        <source>Restarting: connector %1, %n task(s).</source>
        <translation>
            <numerusform>Restarting: connector %1, %n task.</numerusform>
            <numerusform>Restarting: connector %1, %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="349"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="349"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="358"/>
        <source>%1 deleted.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="373"/>
        <source>Restart of task %1 of %2 requested.</source>
        <translation>Restart of task %1 of %2 requested.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="381"/>
        <source>Delete connector</source>
        <translation>Delete connector</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="382"/>
        <source>Delete the connector %1? Its tasks stop and its configuration is removed from the cluster.</source>
        <translation>Delete the connector %1? Its tasks stop and its configuration is removed from the cluster.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorForm</name>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="226"/>
        <source>&amp;Plugin</source>
        <translation>&amp;Plugin</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="227"/>
        <source>Pre&amp;set</source>
        <translation>Pre&amp;set</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="228"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="229"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="230"/>
        <source>.properties</source>
        <translation>.properties</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="231"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="232"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="233"/>
        <source>Copy as &amp;curl</source>
        <translation>Copy as &amp;curl</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="235"/>
        <source>Copies the curl command that sends exactly this request to the Connect REST API.</source>
        <translation>Copies the curl command that sends exactly this request to the Connect REST API.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="236"/>
        <source>Include passwords</source>
        <translation>Include passwords</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="238"/>
        <source>Without this, passwords in the copied command are replaced by ********.</source>
        <translation>Without this, passwords in the copied command are replaced by ********.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="239"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="240"/>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="240"/>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="242"/>
        <location filename="../ui/connectors/connectorform.cpp" line="295"/>
        <source>Choose a connector plugin…</source>
        <translation>Choose a connector plugin…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="244"/>
        <location filename="../ui/connectors/connectorform.cpp" line="258"/>
        <source>Start from a preset…</source>
        <translation>Start from a preset…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="276"/>
        <source>The lab&apos;s SQLite databases are not known yet: start the lab, or fill in connection.url (jdbc:sqlite:&lt;path of the database file&gt;).</source>
        <translation>The lab&apos;s SQLite databases are not known yet: start the lab, or fill in connection.url (jdbc:sqlite:&lt;path of the database file&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="289"/>
        <source>Cannot list the connector plugins: %1</source>
        <translation>Cannot list the connector plugins: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="297"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="297"/>
        <source>sink</source>
        <translation>sink</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="379"/>
        <source>Choose a connector plugin (connector.class) to see its settings.</source>
        <translation>Choose a connector plugin (connector.class) to see its settings.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="454"/>
        <source>Validating…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="457"/>
        <source>The worker accepts this configuration.</source>
        <translation>The worker accepts this configuration.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectorform.cpp" line="461"/>
        <source>%n error(s), also shown beside their fields:</source>
        <translation>
            <numerusform>%n error, also shown beside its field:</numerusform>
            <numerusform>%n errors, also shown beside their fields:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectorform.cpp" line="465"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="530"/>
        <source>Other settings</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="551"/>
        <source>Keys the plugin does not define</source>
        <translation>Keys the plugin does not define</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="551"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="694"/>
        <source>The name of an existing connector cannot change (%1).</source>
        <translation>The name of an existing connector cannot change (%1).</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="713"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="719"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="734"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="742"/>
        <source>Import a connector configuration</source>
        <translation>Import a connector configuration</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="743"/>
        <source>Connector configs (*.json *.properties);;All files (*)</source>
        <translation>Connector configs (*.json *.properties);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="748"/>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="759"/>
        <source>Export the connector configuration</source>
        <translation>Export the connector configuration</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="760"/>
        <source>JSON (*.json);;Properties (*.properties)</source>
        <translation>JSON (*.json);;Properties (*.properties)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="766"/>
        <source>Saved %1. It contains the passwords as they are.</source>
        <translation>Saved %1. It contains the passwords as they are.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="795"/>
        <source>The curl command is on the clipboard, passwords included.</source>
        <translation>The curl command is on the clipboard, passwords included.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="796"/>
        <source>The curl command is on the clipboard, passwords masked.</source>
        <translation>The curl command is on the clipboard, passwords masked.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="805"/>
        <source>Give the connector a name.</source>
        <translation>Give the connector a name.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="811"/>
        <source>Updating %1…</source>
        <translation>Updating %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="811"/>
        <source>Creating %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="821"/>
        <source>The request failed:</source>
        <translation>The request failed:</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="822"/>
        <source>The worker answered HTTP %1 (error_code %2):</source>
        <translation>The worker answered HTTP %1 (error_code %2):</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="825"/>
        <source>The worker answered HTTP %1:</source>
        <translation>The worker answered HTTP %1:</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="831"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorsPage</name>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="157"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="162"/>
        <source>The connectors of the Connect cluster, their tasks and live state; create, change, pause, restart or delete them.</source>
        <translation>The connectors of the Connect cluster, their tasks and live state; create, change, pause, restart or delete them.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="168"/>
        <source>&amp;New connector…</source>
        <translation>&amp;New connector…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="169"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="170"/>
        <source>← Connectors</source>
        <translation>← Connectors</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="172"/>
        <source>Edit connector %1</source>
        <translation>Edit connector %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="172"/>
        <source>New connector</source>
        <translation>New connector</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="173"/>
        <source>No connectors yet. Create one with “New connector…”, for example from the lab&apos;s h2-source-connect preset.</source>
        <translation>No connectors yet. Create one with “New connector…”, for example from the lab&apos;s h2-source-connect preset.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="210"/>
        <source>No Connect cluster: start the lab&apos;s worker, or choose a connection profile.</source>
        <translation>No Connect cluster: start the lab&apos;s worker, or choose a connection profile.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="216"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="252"/>
        <source>%1 · Kafka Connect %2 · Kafka cluster %3</source>
        <translation>%1 · Kafka Connect %2 · Kafka cluster %3</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="254"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="267"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::DataPanel</name>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="51"/>
        <source>The database evaluates the filter; values are bound, never pasted into SQL.</source>
        <translation>The database evaluates the filter; values are bound, never pasted into SQL.</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="178"/>
        <location filename="../ui/tables/datapanel.cpp" line="294"/>
        <source>No table selected</source>
        <translation>No table selected</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="197"/>
        <source>Any column</source>
        <translation>Any column</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="222"/>
        <source>Pick a table in the tree on the left.</source>
        <translation>Pick a table in the tree on the left.</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="226"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="230"/>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="232"/>
        <source>first rows in %1 ms</source>
        <translation>first rows in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="234"/>
        <source>key: %1</source>
        <translation>key: %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="237"/>
        <source>at %1: %2 new, %3 changed</source>
        <translation>at %1: %2 new, %3 changed</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="242"/>
        <source>no changes seen yet</source>
        <translation>no changes seen yet</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="274"/>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="279"/>
        <source>is NULL</source>
        <translation>is NULL</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="280"/>
        <source>is not NULL</source>
        <translation>is not NULL</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="282"/>
        <source>Filter value</source>
        <translation>Filter value</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="283"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="284"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="285"/>
        <source>Auto-refresh every</source>
        <translation>Auto-refresh every</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="286"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="287"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="288"/>
        <source>Last row</source>
        <translation>Last row</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="289"/>
        <source>Trace row</source>
        <translation>Trace row</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="291"/>
        <source>Follow the selected row to its record on the topic and its row in the target table.</source>
        <translation>Follow the selected row to its record on the topic and its row in the target table.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabChecklist</name>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="96"/>
        <source>Kafka broker answers on its bootstrap address</source>
        <translation>Kafka broker answers on its bootstrap address</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="98"/>
        <source>Connect worker answers on its REST port (lab steps 3–4)</source>
        <translation>Connect worker answers on its REST port (lab steps 3–4)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="100"/>
        <source>Topics connect-configs, connect-offsets and connect-status exist (step 5)</source>
        <translation>Topics connect-configs, connect-offsets and connect-status exist (step 5)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="102"/>
        <source>Source connector registered and running (steps 6–8)</source>
        <translation>Source connector registered and running (steps 6–8)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="104"/>
        <source>Orders placed in ORDER_TABLE (step 10)</source>
        <translation>Orders placed in ORDER_TABLE (step 10)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="106"/>
        <source>Topic CONNECT_ORDER_TABLE created (step 11)</source>
        <translation>Topic CONNECT_ORDER_TABLE created (step 11)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="108"/>
        <source>Sink connector registered and running (step 13)</source>
        <translation>Sink connector registered and running (step 13)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="110"/>
        <source>Every order replicated to the target table (steps 14–15)</source>
        <translation>Every order replicated to the target table (steps 14–15)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="122"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="124"/>
        <source>Create it in Connectors with the h2-source-connect preset.</source>
        <translation>Create it in Connectors with the h2-source-connect preset.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="125"/>
        <location filename="../ui/lab/labchecklist.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lab/labchecklist.cpp" line="127"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="129"/>
        <source>Create it in Connectors with the h2-sink-connect preset.</source>
        <translation>Create it in Connectors with the h2-sink-connect preset.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="134"/>
        <source>%1 of %2 row(s) in CONNECT_ORDER_TABLE</source>
        <translation>%1 of %2 row(s) in CONNECT_ORDER_TABLE</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="142"/>
        <source>Lab checklist</source>
        <translation>Lab checklist</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="143"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabController</name>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="89"/>
        <source>Web console %1 · PostgreSQL protocol on port %2 · user %3</source>
        <translation>Web console %1 · PostgreSQL protocol on port %2 · user %3</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="190"/>
        <source>Waiting for the Kafka broker…</source>
        <translation>Waiting for the Kafka broker…</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="208"/>
        <source>Waiting for the lab databases…</source>
        <translation>Waiting for the lab databases…</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="310"/>
        <source>Try it: kcat -b %1 -L</source>
        <translation>Try it: kcat -b %1 -L</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="311"/>
        <source>Port %1 was already in use, so the broker took port %2: clients must use the address above.</source>
        <translation>Port %1 was already in use, so the broker took port %2: clients must use the address above.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="431"/>
        <source>The worker needs a Kafka broker, and the broker is not running.</source>
        <translation>The worker needs a Kafka broker, and the broker is not running.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="446"/>
        <source>The Order service needs the lab&apos;s source and target databases.</source>
        <translation>The Order service needs the lab&apos;s source and target databases.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="476"/>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPage</name>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="126"/>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="131"/>
        <source>The CDC lab on this machine: start its services here and point your tools at them.</source>
        <translation>The CDC lab on this machine: start its services here and point your tools at them.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="163"/>
        <source>The lab is running. Connect REST %1 · Kafka %2 · Order service %3</source>
        <translation>The lab is running. Connect REST %1 · Kafka %2 · Order service %3</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="167"/>
        <source>Starting the lab… (%1 of 5 parts running)</source>
        <translation>Starting the lab… (%1 of 5 parts running)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="169"/>
        <source>%1 of 5 parts running; a part failed: see its card.</source>
        <translation>%1 of 5 parts running; a part failed: see its card.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="171"/>
        <source>The lab is stopped. “Start lab” starts the broker, the worker, both databases and the Order service.</source>
        <translation>The lab is stopped. “Start lab” starts the broker, the worker, both databases and the Order service.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="175"/>
        <source>%1 of 5 parts running.</source>
        <translation>%1 of 5 parts running.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="183"/>
        <source>Start lab</source>
        <translation>Start lab</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="184"/>
        <source>Stop lab</source>
        <translation>Stop lab</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="187"/>
        <source>Kafka broker</source>
        <translation>Kafka broker</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="188"/>
        <source>An in-process Kafka cluster (librdkafka&apos;s mock broker) on port 9092, or a free port when 9092 is taken. Topics live in memory.</source>
        <translation>An in-process Kafka cluster (librdkafka&apos;s mock broker) on port 9092, or a free port when 9092 is taken. Topics live in memory.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="190"/>
        <location filename="../ui/lab/labpage.cpp" line="196"/>
        <location filename="../ui/lab/labpage.cpp" line="201"/>
        <location filename="../ui/lab/labpage.cpp" line="215"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="192"/>
        <source>Connect worker</source>
        <translation>Connect worker</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="193"/>
        <source>The embedded Kafka Connect worker, REST API on port %1, configured as the lab&apos;s connect-distributed.properties. The JDBC connectors are built in.</source>
        <translation>The embedded Kafka Connect worker, REST API on port %1, configured as the lab&apos;s connect-distributed.properties. The JDBC connectors are built in.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="198"/>
        <source>Order service</source>
        <translation>Order service</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="199"/>
        <source>The lab&apos;s order microservice on port %1: POST /orders, GET /orders, GET /syncOrders.</source>
        <translation>The lab&apos;s order microservice on port %1: POST /orders, GET /orders, GET /syncOrders.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="203"/>
        <source>Source database</source>
        <translation>Source database</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="204"/>
        <source>SQLite file with the lab&apos;s ORDER_TABLE(ID, MESSAGE), read by the source connector.</source>
        <translation>SQLite file with the lab&apos;s ORDER_TABLE(ID, MESSAGE), read by the source connector.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="205"/>
        <location filename="../ui/lab/labpage.cpp" line="209"/>
        <source>JDBC URL</source>
        <translation>JDBC URL</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="207"/>
        <source>Target database</source>
        <translation>Target database</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="208"/>
        <source>SQLite file the sink connector writes; it creates CONNECT_ORDER_TABLE itself.</source>
        <translation>SQLite file the sink connector writes; it creates CONNECT_ORDER_TABLE itself.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="210"/>
        <source>H2 (optional)</source>
        <translation>H2 (optional)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="211"/>
        <source>H2 in server mode as in the lab: web console %1, TCP %2, PostgreSQL protocol %3.</source>
        <translation>H2 in server mode as in the lab: web console %1, TCP %2, PostgreSQL protocol %3.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPortsModel</name>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="84"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="84"/>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="87"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="89"/>
        <source>Up, unhealthy</source>
        <translation>Up, unhealthy</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="93"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="138"/>
        <source>(another machine)</source>
        <translation>(another machine)</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="147"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="159"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="161"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="163"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="165"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="167"/>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
</context>
<context>
    <name>cs::ui::LogModel</name>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="176"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="178"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="180"/>
        <source>Logger</source>
        <translation>Logger</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="182"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cs::ui::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="157"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="197"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="202"/>
        <source>The embedded worker&apos;s log as it is written, with a level filter and search. Save it to a file to share it.</source>
        <translation>The embedded worker&apos;s log as it is written, with a level filter and search. Save it to a file to share it.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="213"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="215"/>
        <source>TRACE and above (all)</source>
        <translation>TRACE and above (all)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="216"/>
        <source>DEBUG and above</source>
        <translation>DEBUG and above</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="217"/>
        <source>INFO and above</source>
        <translation>INFO and above</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="218"/>
        <source>WARN and above</source>
        <translation>WARN and above</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="219"/>
        <source>ERROR and above</source>
        <translation>ERROR and above</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="223"/>
        <source>Search messages and loggers…</source>
        <translation>Search messages and loggers…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="224"/>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="225"/>
        <source>Keep the newest line in view.</source>
        <translation>Keep the newest line in view.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="226"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="226"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="227"/>
        <source>Stop adding new lines to the view while you read; none are lost.</source>
        <translation>Stop adding new lines to the view while you read; none are lost.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="228"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="229"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="230"/>
        <source>Select a line to see the whole record, stack traces included.</source>
        <translation>Select a line to see the whole record, stack traces included.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="239"/>
        <source>Showing this process&apos;s log: the embedded worker, its tasks and the studio.</source>
        <translation>Showing this process&apos;s log: the embedded worker, its tasks and the studio.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="242"/>
        <source>Showing this process&apos;s log (the embedded worker and the studio). The Connect cluster at %1 writes its log on its own machine.</source>
        <translation>Showing this process&apos;s log (the embedded worker and the studio). The Connect cluster at %1 writes its log on its own machine.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="284"/>
        <source>%1 of %2 lines shown (the view keeps the newest %3)</source>
        <translation>%1 of %2 lines shown (the view keeps the newest %3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="306"/>
        <source>Save the log</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="306"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Log files (*.log);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="318"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="324"/>
        <location filename="../ui/logs/logspage.cpp" line="337"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::MessageDetail</name>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="105"/>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="106"/>
        <source>Pretty JSON</source>
        <translation>Pretty JSON</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="107"/>
        <source>Schema and payload</source>
        <translation>Schema and payload</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="108"/>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="109"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Value (JSON)</source>
        <translation>Value (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="111"/>
        <location filename="../ui/topics/messagedetail.cpp" line="112"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="112"/>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="113"/>
        <source>Select a message to see its value.</source>
        <translation>Select a message to see its value.</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="146"/>
        <source>null (a tombstone: the record has no value)</source>
        <translation>null (a tombstone: the record has no value)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="167"/>
        <source>The JsonConverter rejects this envelope: %1</source>
        <translation>The JsonConverter rejects this envelope: %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="170"/>
        <source>JsonConverter envelope: schema %1 (left), payload (right)</source>
        <translation>JsonConverter envelope: schema %1 (left), payload (right)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="204"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="205"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="206"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="207"/>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="214"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="215"/>
        <source>Value size</source>
        <translation>Value size</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/messagedetail.cpp" line="216"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="224"/>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderPanel</name>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="235"/>
        <source>Order %1 placed: %2</source>
        <translation>Order %1 placed: %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="240"/>
        <source>The Order service answered %1: %2</source>
        <translation>The Order service answered %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="244"/>
        <source>The Order service did not answer: %1</source>
        <translation>The Order service did not answer: %1</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="333"/>
        <source>Order service</source>
        <translation>Order service</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="335"/>
        <source>Start the Order service (or point the lab at one) to place orders here.</source>
        <translation>Start the Order service (or point the lab at one) to place orders here.</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="336"/>
        <source>Orders go into ORDER_TABLE of the source database through %1; the sink connector copies them to CONNECT_ORDER_TABLE.</source>
        <translation>Orders go into ORDER_TABLE of the source database through %1; the sink connector copies them to CONNECT_ORDER_TABLE.</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="339"/>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="340"/>
        <source>Same as</source>
        <translation>Same as</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lab/orderpanel.cpp" line="341"/>
        <source>ORDER_TABLE (GET /orders): %n row(s)</source>
        <translation>
            <numerusform>ORDER_TABLE (GET /orders): %n row</numerusform>
            <numerusform>ORDER_TABLE (GET /orders): %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lab/orderpanel.cpp" line="342"/>
        <source>CONNECT_ORDER_TABLE (GET /syncOrders): %n row(s)</source>
        <translation>
            <numerusform>CONNECT_ORDER_TABLE (GET /syncOrders): %n row</numerusform>
            <numerusform>CONNECT_ORDER_TABLE (GET /syncOrders): %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderServiceController</name>
    <message>
        <location filename="../ui/lab/orderservicecontroller.cpp" line="44"/>
        <source>Orders go to %1</source>
        <translation>Orders go to %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::PortsPage</name>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="173"/>
        <source>Ports &amp; Status</source>
        <translation>Ports &amp; Status</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="178"/>
        <source>Which of the lab&apos;s services are up, what answers on their ports, and which process holds any listening TCP port of this machine.</source>
        <translation>Which of the lab&apos;s services are up, what answers on their ports, and which process holds any listening TCP port of this machine.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="184"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ports/portspage.cpp" line="185"/>
        <source>Refresh every %n second(s)</source>
        <translation>
            <numerusform>Refresh every %n second</numerusform>
            <numerusform>Refresh every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="186"/>
        <source>Lab ports and the current endpoints</source>
        <translation>Lab ports and the current endpoints</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="187"/>
        <source>Double-click a row to see which process holds its port.</source>
        <translation>Double-click a row to see which process holds its port.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="188"/>
        <source>Which process holds port</source>
        <translation>Which process holds port</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="189"/>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="190"/>
        <source>All listening TCP sockets (netstat -lntp)</source>
        <translation>All listening TCP sockets (netstat -lntp)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="191"/>
        <source>Filter by port, address, program or command…</source>
        <translation>Filter by port, address, program or command…</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="198"/>
        <source>Pick a port to see which process listens on it, or double-click a lab port.</source>
        <translation>Pick a port to see which process listens on it, or double-click a lab port.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="243"/>
        <source>Kafka Connect REST (%1)</source>
        <translation>Kafka Connect REST (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="271"/>
        <source>Kafka bootstrap (%1)</source>
        <translation>Kafka bootstrap (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="346"/>
        <source>Last checked %1</source>
        <translation>Last checked %1</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="361"/>
        <source>Looking up port %1…</source>
        <translation>Looking up port %1…</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="373"/>
        <source>Nothing listens on TCP port %1: it is free.</source>
        <translation>Nothing listens on TCP port %1: it is free.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="375"/>
        <source>Port %1 is held by a process this user cannot see (another user&apos;s; run as root to see it), listening on %2.</source>
        <translation>Port %1 is held by a process this user cannot see (another user&apos;s; run as root to see it), listening on %2.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="380"/>
        <source>Port %1 is held by %2, listening on %3. Command: %4</source>
        <translation>Port %1 is held by %2, listening on %3. Command: %4</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfileStore</name>
    <message>
        <location filename="../ui/profiles/profilestore.cpp" line="162"/>
        <source>The profile was saved, but not its password: %1</source>
        <translation>The profile was saved, but not its password: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilestore.cpp" line="195"/>
        <source>There is no connection profile with id %1.</source>
        <translation>There is no connection profile with id %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="44"/>
        <location filename="../ui/profiles/profileswitcher.cpp" line="67"/>
        <source>Embedded lab</source>
        <translation>Embedded lab</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="68"/>
        <source>The studio&apos;s own worker and broker</source>
        <translation>The studio&apos;s own worker and broker</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="74"/>
        <source>Connect: %1</source>
        <translation>Connect: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="76"/>
        <source>Kafka: %1 (%2)</source>
        <translation>Kafka: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="81"/>
        <source>Manage profiles…</source>
        <translation>Manage profiles…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="108"/>
        <source>Using the embedded lab.</source>
        <translation>Using the embedded lab.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="127"/>
        <source>Using the connection profile %1.</source>
        <translation>Using the connection profile %1.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="128"/>
        <source>Using the connection profile %1 without its password: %2</source>
        <translation>Using the connection profile %1 without its password: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="139"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="144"/>
        <source>Will be removed from the keychain when you save</source>
        <translation>Will be removed from the keychain when you save</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="165"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="166"/>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="167"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="168"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="169"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="170"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="171"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Connect REST URL:</source>
        <translation>Connect REST URL:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Connect user:</source>
        <translation>Connect user:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Connect password:</source>
        <translation>Connect password:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Kafka bootstrap:</source>
        <translation>Kafka bootstrap:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Security protocol:</source>
        <translation>Security protocol:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>SASL mechanism:</source>
        <translation>SASL mechanism:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>SASL user:</source>
        <translation>SASL user:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>SASL password:</source>
        <translation>SASL password:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>CA certificate (PEM):</source>
        <translation>CA certificate (PEM):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="177"/>
        <source>e.g. Staging cluster</source>
        <translation>e.g. Staging cluster</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="179"/>
        <source>Empty: no authentication</source>
        <translation>Empty: no authentication</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="181"/>
        <source>Empty: the system&apos;s certificates</source>
        <translation>Empty: the system&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="191"/>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="230"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="231"/>
        <source>Kept in the keychain only</source>
        <translation>Kept in the keychain only</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="258"/>
        <source>In the keychain; type to replace</source>
        <translation>In the keychain; type to replace</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="259"/>
        <source>None; type one to keep in the keychain</source>
        <translation>None; type one to keep in the keychain</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="300"/>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="304"/>
        <source>Enter a Connect REST URL, a Kafka bootstrap, or both.</source>
        <translation>Enter a Connect REST URL, a Kafka bootstrap, or both.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="321"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="328"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="348"/>
        <source>Deleted, with its passwords.</source>
        <translation>Deleted, with its passwords.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ServiceCard</name>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="125"/>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="128"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="130"/>
        <source>Not created</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="132"/>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="135"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="173"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="174"/>
        <source>Use an existing one:</source>
        <translation>Use an existing one:</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="175"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="175"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="176"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>cs::ui::ServiceStatus</name>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="11"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="13"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="15"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="17"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="21"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
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
    <name>cs::ui::SqlPanel</name>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="136"/>
        <source>Running on %1…</source>
        <translation>Running on %1…</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="144"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="157"/>
        <source>Cancelled after %1 ms.</source>
        <translation>Cancelled after %1 ms.</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="158"/>
        <source>Failed after %1 ms.</source>
        <translation>Failed after %1 ms.</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="165"/>
        <source>first %1 rows shown</source>
        <translation>first %1 rows shown</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="166"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="169"/>
        <source>%n row(s) changed</source>
        <translation>
            <numerusform>%n row changed</numerusform>
            <numerusform>%n rows changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="171"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="172"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="186"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="187"/>
        <source>Run the selected text, or the whole editor (Ctrl+Enter)</source>
        <translation>Run the selected text, or the whole editor (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="188"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="189"/>
        <source>SQL statements, separated by semicolons</source>
        <translation>SQL statements, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="191"/>
        <source>Results appear here.</source>
        <translation>Results appear here.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TablesPage</name>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="150"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="155"/>
        <source>The source and target tables of the pipeline: browse rows as they change, run SQL, compare the two sides and trace one row through the topic.</source>
        <translation>The source and target tables of the pipeline: browse rows as they change, run SQL, compare the two sides and trace one row through the topic.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="189"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="190"/>
        <source>Add a database: SQLite file, PostgreSQL, MySQL, MariaDB or H2</source>
        <translation>Add a database: SQLite file, PostgreSQL, MySQL, MariaDB or H2</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="191"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="192"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="193"/>
        <source>Read the tables, columns and row counts again</source>
        <translation>Read the tables, columns and row counts again</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="194"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="195"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="196"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="197"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Database %1</source>
        <translation>Database %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="295"/>
        <source>The password of %1 is not saved (it works until the studio closes): %2</source>
        <translation>The password of %1 is not saved (it works until the studio closes): %2</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="372"/>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation>The password of %1 could not be read from the keychain: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::TopicsPage</name>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="296"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="301"/>
        <source>What flows through Kafka, live: pick a topic to tail it like kafka-console-consumer, and a message to see its JSON, schema and payload.</source>
        <translation>What flows through Kafka, live: pick a topic to tail it like kafka-console-consumer, and a message to see its JSON, schema and payload.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="307"/>
        <source>Show internal topics</source>
        <translation>Show internal topics</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="308"/>
        <source>Kafka Connect&apos;s connect-configs, connect-offsets and connect-status, and Kafka&apos;s own __ topics. Their records are decoded by meaning.</source>
        <translation>Kafka Connect&apos;s connect-configs, connect-offsets and connect-status, and Kafka&apos;s own __ topics. Their records are decoded by meaning.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="310"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="311"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="315"/>
        <source>From the beginning</source>
        <translation>From the beginning</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="316"/>
        <source>From the end (new messages)</source>
        <translation>From the end (new messages)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="317"/>
        <source>At offset</source>
        <translation>At offset</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="318"/>
        <source>At time</source>
        <translation>At time</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="321"/>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="322"/>
        <source>The first offset to show (in every partition when all are read).</source>
        <translation>The first offset to show (in every partition when all are read).</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="323"/>
        <source>Shows the messages produced at or after this time.</source>
        <translation>Shows the messages produced at or after this time.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="324"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="325"/>
        <source>Start reading the selected topic again with these settings.</source>
        <translation>Start reading the selected topic again with these settings.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="326"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="326"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="327"/>
        <source>Filter: text in the key, value or headers</source>
        <translation>Filter: text in the key, value or headers</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="328"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="329"/>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="330"/>
        <source>The viewer keeps at most this many messages; older ones leave the table.</source>
        <translation>The viewer keeps at most this many messages; older ones leave the table.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="331"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="333"/>
        <source>Shown messages as JSON Lines…</source>
        <translation>Shown messages as JSON Lines…</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="334"/>
        <source>Shown messages as CSV…</source>
        <translation>Shown messages as CSV…</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="335"/>
        <source>Copy as command</source>
        <translation>Copy as command</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="337"/>
        <source>kafka-console-consumer</source>
        <translation>kafka-console-consumer</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="338"/>
        <source>kcat</source>
        <translation>kcat</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="339"/>
        <source>connect-studio-cli console-consumer</source>
        <translation>connect-studio-cli console-consumer</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="341"/>
        <source>Trace in tables</source>
        <translation>Trace in tables</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="342"/>
        <source>Find the selected record&apos;s source row and target row in the Tables view.</source>
        <translation>Find the selected record&apos;s source row and target row in the Tables view.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="344"/>
        <location filename="../ui/topics/topicspage.cpp" line="409"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="374"/>
        <source>No topic selected</source>
        <translation>No topic selected</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="383"/>
        <source>No Kafka cluster: start the lab&apos;s broker in the Lab view or choose a connection profile.</source>
        <translation>No Kafka cluster: start the lab&apos;s broker in the Lab view or choose a connection profile.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="388"/>
        <source>Kafka at %1: %2</source>
        <translation>Kafka at %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="392"/>
        <source>Asking Kafka at %1 for its topics…</source>
        <translation>Asking Kafka at %1 for its topics…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="395"/>
        <source>Kafka at %1: %n topic(s); new topics appear by themselves.</source>
        <translation>
            <numerusform>Kafka at %1: %n topic; new topics appear by themselves.</numerusform>
            <numerusform>Kafka at %1: %n topics; new topics appear by themselves.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="518"/>
        <source>Select a topic on the left to read it.</source>
        <translation>Select a topic on the left to read it.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="520"/>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="522"/>
        <source>%1 in the buffer</source>
        <translation>%1 in the buffer</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="523"/>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="525"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="527"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="529"/>
        <source>%1 messages/s</source>
        <translation>%1 messages/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="531"/>
        <source>%1 oldest left the buffer (keeps %2)</source>
        <translation>%1 oldest left the buffer (keeps %2)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="558"/>
        <source>Export the shown messages</source>
        <translation>Export the shown messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="559"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="559"/>
        <source>JSON Lines files (*.jsonl *.json)</source>
        <translation>JSON Lines files (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="564"/>
        <source>exporting %n message(s)…</source>
        <translation>
            <numerusform>exporting %n message…</numerusform>
            <numerusform>exporting %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="576"/>
        <source>exported %n message(s) to %1</source>
        <translation>
            <numerusform>exported %n message to %1</numerusform>
            <numerusform>exported %n messages to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="589"/>
        <source>select a topic first</source>
        <translation>select a topic first</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="608"/>
        <source>copied: %1</source>
        <translation>copied: %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="608"/>
        <source>copied; note: %1</source>
        <translation>copied; note: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::TracePanel</name>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="183"/>
        <source>Pick the source table first.</source>
        <translation>Pick the source table first.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="204"/>
        <source>No Kafka to read: start the lab&apos;s broker or pick a connection profile.</source>
        <translation>No Kafka to read: start the lab&apos;s broker or pick a connection profile.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="212"/>
        <source>Looking for %1 in %2…</source>
        <translation>Looking for %1 in %2…</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="226"/>
        <source>Reading %1, partition %2, offset %3…</source>
        <translation>Reading %1, partition %2, offset %3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/tracepanel.cpp" line="251"/>
        <source>%1 = %2: %n matching record(s) among %3 read, in %4 ms.</source>
        <translation>
            <numerusform>%1 = %2: %n matching record among %3 read, in %4 ms.</numerusform>
            <numerusform>%1 = %2: %n matching records among %3 read, in %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="264"/>
        <source>Not in the source table.</source>
        <translation>Not in the source table.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="265"/>
        <source>Not in the target table.</source>
        <translation>Not in the target table.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="276"/>
        <location filename="../ui/tables/tracepanel.cpp" line="303"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="276"/>
        <location filename="../ui/tables/tracepanel.cpp" line="304"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="277"/>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="280"/>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="280"/>
        <location filename="../ui/tables/tracepanel.cpp" line="300"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="281"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="284"/>
        <source>No record of this row on the topic.</source>
        <translation>No record of this row on the topic.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="298"/>
        <source>Source table</source>
        <translation>Source table</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="299"/>
        <source>Target table</source>
        <translation>Target table</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="301"/>
        <source>primary key value(s), comma-separated</source>
        <translation>primary key value(s), comma-separated</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="302"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="305"/>
        <source>Trace row</source>
        <translation>Trace row</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="306"/>
        <source>Trace record</source>
        <translation>Trace record</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="307"/>
        <source>Source row</source>
        <translation>Source row</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="308"/>
        <source>Record on the topic</source>
        <translation>Record on the topic</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="309"/>
        <source>Target row</source>
        <translation>Target row</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="312"/>
        <source>Select a row in a source table and press Trace row, or give a record&apos;s partition and offset and press Trace record.</source>
        <translation>Select a row in a source table and press Trace row, or give a record&apos;s partition and offset and press Trace record.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkerController</name>
    <message>
        <location filename="../ui/lab/workercontroller.cpp" line="81"/>
        <source>Worker id %1, group.id connect-cluster</source>
        <translation>Worker id %1, group.id connect-cluster</translation>
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
        <translation>%1: unknown log level &quot;%2&quot;</translation>
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
    <name>cs::worker::DataJournal</name>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="287"/>
        <location filename="../core/worker/datajournal.cpp" line="599"/>
        <source>Cannot open the worker data file %1: %2</source>
        <translation>Cannot open the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="293"/>
        <source>%1 is not a Connect Studio worker data file.</source>
        <translation>%1 is not a Connect Studio worker data file.</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="309"/>
        <source>Cannot repair the worker data file %1: %2</source>
        <translation>Cannot repair the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="379"/>
        <location filename="../core/worker/datajournal.cpp" line="480"/>
        <location filename="../core/worker/datajournal.cpp" line="514"/>
        <location filename="../core/worker/datajournal.cpp" line="564"/>
        <location filename="../core/worker/datajournal.cpp" line="579"/>
        <source>Cannot write the worker data file %1: %2</source>
        <translation>Cannot write the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="404"/>
        <location filename="../core/worker/datajournal.cpp" line="570"/>
        <source>Cannot flush the worker data file %1 to disk: %2</source>
        <translation>Cannot flush the worker data file %1 to disk: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="421"/>
        <location filename="../core/worker/datajournal.cpp" line="510"/>
        <source>Cannot read the worker data file %1: %2</source>
        <translation>Cannot read the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="547"/>
        <location filename="../core/worker/datajournal.cpp" line="584"/>
        <source>Cannot compact the worker data file %1: %2</source>
        <translation>Cannot compact the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="549"/>
        <source>unreadable record</source>
        <translation>unreadable record</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="591"/>
        <source>Cannot replace the worker data file %1: %2</source>
        <translation>Cannot replace the worker data file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="612"/>
        <source>Compacted %1: %2 record(s) kept, %3 MiB instead of %4 MiB.</source>
        <translation>Compacted %1: %2 record(s) kept, %3 MiB instead of %4 MiB.</translation>
    </message>
</context>
<context>
    <name>cs::worker::GroupOffsets</name>
    <message>
        <location filename="../core/worker/groupoffsets.cpp" line="45"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Cannot create a Kafka consumer: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/groupoffsets.cpp" line="62"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>Cannot commit offsets of group %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalRecords</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="205"/>
        <location filename="../core/worker/internalrecords.cpp" line="269"/>
        <source>no task number</source>
        <translation>no task number</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="186"/>
        <source>the value is not a JSON object</source>
        <translation>the value is not a JSON object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="227"/>
        <source>no &quot;properties&quot; object</source>
        <translation>no &quot;properties&quot; object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="245"/>
        <source>unknown target state &quot;%1&quot;</source>
        <translation>unknown target state &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="275"/>
        <source>no connector name</source>
        <translation>no connector name</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="291"/>
        <source>no &quot;topic&quot; object</source>
        <translation>no &quot;topic&quot; object</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="325"/>
        <source>an offset key must be [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}]</source>
        <translation>an offset key must be [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}]</translation>
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
        <location filename="../core/worker/internaltopics.cpp" line="139"/>
        <source>Cannot create the internal topics: %1</source>
        <translation>Cannot create the internal topics: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="198"/>
        <source>Cannot read the internal topic %1: %2</source>
        <translation>Cannot read the internal topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="227"/>
        <location filename="../core/worker/internaltopics.cpp" line="233"/>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>Cannot restore %1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="248"/>
        <source>The internal topics are not open.</source>
        <translation>The internal topics are not open.</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="262"/>
        <source>Timed out writing to the internal topic %1 at %2</source>
        <translation>Timed out writing to the internal topic %1 at %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="268"/>
        <location filename="../core/worker/internaltopics.cpp" line="285"/>
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
        <location filename="../core/worker/worker.cpp" line="96"/>
        <source>Another worker (pid %1) already serves group.id &apos;%2&apos; on %3. Clustering several workers is Apache Kafka Connect&apos;s job: give this worker its own group.id and storage topics.</source>
        <translation>Another worker (pid %1) already serves group.id &apos;%2&apos; on %3. Clustering several workers is Apache Kafka Connect&apos;s job: give this worker its own group.id and storage topics.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="100"/>
        <source>the embedded broker</source>
        <translation>the embedded broker</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="112"/>
        <source>The embedded Kafka broker did not start: %1</source>
        <translation>The embedded Kafka broker did not start: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="119"/>
        <source>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</source>
        <translation>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="155"/>
        <source>Restored %1 record(s) from %2 into the embedded broker.</source>
        <translation>Restored %1 record(s) from %2 into the embedded broker.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="200"/>
        <source>plugin.path=%1 is accepted but not searched: this worker&apos;s connectors are compiled in (%2), so no jar or folder is loaded from there. Java connector plugins need Apache Kafka Connect.</source>
        <translation>plugin.path=%1 is accepted but not searched: this worker&apos;s connectors are compiled in (%2), so no jar or folder is loaded from there. Java connector plugins need Apache Kafka Connect.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="216"/>
        <source>The REST API listens on %1, which other machines can reach. Connect&apos;s REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</source>
        <translation>The REST API listens on %1, which other machines can reach. Connect&apos;s REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="235"/>
        <source>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</source>
        <translation>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="304"/>
        <source>Cannot restore the records of %1 into the embedded broker: %2</source>
        <translation>Cannot restore the records of %1 into the embedded broker: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="305"/>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="314"/>
        <source>Restored %1 record(s) of %2 topic(s) from %3 into the embedded broker.</source>
        <translation>Restored %1 record(s) of %2 topic(s) from %3 into the embedded broker.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="321"/>
        <source>Offsets of %1 differ from before the restart: records that other producers wrote there are not kept. Sink positions were moved to match.</source>
        <translation>Offsets of %1 differ from before the restart: records that other producers wrote there are not kept. Sink positions were moved to match.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="342"/>
        <source>Cannot restore the offsets of group %1: %2</source>
        <translation>Cannot restore the offsets of group %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerTask</name>
    <message>
        <location filename="../core/worker/workertask.cpp" line="225"/>
        <location filename="../core/worker/workertask.cpp" line="561"/>
        <source>Failed to create the converters of %1</source>
        <translation>Failed to create the converters of %1</translation>
    </message>
    <message>
        <location filename="../core/worker/workertask.cpp" line="283"/>
        <source>Failed to start the producer of %1</source>
        <translation>Failed to start the producer of %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="41"/>
        <source>Kafka Connect CDC studio with an embedded lab.</source>
        <translation>Kafka Connect CDC studio with an embedded lab.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="45"/>
        <source>Start the embedded lab at launch.</source>
        <translation>Start the embedded lab at launch.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="47"/>
        <source>Use this language instead of the saved choice (en or ko).</source>
        <translation>Use this language instead of the saved choice (en or ko).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="55"/>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Unknown language &quot;%1&quot;; use one of: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="60"/>
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
        <translation>The worker&apos;s configuration file.</translation>
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
