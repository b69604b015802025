<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>cs::cli</name>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="386"/>
        <source>Usage: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</source>
        <translation>사용법: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="399"/>
        <source>Only --list is supported: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</source>
        <translation>--list만 지원합니다: connect-studio-cli topics --list --bootstrap-server &lt;host:port&gt;</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="444"/>
        <source>Usage: connect-studio-cli &lt;command&gt; [options]
Commands:
  topics --list --bootstrap-server &lt;host:port&gt;     list topics (like kafka-topics.sh --list)
  console-consumer --bootstrap-server &lt;host:port&gt; --topic &lt;topic&gt; [...]
                                                  read a topic (like kafka-console-consumer.sh)
Run a command with --help for its options.</source>
        <translation>사용법: connect-studio-cli &lt;command&gt; [options]
명령:
  topics --list --bootstrap-server &lt;host:port&gt;     토픽 목록 표시 (kafka-topics.sh --list와 같음)
  console-consumer --bootstrap-server &lt;host:port&gt; --topic &lt;topic&gt; [...]
                                                  토픽 읽기 (kafka-console-consumer.sh와 같음)
각 명령의 옵션을 보려면 명령에 --help를 붙여 실행하세요.</translation>
    </message>
</context>
<context>
    <name>cs::cli::ConsoleConsumer</name>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="339"/>
        <source>Error processing message, terminating consumer process: </source>
        <translation>메시지를 처리하는 중 오류가 발생하여 컨슈머 프로세스를 종료합니다: </translation>
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
        <translation>이 도구는 Kafka 토픽에서 데이터를 읽어 표준 출력으로 내보냅니다.
옵션                        설명
----                        ----
--bootstrap-server &lt;host:port&gt;  필수: 연결할 서버(여러 개 가능).
--topic &lt;topic&gt;             읽을 토픽.
--from-beginning            최신 메시지가 아니라 로그에 남아 있는 가장 오래된 메시지부터
                              읽기 시작합니다.
--partition &lt;Integer&gt;       읽을 파티션. '--offset'을 지정하지 않으면 파티션의 끝부터
                              읽기 시작합니다.
--offset &lt;earliest|latest|n&gt;  읽기 시작할 오프셋(음이 아닌 정수, 또는 'earliest'나
                              'latest'). 기본값: latest
--group &lt;group&gt;             컨슈머의 컨슈머 그룹 ID.
--max-messages &lt;Integer&gt;    종료하기 전까지 읽을 최대 메시지 수.
--timeout-ms &lt;Integer&gt;      이 시간 동안 읽을 메시지가 없으면 종료합니다.
--property &lt;prop&gt;           메시지 포매터 속성: print.timestamp=true|false,
                              print.key, print.offset, print.partition, print.headers,
                              print.value, key.separator=&lt;sep&gt;, line.separator=&lt;sep&gt;,
                              headers.separator=&lt;sep&gt;, headers.key.separator=&lt;sep&gt;,
                              null.literal=&lt;text&gt;
--help                      사용법 정보를 출력합니다.
kafka-console-consumer와 달리, 브로커에 더 이상 남아 있지 않은 오프셋을 건너뛰지 않고
오류를 내며 읽기를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../core/cli/consoleconsumer.cpp" line="205"/>
        <source>--include/--whitelist is not supported; use --topic.</source>
        <translation>--include/--whitelist는 지원하지 않습니다. --topic을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>cs::cli::MessageFormatter</name>
    <message>
        <location filename="../core/cli/messageformatter.cpp" line="60"/>
        <source>Unknown formatter property %1.</source>
        <translation>알 수 없는 포매터 속성 %1입니다.</translation>
    </message>
</context>
<context>
    <name>cs::config::Properties</name>
    <message>
        <location filename="../core/config/properties.cpp" line="319"/>
        <source>malformed \uXXXX escape</source>
        <translation>잘못된 \uXXXX 이스케이프</translation>
    </message>
    <message>
        <location filename="../core/config/properties.cpp" line="332"/>
        <location filename="../core/config/properties.cpp" line="338"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/config/properties.cpp" line="388"/>
        <location filename="../core/config/properties.cpp" line="394"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::config::PropertiesError</name>
    <message>
        <location filename="../core/config/properties.cpp" line="180"/>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>cs::config::WorkerConfig</name>
    <message>
        <location filename="../core/config/workerconfig.cpp" line="318"/>
        <source>Listener port out of range (0-65535): %1</source>
        <translation>리스너 포트가 범위(0-65535)를 벗어났습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::DatabaseDialect</name>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="101"/>
        <location filename="../core/jdbc/databasedialect.cpp" line="262"/>
        <source>Could not list the tables of the database: %1</source>
        <translation>데이터베이스의 테이블 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="288"/>
        <source>Could not read the definition of table %1: %2</source>
        <translation>테이블 %1의 정의를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="305"/>
        <source>Could not read the columns of table %1: %2</source>
        <translation>테이블 %1의 컬럼을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/databasedialect.cpp" line="337"/>
        <source>Could not read the primary key of table %1: %2</source>
        <translation>테이블 %1의 기본 키를 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::H2Dialect</name>
    <message>
        <location filename="../core/jdbc/h2dialect.cpp" line="144"/>
        <source>Could not prepare the H2 connection (CREATE ALIAS CONNECT_STUDIO_HEX_TO_BYTES): %1</source>
        <translation>H2 연결을 준비하지 못했습니다(CREATE ALIAS CONNECT_STUDIO_HEX_TO_BYTES): %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::JdbcUrl</name>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="166"/>
        <source>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</source>
        <translation>Connect Studio는 QtSql을 통해 데이터베이스에 연결하며, jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database, jdbc:h2:tcp://host:port/&lt;database&gt; 형식의 URL을 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="172"/>
        <source>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</source>
        <translation>JDBC URL(jdbc:&lt;subprotocol&gt;:&lt;subname&gt;)이 아닙니다. %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="222"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="275"/>
        <source>The host and port &quot;%1&quot; in this URL cannot be read.</source>
        <translation>이 URL의 호스트와 포트 "%1"을(를) 해석할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="258"/>
        <source>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</source>
        <translation>Connect Studio는 H2의 PostgreSQL 프로토콜 서버를 통해 H2에 연결하므로 서버 URL(jdbc:h2:tcp://host:port/&lt;database&gt;)만 사용할 수 있습니다. H2를 -tcp와 -pg 옵션으로 시작하고 URL이 그 서버를 가리키도록 하세요.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="271"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="287"/>
        <source>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</source>
        <translation>URL에 데이터베이스 이름이 없습니다(jdbc:h2:tcp://host:port/&lt;database&gt;).</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="307"/>
        <source>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</source>
        <translation>%1에는 QtSql 드라이버 %2이(가) 필요하지만 설치되어 있지 않습니다(Debian 패키지 %3). 설치된 QtSql 드라이버: %4.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="310"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="335"/>
        <source>Could not open the SQLite database %1 (%2): %3</source>
        <translation>SQLite 데이터베이스 %1 (%2)을(를) 열지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="339"/>
        <source>Could not connect to H2&apos;s PostgreSQL-protocol server at %1 for %2: %3</source>
        <translation>%1에 있는 H2의 PostgreSQL 프로토콜 서버에 연결하지 못했습니다(%2): %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="341"/>
        <source>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</source>
        <translation>Connect Studio는 H2를 -pg 옵션으로 시작했을 때 열리는 PG 서버를 통해 H2에 연결합니다(-pgPort로 따로 지정하지 않으면 포트 %1). PG 서버가 다른 포트에서 수신한다면 커넥터에 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="346"/>
        <source>Could not connect to %1 at %2 for %3: %4</source>
        <translation>%2에 있는 %1에 연결하지 못했습니다(%3): %4</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::SqliteDialect</name>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="31"/>
        <source>Could not list the tables of the database: %1</source>
        <translation>데이터베이스의 테이블 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="51"/>
        <source>Could not read the definition of table %1: %2</source>
        <translation>테이블 %1의 정의를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sqlitedialect.cpp" line="62"/>
        <source>Could not read the columns of table %1: %2</source>
        <translation>테이블 %1의 컬럼을 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="72"/>
        <source>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</source>
        <translation>%3 [파티션 %4]의 오프셋 %1~%2이(가) 더 이상 브로커에 없습니다. 읽기 전에 보존 정책에 따라 삭제되었습니다. 건너뛴 메시지는 없으며 읽기를 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Admin</name>
    <message>
        <location filename="../core/kafka/admin.cpp" line="76"/>
        <source>Cannot create a Kafka admin client: %1</source>
        <translation>Kafka 관리 클라이언트를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="138"/>
        <source>Cannot list the topics of %1: %2</source>
        <translation>%1의 토픽 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="189"/>
        <source>Topic %1 does not exist.</source>
        <translation>토픽 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="203"/>
        <source>Cannot read the offsets of %1 [partition %2]: %3</source>
        <translation>%1 [파티션 %2]의 오프셋을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="226"/>
        <source>Topic %1 already exists.</source>
        <translation>토픽 %1이(가) 이미 존재합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="242"/>
        <source>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</source>
        <translation>내장 브로커는 토픽 %1의 구성(%2)을 무시합니다. 컴팩션이나 보존 설정을 적용하지 않으며, 파티션마다 최근 약 5 MiB만 보관합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="248"/>
        <source>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</source>
        <translation>토픽 %1의 복제 계수는 %2이(가) 아니라 1입니다. 내장 브로커는 단일 브로커이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="267"/>
        <location filename="../core/kafka/admin.cpp" line="289"/>
        <location filename="../core/kafka/admin.cpp" line="326"/>
        <source>Cannot create topic %1: %2</source>
        <translation>토픽 %1을(를) 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="272"/>
        <source>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</source>
        <translation>토픽 %1이(가) 파티션 %3개가 아니라 %2개로 생성되었습니다. 다른 프로세스의 내장 브로커는 토픽을 자동으로만 생성합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="306"/>
        <source>Kafka at %1 did not answer the topic creation within %2 ms.</source>
        <translation>%1의 Kafka가 %2 ms 안에 토픽 생성 요청에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="313"/>
        <source>Cannot create topics: %1</source>
        <translation>토픽을 생성할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Consumer</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="323"/>
        <source>Cannot read the partitions of %1 from %2: %3</source>
        <translation>%2에서 %1의 파티션 정보를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="340"/>
        <source>Topic %1 does not exist on %2 (%3).</source>
        <translation>토픽 %1이(가) %2에 존재하지 않습니다(%3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="350"/>
        <source>Topic %1 has no partition %2 (it has %3).</source>
        <translation>토픽 %1에는 파티션 %2이(가) 없습니다(파티션 수: %3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="389"/>
        <source>Cannot look up offsets by timestamp in %1: %2</source>
        <translation>%1에서 타임스탬프로 오프셋을 조회할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="412"/>
        <source>Cannot assign partitions of %1: %2</source>
        <translation>%1의 파티션을 할당할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="475"/>
        <source>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</source>
        <translation>%2 [파티션 %3]의 오프셋 %1이(가) 로그 범위(%4~%5)를 벗어났습니다: %6</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="490"/>
        <source>%1 [partition %2]: %3</source>
        <translation>%1 [파티션 %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="499"/>
        <source>The Kafka consumer failed: %1</source>
        <translation>Kafka 컨슈머에서 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="538"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Kafka 컨슈머를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="571"/>
        <source>Cannot subscribe to %1: %2</source>
        <translation>%1을(를) 구독할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="768"/>
        <source>Cannot commit offsets: the consumer is not running.</source>
        <translation>오프셋을 커밋할 수 없습니다: 컨슈머가 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="795"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>그룹 %1의 오프셋을 커밋할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="807"/>
        <source>The consumer is not running.</source>
        <translation>컨슈머가 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::EmbeddedBroker</name>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="47"/>
        <source>Cannot create topic %1: %2</source>
        <translation>토픽 %1을(를) 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="120"/>
        <source>Cannot start the embedded Kafka broker: %1</source>
        <translation>내장 Kafka 브로커를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="126"/>
        <source>Cannot start the embedded Kafka broker: librdkafka could not create its mock cluster.</source>
        <translation>내장 Kafka 브로커를 시작할 수 없습니다: librdkafka가 모의 클러스터를 생성하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="133"/>
        <source>Cannot start the embedded Kafka broker: unexpected listener address %1.</source>
        <translation>내장 Kafka 브로커를 시작할 수 없습니다: 예상하지 못한 리스너 주소 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/embeddedbroker.cpp" line="232"/>
        <source>Cannot create topic %1: the embedded Kafka broker is not running.</source>
        <translation>토픽 %1을(를) 생성할 수 없습니다: 내장 Kafka 브로커가 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Producer</name>
    <message>
        <location filename="../core/kafka/producer.cpp" line="116"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Kafka 프로듀서를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="149"/>
        <source>The Kafka producer is not open.</source>
        <translation>Kafka 프로듀서가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="189"/>
        <source>Cannot produce to %1: %2</source>
        <translation>%1에 메시지를 보낼 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka::TcpForwarder</name>
    <message>
        <location filename="../core/kafka/tcpforwarder.cpp" line="180"/>
        <source>Cannot create a socket: %1</source>
        <translation>소켓을 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/tcpforwarder.cpp" line="190"/>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1에서 수신할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::kafka::detail</name>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="45"/>
        <source>Invalid Kafka client setting %1=%2: %3</source>
        <translation>잘못된 Kafka 클라이언트 설정 %1=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="59"/>
        <source>No Kafka bootstrap servers given.</source>
        <translation>Kafka 부트스트랩 서버가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="114"/>
        <source>Kafka at %1 did not answer within %2 ms: %3</source>
        <translation>%1의 Kafka가 %2 ms 안에 응답하지 않았습니다: %3</translation>
    </message>
</context>
<context>
    <name>cs::net</name>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="78"/>
        <source>an unknown process</source>
        <translation>알 수 없는 프로세스</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="79"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerPanel</name>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="124"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="124"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="127"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="129"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="133"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="160"/>
        <source>Kafka broker</source>
        <translation>Kafka 브로커</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="162"/>
        <source>An in-process Kafka cluster for the lab (librdkafka&apos;s mock broker). Topics live in memory; each partition keeps about its last 5 MiB.</source>
        <translation>실습용 프로세스 내 Kafka 클러스터(librdkafka의 모의 브로커)입니다. 토픽은 메모리에만 있으며, 파티션마다 최근 약 5 MiB만 보관합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="164"/>
        <source>Bootstrap servers</source>
        <translation>부트스트랩 서버</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="165"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="166"/>
        <source>Try it</source>
        <translation>사용해 보기</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="167"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="168"/>
        <source>Copy the bootstrap address to the clipboard</source>
        <translation>부트스트랩 주소를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="169"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="170"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="187"/>
        <source>%1, the lab&apos;s usual port</source>
        <translation>%1 (실습 기본 포트)</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="189"/>
        <source>%1: port %2 was already in use, so the broker took a free port. Clients must use the address above.</source>
        <translation>%1: 포트 %2이(가) 이미 사용 중이어서 빈 포트를 사용합니다. 클라이언트는 위 주소를 사용해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="195"/>
        <source>Listens on %1 when it is free, otherwise on a free port shown here.</source>
        <translation>%1 포트가 비어 있으면 그 포트에서, 아니면 여기에 표시되는 빈 포트에서 수신합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerpanel.cpp" line="205"/>
        <source>The broker could not start: %1</source>
        <translation>브로커를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerStatusIndicator</name>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="46"/>
        <source>Kafka broker: %1 at %2</source>
        <translation>Kafka 브로커: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="47"/>
        <source>Kafka broker: %1</source>
        <translation>Kafka 브로커: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPage</name>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="25"/>
        <source>Lab</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="30"/>
        <source>The CDC lab on this machine: start its services here and point your tools at them.</source>
        <translation>이 컴퓨터의 CDC 실습 환경입니다. 여기서 서비스를 시작하고 도구를 연결하세요.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="41"/>
        <source>Not in the studio yet: the Connect worker on port 8083 (for now run it with connect-studio-worker --embedded-kafka), the lab&apos;s source and target databases and the Order service (port 8081).</source>
        <translation>스튜디오에는 아직 없습니다: 포트 8083의 Connect 워커(지금은 connect-studio-worker --embedded-kafka로 실행하세요), 실습용 원본·대상 데이터베이스, 주문 서비스(포트 8081).</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;About %1</source>
        <translation>%1 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>About %1</source>
        <translation>%1 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Connect 호환 워커를 내장한 Kafka Connect CDC 스튜디오입니다.&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 이상으로 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="83"/>
        <location filename="../ui/settings/settingsdialog.cpp" line="84"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="85"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="87"/>
        <source>System default (%1)</source>
        <translation>시스템 기본값 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="88"/>
        <source>The change applies at once and is remembered.</source>
        <translation>변경 사항은 즉시 적용되며 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>cs::util::Logging</name>
    <message>
        <location filename="../core/util/log.cpp" line="284"/>
        <source>Cannot create the log folder %1.</source>
        <translation>로그 폴더 %1을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/util/log.cpp" line="294"/>
        <source>Cannot open the log file %1: %2</source>
        <translation>로그 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/util/log.cpp" line="408"/>
        <source>%1: unknown log level &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 로그 레벨 "%2"</translation>
    </message>
</context>
<context>
    <name>cs::worker</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="56"/>
        <source>Malformed record %1 in an internal topic</source>
        <translation>내부 토픽에 잘못된 레코드 %1이(가) 있습니다</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalRecords</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="195"/>
        <location filename="../core/worker/internalrecords.cpp" line="261"/>
        <source>no task number</source>
        <translation>태스크 번호가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="211"/>
        <location filename="../core/worker/internalrecords.cpp" line="280"/>
        <source>the value is not a JSON object</source>
        <translation>값이 JSON 객체가 아님</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="219"/>
        <source>no &quot;properties&quot; object</source>
        <translation>"properties" 객체가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="237"/>
        <source>unknown target state &quot;%1&quot;</source>
        <translation>알 수 없는 대상 상태 "%1"</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="267"/>
        <source>no connector name</source>
        <translation>커넥터 이름이 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="285"/>
        <source>no &quot;topic&quot; object</source>
        <translation>"topic" 객체가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="319"/>
        <source>an offset key must be [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}]</source>
        <translation>오프셋 키는 ["&lt;connector&gt;", {&lt;partition&gt;}] 형식이어야 함</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalTopics</name>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="77"/>
        <source>Cannot write the internal topics at %1: %2</source>
        <translation>%1의 내부 토픽에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="138"/>
        <source>Cannot create the internal topics: %1</source>
        <translation>내부 토픽을 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="197"/>
        <source>Cannot read the internal topic %1: %2</source>
        <translation>내부 토픽 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="226"/>
        <location filename="../core/worker/internaltopics.cpp" line="232"/>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 복원할 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="247"/>
        <source>The internal topics are not open.</source>
        <translation>내부 토픽이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="261"/>
        <source>Timed out writing to the internal topic %1 at %2</source>
        <translation>%2의 내부 토픽 %1에 쓰는 중 시간이 초과되었습니다</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="267"/>
        <location filename="../core/worker/internaltopics.cpp" line="284"/>
        <source>Cannot write to the internal topic %1: %2</source>
        <translation>내부 토픽 %1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::StateJournal</name>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="79"/>
        <location filename="../core/worker/statejournal.cpp" line="259"/>
        <source>Cannot open the worker state file %1: %2</source>
        <translation>워커 상태 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="84"/>
        <source>%1 is not a Connect Studio worker state file.</source>
        <translation>%1은(는) Connect Studio 워커 상태 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="165"/>
        <source>The worker state file is not open.</source>
        <translation>워커 상태 파일이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="219"/>
        <source>Cannot write the worker state file %1: %2</source>
        <translation>워커 상태 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="228"/>
        <source>Cannot flush the worker state file %1 to disk: %2</source>
        <translation>워커 상태 파일 %1을(를) 디스크에 플러시할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/statejournal.cpp" line="240"/>
        <location filename="../core/worker/statejournal.cpp" line="253"/>
        <source>Cannot rewrite the worker state file %1: %2</source>
        <translation>워커 상태 파일 %1을(를) 다시 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::Worker</name>
    <message>
        <location filename="../core/worker/worker.cpp" line="87"/>
        <source>Another worker (pid %1) already serves group.id &apos;%2&apos; on %3. Clustering several workers is Apache Kafka Connect&apos;s job: give this worker its own group.id and storage topics.</source>
        <translation>다른 워커(PID %1)가 이미 %3에서 group.id '%2'을(를) 사용하고 있습니다. 여러 워커를 클러스터로 묶는 것은 Apache Kafka Connect가 할 일입니다. 이 워커에는 별도의 group.id와 저장 토픽을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="91"/>
        <source>the embedded broker</source>
        <translation>내장 브로커</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="103"/>
        <source>The embedded Kafka broker did not start: %1</source>
        <translation>내장 Kafka 브로커를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="110"/>
        <source>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</source>
        <translation>포트 %1이(가) 사용 중이므로 내장 Kafka 브로커가 대신 %2에서 수신합니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="146"/>
        <source>Restored %1 record(s) from %2 into the embedded broker.</source>
        <translation>%2에서 레코드 %1개를 내장 브로커로 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="169"/>
        <source>The REST API listens on %1, which other machines can reach. Connect&apos;s REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</source>
        <translation>REST API가 다른 컴퓨터에서도 접근할 수 있는 %1에서 수신하고 있습니다. Connect의 REST API에는 인증이 없으므로, 의도한 것이 아니라면 127.0.0.1에 바인딩하세요.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="188"/>
        <source>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</source>
        <translation>Kafka Connect가 시작되었습니다: REST API %1, Kafka 부트스트랩 %2, 워커 ID %3</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerHerder</name>
    <message>
        <location filename="../core/worker/workerherder.cpp" line="893"/>
        <source>Altering the consumer-group offsets of sink connectors is not supported by this worker yet.</source>
        <translation>이 워커는 아직 싱크 커넥터의 컨슈머 그룹 오프셋 변경을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/workerherder.cpp" line="942"/>
        <source>Resetting the consumer-group offsets of sink connectors is not supported by this worker yet.</source>
        <translation>이 워커는 아직 싱크 커넥터의 컨슈머 그룹 오프셋 재설정을 지원하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerTask</name>
    <message>
        <location filename="../core/worker/workertask.cpp" line="221"/>
        <location filename="../core/worker/workertask.cpp" line="395"/>
        <source>Failed to create the converters of %1</source>
        <translation>%1의 컨버터를 생성하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/worker/workertask.cpp" line="238"/>
        <source>Failed to start the producer of %1</source>
        <translation>%1의 프로듀서를 시작하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="38"/>
        <source>Kafka Connect CDC studio with an embedded lab.</source>
        <translation>실습 환경을 내장한 Kafka Connect CDC 스튜디오.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Start the embedded lab at launch.</source>
        <translation>실행할 때 내장 실습 환경을 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="44"/>
        <source>Use this language instead of the saved choice (en or ko).</source>
        <translation>저장된 선택 대신 이 언어를 사용합니다(en 또는 ko).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="52"/>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>알 수 없는 언어 "%1"입니다. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="57"/>
        <source>The %1 translation is missing; showing English.</source>
        <translation>%1 번역이 없어 영어로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../app/worker/main.cpp" line="21"/>
        <source>Runs a Kafka Connect worker: the Connect REST API, connectors and tasks, as connect-distributed.sh does.</source>
        <translation>connect-distributed.sh와 같이 Kafka Connect 워커(Connect REST API, 커넥터, 태스크)를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="27"/>
        <source>Start the embedded Kafka broker (127.0.0.1:&lt;port&gt;, default 9092) in this process and use it instead of bootstrap.servers.</source>
        <translation>이 프로세스에서 내장 Kafka 브로커(127.0.0.1:&lt;port&gt;, 기본값 9092)를 시작하고 bootstrap.servers 대신 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="32"/>
        <source>Also write the log to a timestamped file in this folder.</source>
        <translation>이 폴더의 타임스탬프가 붙은 파일에도 로그를 기록합니다.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="37"/>
        <source>Where the embedded mode keeps configs and offsets (default: %1).</source>
        <translation>내장 모드에서 구성과 오프셋을 저장할 위치입니다(기본값: %1).</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="43"/>
        <source>The worker&apos;s configuration file.</source>
        <translation>워커 구성 파일입니다.</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="67"/>
        <source>Logging to %1</source>
        <translation>로그 기록 위치: %1</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="88"/>
        <source>REST API: %1
Kafka bootstrap: %2
</source>
        <translation>REST API: %1
Kafka 부트스트랩: %2
</translation>
    </message>
</context>
</TS>
