<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="21"/>
        <source>The keychain holds no secret for %1.</source>
        <translation>키체인에 %1의 비밀 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="26"/>
        <source>The keychain refused access to the secret for %1 (is it locked?): %2</source>
        <translation>키체인이 %1의 비밀 정보에 대한 접근을 거부했습니다(잠겨 있나요?): %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="47"/>
        <source>No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running on the session bus), so the secret for %1 was not stored or read. Start a keychain and try again; secrets are never written to the settings file. (%2)</source>
        <translation>사용할 수 있는 키체인이 없어(세션 버스에서 GNOME Keyring이나 KWallet 같은 Secret Service가 실행 중이 아님) %1의 비밀 정보를 저장하거나 읽지 못했습니다. 키체인을 시작한 뒤 다시 시도하세요. 비밀 정보는 설정 파일에 절대 기록되지 않습니다. (%2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/secretstore.cpp" line="54"/>
        <source>The keychain failed for %1: %2</source>
        <translation>%1의 키체인 작업이 실패했습니다: %2</translation>
    </message>
</context>
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
--partition &lt;Integer&gt;       읽을 파티션. &apos;--offset&apos;을 지정하지 않으면 파티션의 끝부터
                              읽기 시작합니다.
--offset &lt;earliest|latest|n&gt;  읽기 시작할 오프셋(음이 아닌 정수, 또는 &apos;earliest&apos;나
                              &apos;latest&apos;). 기본값: latest
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
    <name>cs::connectclient</name>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="79"/>
        <source>The value of &quot;%1&quot; is null; a connector config value must be a string.</source>
        <translation>&quot;%1&quot;의 값이 null입니다. 커넥터 구성 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="81"/>
        <source>The value of &quot;%1&quot; is an object or an array; a connector config value must be a string.</source>
        <translation>&quot;%1&quot;의 값이 객체 또는 배열입니다. 커넥터 구성 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="101"/>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="136"/>
        <source>Not valid JSON at %1: %2</source>
        <translation>%1 위치의 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/connectclient/configtext.cpp" line="143"/>
        <source>The JSON text must be an object: {&quot;name&quot;: ..., &quot;config&quot;: {...}} or a flat config map.</source>
        <translation>JSON 텍스트는 객체여야 합니다: {&quot;name&quot;: ..., &quot;config&quot;: {...}} 또는 평면 구성 맵.</translation>
    </message>
</context>
<context>
    <name>cs::connectclient::ConnectClient</name>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="114"/>
        <source>No answer from %1 within %2 s</source>
        <translation>%2초 안에 %1에서 응답이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="117"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectclient.cpp" line="145"/>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation>예상하지 못한 응답(HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>cs::connectclient::ConnectorListModel</name>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="14"/>
        <source>no tasks</source>
        <translation>태스크 없음</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="68"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="70"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="72"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="74"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="76"/>
        <source>Restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="78"/>
        <source>Unassigned</source>
        <translation>할당되지 않음</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="80"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="113"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="113"/>
        <source>Sink</source>
        <translation>싱크</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="116"/>
        <source>No status yet</source>
        <translation>아직 상태 없음</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="137"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="139"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="141"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="143"/>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="145"/>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <location filename="../core/connectclient/connectorlistmodel.cpp" line="147"/>
        <source>Class</source>
        <translation>클래스</translation>
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
    <name>cs::jdbc::JdbcDbWriter</name>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="315"/>
        <source>Unable to connect to the database on attempt %1/%2: %3</source>
        <translation>%1/%2번째 시도에서 데이터베이스에 연결하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="360"/>
        <source>Write of %1 records failed. Remaining retries=%2: %3</source>
        <translation>레코드 %1개 쓰기에 실패했습니다. 남은 재시도 횟수=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="366"/>
        <source>The task is stopping: gave up retrying after %1 of %2 retries: %3</source>
        <translation>태스크가 멈추는 중입니다: 재시도 %2회 중 %1회 후 재시도를 포기했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="446"/>
        <source>Could not read the definition of table %1</source>
        <translation>테이블 %1의 정의를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="559"/>
        <source>Creating table with sql: %1</source>
        <translation>다음 SQL로 테이블을 생성합니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="568"/>
        <source>Could not create table %1</source>
        <translation>테이블 %1을(를) 생성하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="599"/>
        <source>Amending table to add missing fields with sql: %1</source>
        <translation>다음 SQL로 누락된 필드를 추가하도록 테이블을 변경합니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="860"/>
        <source>The record at %1 does not fit table %2%3: %4</source>
        <translation>%1의 레코드가 테이블 %2%3에 맞지 않습니다: %4</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="862"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, 컬럼 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="935"/>
        <source>The record at %1 does not fit table %2, column &quot;%3&quot;: the column is NOT NULL and the record has no value for it</source>
        <translation>%1의 레코드가 테이블 %2의 컬럼 &quot;%3&quot;에 맞지 않습니다: 이 컬럼은 NOT NULL인데 레코드에 값이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="953"/>
        <source>Could not prepare %1</source>
        <translation>%1을(를) 준비하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="959"/>
        <source>Could not begin a transaction</source>
        <translation>트랜잭션을 시작하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/sink/jdbcdbwriter.cpp" line="978"/>
        <source>Could not commit the transaction: %1</source>
        <translation>트랜잭션을 커밋하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::JdbcUrl</name>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="179"/>
        <source>Connect Studio reaches databases through QtSql and understands jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database and jdbc:h2:tcp://host:port/&lt;database&gt; URLs.</source>
        <translation>Connect Studio는 QtSql을 통해 데이터베이스에 연결하며, jdbc:sqlite:&lt;file&gt;, jdbc:postgresql://host:port/database, jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database, jdbc:h2:tcp://host:port/&lt;database&gt; 형식의 URL을 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="185"/>
        <source>This is not a JDBC URL (jdbc:&lt;subprotocol&gt;:&lt;subname&gt;). %1</source>
        <translation>JDBC URL(jdbc:&lt;subprotocol&gt;:&lt;subname&gt;)이 아닙니다. %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="235"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="288"/>
        <source>The host and port &quot;%1&quot; in this URL cannot be read.</source>
        <translation>이 URL의 호스트와 포트 &quot;%1&quot;을(를) 해석할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="271"/>
        <source>Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs (jdbc:h2:tcp://host:port/&lt;database&gt;) can be used: start H2 with -tcp and -pg and point the URL at it.</source>
        <translation>Connect Studio는 H2의 PostgreSQL 프로토콜 서버를 통해 H2에 연결하므로 서버 URL(jdbc:h2:tcp://host:port/&lt;database&gt;)만 사용할 수 있습니다. H2를 -tcp와 -pg 옵션으로 시작하고 URL이 그 서버를 가리키도록 하세요.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="284"/>
        <location filename="../core/jdbc/jdbcurl.cpp" line="300"/>
        <source>The URL names no database (jdbc:h2:tcp://host:port/&lt;database&gt;).</source>
        <translation>URL에 데이터베이스 이름이 없습니다(jdbc:h2:tcp://host:port/&lt;database&gt;).</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="320"/>
        <source>%1 needs the QtSql driver %2, which is not installed (Debian package %3). Installed QtSql drivers: %4.</source>
        <translation>%1에는 QtSql 드라이버 %2이(가) 필요하지만 설치되어 있지 않습니다(Debian 패키지 %3). 설치된 QtSql 드라이버: %4.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="323"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="348"/>
        <source>Could not open the SQLite database %1 (%2): %3</source>
        <translation>SQLite 데이터베이스 %1 (%2)을(를) 열지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="352"/>
        <source>Could not connect to H2&apos;s PostgreSQL-protocol server at %1 for %2: %3</source>
        <translation>%1에 있는 H2의 PostgreSQL 프로토콜 서버에 연결하지 못했습니다(%2): %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="354"/>
        <source>Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort says otherwise); set %2 on the connector if it listens on another port.</source>
        <translation>Connect Studio는 H2를 -pg 옵션으로 시작했을 때 열리는 PG 서버를 통해 H2에 연결합니다(-pgPort로 따로 지정하지 않으면 포트 %1). PG 서버가 다른 포트에서 수신한다면 커넥터에 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/jdbcurl.cpp" line="359"/>
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
    <name>cs::jdbc::source::JdbcSourceConnector</name>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="171"/>
        <source>Table monitor could not reach the database: %1</source>
        <translation>테이블 모니터가 데이터베이스에 연결하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="179"/>
        <source>Table monitor could not list the tables: %1</source>
        <translation>테이블 모니터가 테이블 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourceconnector.cpp" line="194"/>
        <source>Tables changed from [%1] to [%2]</source>
        <translation>테이블이 [%1]에서 [%2](으)로 바뀌었습니다</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::source::JdbcSourceTask</name>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="46"/>
        <source>Unable to connect to the database on attempt %1/%2: %3</source>
        <translation>%1/%2번째 시도에서 데이터베이스에 연결하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="110"/>
        <source>Started JDBC source task for %1 (%2 mode, %3)</source>
        <translation>%1의 JDBC 소스 태스크를 시작했습니다(%2 모드, %3)</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/jdbcsourcetask.cpp" line="160"/>
        <source>Failed to run the query of %1 (attempt %2), retrying at the next poll: %3</source>
        <translation>%1의 쿼리를 실행하지 못했습니다(%2번째 시도). 다음 폴링 때 다시 시도합니다: %3</translation>
    </message>
</context>
<context>
    <name>cs::jdbc::source::TableQuerier</name>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="167"/>
        <source>Table %1 does not exist in the database %2.</source>
        <translation>데이터베이스 %2에 테이블 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="180"/>
        <source>Table %1 has no auto-increment column to use in mode %2: set incrementing.column.name.</source>
        <translation>테이블 %1에는 %2 모드에서 사용할 자동 증가 컬럼이 없습니다. incrementing.column.name을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="271"/>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="283"/>
        <source>Could not read the database&apos;s current time: %1</source>
        <translation>데이터베이스의 현재 시간을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="332"/>
        <source>Failed to prepare the query %1: %2</source>
        <translation>쿼리 %1을(를) 준비하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="375"/>
        <source>Failed to run the query %1: %2</source>
        <translation>쿼리 %1을(를) 실행하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="498"/>
        <source>Could not build the record schema.</source>
        <translation>레코드 스키마를 만들지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="555"/>
        <source>Column %1: %2 is not a decimal number</source>
        <translation>컬럼 %1: %2은(는) 10진수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="569"/>
        <source>Column %1: %2 is not a date</source>
        <translation>컬럼 %1: %2은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="581"/>
        <source>Column %1: %2 is not a time</source>
        <translation>컬럼 %1: %2은(는) 시간이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="587"/>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="597"/>
        <source>Column %1: %2 is not a timestamp</source>
        <translation>컬럼 %1: %2은(는) 타임스탬프가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="640"/>
        <source>Column %1: %2 is not an integer</source>
        <translation>컬럼 %1: %2은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="705"/>
        <source>Incrementing column %1: %2 is not a whole number</source>
        <translation>증가 컬럼 %1: %2은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="745"/>
        <source>Failed to read the result of %1: %2</source>
        <translation>%1의 결과를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/jdbc/source/tablequerier.cpp" line="781"/>
        <source>Null or unreadable value in the timestamp columns %1 of %2.</source>
        <translation>%2의 타임스탬프 컬럼 %1에 null이거나 읽을 수 없는 값이 있습니다.</translation>
    </message>
</context>
<context>
    <name>cs::kafka</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="75"/>
        <source>Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed them before they were read. Nothing was skipped; reading stopped.</source>
        <translation>%3 [파티션 %4]의 오프셋 %1~%2이(가) 더 이상 브로커에 없습니다. 읽기 전에 보존 정책에 따라 삭제되었습니다. 건너뛴 메시지는 없으며 읽기를 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="124"/>
        <location filename="../core/kafka/mocklogstart.cpp" line="127"/>
        <location filename="../core/kafka/mocklogstart.cpp" line="132"/>
        <source>unexpected answer to a Produce request</source>
        <translation>Produce 요청에 대한 예상하지 못한 응답</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="136"/>
        <source>the broker refused the records (Kafka error %1)</source>
        <translation>브로커가 레코드를 거부했습니다(Kafka 오류 %1)</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="149"/>
        <source>Cannot make %1-%2 of the embedded broker start at offset %3: %4</source>
        <translation>내장 브로커의 %1-%2이(가) 오프셋 %3에서 시작하도록 할 수 없습니다: %4</translation>
    </message>
    <message>
        <location filename="../core/kafka/mocklogstart.cpp" line="157"/>
        <source>only offsets from 2 to 2^31 can be set</source>
        <translation>2부터 2^31까지의 오프셋만 설정할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Admin</name>
    <message>
        <location filename="../core/kafka/admin.cpp" line="77"/>
        <source>Cannot create a Kafka admin client: %1</source>
        <translation>Kafka 관리 클라이언트를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="145"/>
        <source>Cannot list the topics of %1: %2</source>
        <translation>%1의 토픽 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="196"/>
        <source>Topic %1 does not exist.</source>
        <translation>토픽 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="210"/>
        <source>Cannot read the offsets of %1 [partition %2]: %3</source>
        <translation>%1 [파티션 %2]의 오프셋을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="233"/>
        <source>Topic %1 already exists.</source>
        <translation>토픽 %1이(가) 이미 존재합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="249"/>
        <source>The embedded broker ignores the configs of topic %1 (%2): it neither compacts nor applies retention settings, and keeps about the last 5 MiB per partition.</source>
        <translation>내장 브로커는 토픽 %1의 구성(%2)을 무시합니다. 컴팩션이나 보존 설정을 적용하지 않으며, 파티션마다 최근 약 5 MiB만 보관합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="255"/>
        <source>Topic %1 has replication factor 1 instead of %2: the embedded broker is a single broker.</source>
        <translation>토픽 %1의 복제 계수는 %2이(가) 아니라 1입니다. 내장 브로커는 단일 브로커이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="274"/>
        <location filename="../core/kafka/admin.cpp" line="296"/>
        <location filename="../core/kafka/admin.cpp" line="333"/>
        <source>Cannot create topic %1: %2</source>
        <translation>토픽 %1을(를) 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="279"/>
        <source>Topic %1 was created with %2 partitions instead of %3: the embedded broker of another process only creates topics automatically.</source>
        <translation>토픽 %1이(가) 파티션 %3개가 아니라 %2개로 생성되었습니다. 다른 프로세스의 내장 브로커는 토픽을 자동으로만 생성합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="313"/>
        <source>Kafka at %1 did not answer the topic creation within %2 ms.</source>
        <translation>%1의 Kafka가 %2 ms 안에 토픽 생성 요청에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/admin.cpp" line="320"/>
        <source>Cannot create topics: %1</source>
        <translation>토픽을 생성할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::kafka::Consumer</name>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="334"/>
        <source>Cannot read the partitions of %1 from %2: %3</source>
        <translation>%2에서 %1의 파티션 정보를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="351"/>
        <source>Topic %1 does not exist on %2 (%3).</source>
        <translation>토픽 %1이(가) %2에 존재하지 않습니다(%3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="361"/>
        <source>Topic %1 has no partition %2 (it has %3).</source>
        <translation>토픽 %1에는 파티션 %2이(가) 없습니다(파티션 수: %3).</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="400"/>
        <source>Cannot look up offsets by timestamp in %1: %2</source>
        <translation>%1에서 타임스탬프로 오프셋을 조회할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="423"/>
        <source>Cannot assign partitions of %1: %2</source>
        <translation>%1의 파티션을 할당할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="491"/>
        <source>Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6</source>
        <translation>%2 [파티션 %3]의 오프셋 %1이(가) 로그 범위(%4~%5)를 벗어났습니다: %6</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="506"/>
        <source>%1 [partition %2]: %3</source>
        <translation>%1 [파티션 %2]: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="515"/>
        <source>The Kafka consumer failed: %1</source>
        <translation>Kafka 컨슈머에서 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="554"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Kafka 컨슈머를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="599"/>
        <source>Cannot subscribe to %1: %2</source>
        <translation>%1을(를) 구독할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="844"/>
        <source>Cannot commit offsets: the consumer is not running.</source>
        <translation>오프셋을 커밋할 수 없습니다: 컨슈머가 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="871"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>그룹 %1의 오프셋을 커밋할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/consumer.cpp" line="883"/>
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
        <location filename="../core/kafka/producer.cpp" line="138"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Kafka 프로듀서를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="192"/>
        <source>The Kafka producer is not open.</source>
        <translation>Kafka 프로듀서가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="197"/>
        <source>This producer reports every message to one handler.</source>
        <translation>이 프로듀서는 모든 메시지를 하나의 핸들러로 보고합니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/producer.cpp" line="241"/>
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
        <location filename="../core/kafka/rdkafkaglue.cpp" line="43"/>
        <source>Invalid Kafka client setting %1=%2: %3</source>
        <translation>잘못된 Kafka 클라이언트 설정 %1=%2: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="57"/>
        <source>No Kafka bootstrap servers given.</source>
        <translation>Kafka 부트스트랩 서버가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/kafka/rdkafkaglue.cpp" line="112"/>
        <source>Kafka at %1 did not answer within %2 ms: %3</source>
        <translation>%1의 Kafka가 %2 ms 안에 응답하지 않았습니다: %3</translation>
    </message>
</context>
<context>
    <name>cs::lab::H2Launcher</name>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="40"/>
        <source>Java is not installed (Debian package default-jre-headless).</source>
        <translation>Java가 설치되어 있지 않습니다(Debian 패키지 default-jre-headless).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="44"/>
        <source>%1 does not exist (Debian package libh2-java, or choose an h2.jar).</source>
        <translation>%1이(가) 없습니다(Debian 패키지 libh2-java를 설치하거나 h2.jar를 선택하세요).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="48"/>
        <source>The QtSql PostgreSQL driver, through which the studio reaches H2, is not installed (Debian package libqt6sql6-psql).</source>
        <translation>스튜디오가 H2에 연결할 때 쓰는 QtSql PostgreSQL 드라이버가 설치되어 있지 않습니다(Debian 패키지 libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="76"/>
        <source>Cannot create H2&apos;s folder %1.</source>
        <translation>H2 폴더 %1을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="83"/>
        <source>Port %1 is already in use by %2. Stop it, or give H2 other ports.</source>
        <translation>포트 %1을(를) 이미 %2이(가) 사용 중입니다. 그 프로세스를 중지하거나 H2에 다른 포트를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="85"/>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="98"/>
        <source>H2 exited (code %1): %2</source>
        <translation>H2가 종료되었습니다(코드 %1): %2</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="102"/>
        <source>Cannot run %1: %2</source>
        <translation>%1을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="120"/>
        <source>H2 did not open its ports %1, %2 and %3 within %4 s.</source>
        <translation>H2가 %4초 안에 포트 %1, %2, %3을(를) 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/lab/h2launcher.cpp" line="161"/>
        <source>H2 runs, but its database could not be opened over TCP: %1</source>
        <translation>H2는 실행 중이지만 TCP로 데이터베이스를 열지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cs::lab::LabDatabases</name>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="48"/>
        <source>Cannot create the lab&apos;s folder %1.</source>
        <translation>랩 폴더 %1을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="67"/>
        <source>Cannot create ORDER_TABLE in %1: %2</source>
        <translation>%1에 ORDER_TABLE을 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/lab/labdatabases.cpp" line="80"/>
        <source>Cannot create the target database %1.</source>
        <translation>타겟 데이터베이스 %1을(를) 생성할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>cs::net</name>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="86"/>
        <source>an unknown process</source>
        <translation>알 수 없는 프로세스</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsockets.cpp" line="87"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
</context>
<context>
    <name>cs::net::ListeningSocketsModel</name>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="105"/>
        <source>Proto</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="107"/>
        <source>Local address</source>
        <translation>로컬 주소</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="109"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="111"/>
        <source>PID/Program name</source>
        <translation>PID/프로그램 이름</translation>
    </message>
    <message>
        <location filename="../core/net/listeningsocketsmodel.cpp" line="113"/>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
</context>
<context>
    <name>cs::net::Prober</name>
    <message>
        <location filename="../core/net/probes.cpp" line="55"/>
        <source>Order service</source>
        <translation>주문 서비스</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="56"/>
        <source>Kafka Connect worker (REST)</source>
        <translation>Kafka Connect 워커(REST)</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="58"/>
        <source>Second Connect worker / extra service</source>
        <translation>두 번째 Connect 워커 / 추가 서비스</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="60"/>
        <source>H2 web console</source>
        <translation>H2 웹 콘솔</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="61"/>
        <source>H2 TCP server</source>
        <translation>H2 TCP 서버</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="62"/>
        <source>H2 PostgreSQL server</source>
        <translation>H2 PostgreSQL 서버</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="63"/>
        <source>Kafka broker</source>
        <translation>Kafka 브로커</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="112"/>
        <source>Accepts connections</source>
        <translation>연결 수락</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="115"/>
        <location filename="../core/net/probes.cpp" line="154"/>
        <source>Not reachable</source>
        <translation>연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="123"/>
        <source>No answer within %1 ms</source>
        <translation>%1 ms 안에 응답 없음</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="154"/>
        <source>No HTTP answer</source>
        <translation>HTTP 응답 없음</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="169"/>
        <source>Kafka Connect %1 (no Kafka cluster id reported)</source>
        <translation>Kafka Connect %1 (Kafka 클러스터 ID 보고 없음)</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="170"/>
        <source>Kafka Connect %1, Kafka cluster %2</source>
        <translation>Kafka Connect %1, Kafka 클러스터 %2</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="175"/>
        <source>HTTP %1 from GET %2, not a Kafka Connect answer</source>
        <translation>GET %2에서 HTTP %1 응답, Kafka Connect 응답이 아님</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="183"/>
        <source>GET /orders: %n order(s)</source>
        <translation>
            <numerusform>GET /orders: 주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="186"/>
        <source>HTTP %1 from GET /orders, not a JSON list</source>
        <translation>GET /orders에서 HTTP %1 응답, JSON 목록이 아님</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="193"/>
        <source>HTTP %1 from GET %2</source>
        <translation>GET %2에서 HTTP %1 응답</translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="218"/>
        <source>Accepts connections but does not answer as Kafka</source>
        <translation>연결은 수락하지만 Kafka로 응답하지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="223"/>
        <source>Kafka metadata: %n topic(s), embedded broker</source>
        <translation>
            <numerusform>Kafka 메타데이터: 토픽 %n개, 내장 브로커</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/probes.cpp" line="224"/>
        <source>Kafka metadata: %n topic(s)</source>
        <translation>
            <numerusform>Kafka 메타데이터: 토픽 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/probes.cpp" line="232"/>
        <source>Kafka metadata request failed</source>
        <translation>Kafka 메타데이터 요청 실패</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::RowTrace</name>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="188"/>
        <source>The table %1 does not exist.</source>
        <translation>테이블 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="204"/>
        <source>The table %1 has no column %2.</source>
        <translation>테이블 %1에 컬럼 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="248"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="302"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="370"/>
        <source>Source: %1</source>
        <translation>소스: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="251"/>
        <source>No target table was given.</source>
        <translation>타겟 테이블이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="256"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="262"/>
        <source>Target: %1</source>
        <translation>타겟: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="279"/>
        <source>record key</source>
        <translation>레코드 키</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="287"/>
        <source>payload fields</source>
        <translation>페이로드 필드</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="307"/>
        <source>The source table %1 has no primary key: name the key columns to trace by.</source>
        <translation>소스 테이블 %1에 기본 키가 없습니다. 추적에 사용할 키 컬럼을 지정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="312"/>
        <source>%n key value(s) expected.</source>
        <translation>
            <numerusform>키 값 %n개가 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="343"/>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="417"/>
        <source>Reading topic %1: %2</source>
        <translation>토픽 %1 읽기: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="349"/>
        <source>Stopped reading %1 after %2 s (%3 records read).</source>
        <translation>%2초 후 %1 읽기를 중지했습니다(레코드 %3개 읽음).</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="373"/>
        <source>No key columns: the source table has no primary key and none were named.</source>
        <translation>키 컬럼이 없습니다: 소스 테이블에 기본 키가 없고 지정된 키 컬럼도 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="381"/>
        <source>The record at partition %1, offset %2 carries no %3 in its key or payload.</source>
        <translation>파티션 %1, 오프셋 %2의 레코드는 키나 페이로드에 %3이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/rowtrace.cpp" line="424"/>
        <source>Topic %1 has no record at partition %2, offset %3.</source>
        <translation>토픽 %1의 파티션 %2, 오프셋 %3에 레코드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::SchemaModel</name>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="310"/>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="310"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="312"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>테이블 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="329"/>
        <source>view</source>
        <translation>뷰</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="329"/>
        <source>table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="348"/>
        <source>primary key</source>
        <translation>기본 키</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="360"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="362"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/schemamodel.cpp" line="364"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::SqlRunner</name>
    <message>
        <location filename="../core/sqlbrowse/sqlrunner.cpp" line="175"/>
        <source>Cancelled (%1)</source>
        <translation>취소됨(%1)</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/sqlrunner.cpp" line="200"/>
        <source>Cancelled: the database did not stop the statement, so its result is abandoned and the next run uses a new connection.</source>
        <translation>취소됨: 데이터베이스가 SQL 문을 멈추지 않아 그 결과는 버리고, 다음 실행에는 새 연결을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::TableCompare</name>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="89"/>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="96"/>
        <source>Source: %1</source>
        <translation>소스: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="92"/>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="101"/>
        <source>Target: %1</source>
        <translation>타겟: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="98"/>
        <source>The source table %1 does not exist.</source>
        <translation>소스 테이블 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="103"/>
        <source>The target table %1 does not exist.</source>
        <translation>타겟 테이블 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="108"/>
        <source>The source table %1 has no primary key: name the key columns to compare by.</source>
        <translation>소스 테이블 %1에 기본 키가 없습니다. 비교에 사용할 키 컬럼을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="115"/>
        <source>The source table %1 has no column %2.</source>
        <translation>소스 테이블 %1에 컬럼 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="117"/>
        <source>The target table %1 has no column %2.</source>
        <translation>타겟 테이블 %1에 컬럼 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="150"/>
        <source>Could not read the target table %1: %2</source>
        <translation>타겟 테이블 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablecompare.cpp" line="170"/>
        <source>Could not read the source table %1: %2</source>
        <translation>소스 테이블 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::sqlbrowse::TableModel</name>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="320"/>
        <source>The table %1 does not exist.</source>
        <translation>테이블 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="337"/>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="395"/>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="570"/>
        <source>Could not read rows %1–%2: %3</source>
        <translation>%1–%2행을 읽지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="637"/>
        <source>Could not refresh %1: %2</source>
        <translation>%1을(를) 새로 고치지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/sqlbrowse/tablemodel.cpp" line="784"/>
        <source>%1 (primary key)</source>
        <translation>%1 (기본 키)</translation>
    </message>
</context>
<context>
    <name>cs::topicview::CommandLines</name>
    <message>
        <location filename="../core/topicview/commandlines.cpp" line="28"/>
        <source>%1 takes --offset only with --partition: this line starts at the beginning of every partition.</source>
        <translation>%1은(는) --partition과 함께일 때만 --offset을 받습니다. 이 명령줄은 모든 파티션의 처음부터 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/topicview/commandlines.cpp" line="36"/>
        <source>%1 cannot start at a timestamp: this line starts at the beginning; kcat can (-o s@&lt;ms&gt;).</source>
        <translation>%1은(는) 타임스탬프부터 시작할 수 없어 이 명령줄은 처음부터 읽습니다. kcat은 가능합니다(-o s@&lt;ms&gt;).</translation>
    </message>
</context>
<context>
    <name>cs::topicview::InternalRecordDecoder</name>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="98"/>
        <source>Connector %1 deleted (tombstone of its config)</source>
        <translation>커넥터 %1 삭제됨(구성의 툼스톤)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="101"/>
        <source>Connector config of %1: %2, %n setting(s)</source>
        <translation>
            <numerusform>%1의 커넥터 구성: %2, 설정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="108"/>
        <source>Task config %1-%2 removed (tombstone)</source>
        <translation>태스크 구성 %1-%2 제거됨(툼스톤)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="111"/>
        <source>Task config of task %2 of %1, %n setting(s) (applies once commit-%1 follows)</source>
        <translation>
            <numerusform>%1의 태스크 %2 구성, 설정 %n개(뒤이어 commit-%1이 오면 적용됨)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="120"/>
        <source>Target state of %1 removed (the connector was deleted)</source>
        <translation>%1의 대상 상태 제거됨(커넥터가 삭제됨)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="123"/>
        <source>Target state of %1: %2</source>
        <translation>%1의 대상 상태: %2</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="127"/>
        <source>Commit record of %1 removed (tombstone)</source>
        <translation>%1의 커밋 레코드 제거됨(툼스톤)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/internaltopics.cpp" line="130"/>
        <source>Commit of %1: its last %n task config(s) apply</source>
        <translation>
            <numerusform>%1의 커밋: 마지막 태스크 구성 %n개가 적용됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="135"/>
        <source>Session key (signs requests between the workers of the cluster)</source>
        <translation>세션 키(클러스터 워커 간 요청에 서명)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="137"/>
        <source>Restart request for connector %1</source>
        <translation>커넥터 %1 재시작 요청</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="139"/>
        <source>Task fencing record of %1 (exactly-once source)</source>
        <translation>%1의 태스크 펜싱 레코드(exactly-once 소스)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="141"/>
        <source>Cluster-wide log level of %1</source>
        <translation>%1의 클러스터 전체 로그 레벨</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="143"/>
        <source>Record %1 (not used by a single worker)</source>
        <translation>레코드 %1(단일 워커에서는 사용하지 않음)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="155"/>
        <source>Offset record without a key</source>
        <translation>키가 없는 오프셋 레코드</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="168"/>
        <source>table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="170"/>
        <source>its query</source>
        <translation>해당 쿼리</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="172"/>
        <source>file %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="175"/>
        <source>Connector</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="176"/>
        <source>Source partition</source>
        <translation>소스 파티션</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="178"/>
        <source>Source offset of %1 for %2 reset (tombstone)</source>
        <translation>%2에 대한 %1의 소스 오프셋 초기화됨(툼스톤)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="184"/>
        <source>Source offset of %1 for %2 is not JSON: %3</source>
        <translation>%2에 대한 %1의 소스 오프셋이 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="188"/>
        <source>Source offset of %1 for %2: %3</source>
        <translation>%2에 대한 %1의 소스 오프셋: %3</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="189"/>
        <source>Source offset</source>
        <translation>소스 오프셋</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="210"/>
        <source>Connector %1</source>
        <translation>커넥터 %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="213"/>
        <source>Task %2 of %1</source>
        <translation>%1의 태스크 %2</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="217"/>
        <source>Connector %1 no longer tracks topic %2 (tombstone)</source>
        <translation>커넥터 %1이(가) 더 이상 토픽 %2을(를) 추적하지 않음(툼스톤)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="219"/>
        <source>Connector %1 uses topic %2 (task %3, since %4)</source>
        <translation>커넥터 %1이(가) 토픽 %2을(를) 사용함(태스크 %3, %4부터)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="226"/>
        <source>Record %1 (unknown to Kafka Connect)</source>
        <translation>레코드 %1(Kafka Connect가 모르는 레코드)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="230"/>
        <source>%1 was removed (DESTROYED, tombstone)</source>
        <translation>%1 제거됨(DESTROYED, 툼스톤)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="233"/>
        <source>%1 is %2 on worker %3 (generation %4)</source>
        <translation>%1은(는) 워커 %3에서 %2 상태(세대 %4)</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="234"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="235"/>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="236"/>
        <source>Generation</source>
        <translation>세대</translation>
    </message>
    <message>
        <location filename="../core/topicview/internaltopics.cpp" line="239"/>
        <source>with a trace: %1</source>
        <translation>트레이스 포함: %1</translation>
    </message>
</context>
<context>
    <name>cs::topicview::MessageExport</name>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="157"/>
        <source>Cannot write the export: %1</source>
        <translation>내보내기 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="179"/>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/topicview/messageexport.cpp" line="186"/>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::topicview::MessageModel</name>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="347"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="349"/>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="351"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="353"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="355"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="357"/>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location filename="../core/topicview/messagemodel.cpp" line="359"/>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
</context>
<context>
    <name>cs::topicview::TopicListModel</name>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="254"/>
        <source>Kafka Connect&apos;s config topic: connector and task configs, target states</source>
        <translation>Kafka Connect의 구성 토픽: 커넥터와 태스크 구성, 대상 상태</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="257"/>
        <source>Kafka Connect&apos;s offset topic: how far each source connector has read</source>
        <translation>Kafka Connect의 오프셋 토픽: 각 소스 커넥터가 어디까지 읽었는지</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="260"/>
        <source>Kafka Connect&apos;s status topic: states of connectors and tasks</source>
        <translation>Kafka Connect의 상태 토픽: 커넥터와 태스크의 상태</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="263"/>
        <source>Kafka&apos;s own internal topic</source>
        <translation>Kafka 자체 내부 토픽</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="269"/>
        <source>Partition %1: offsets %2 to %3 (%4 records)</source>
        <translation>파티션 %1: 오프셋 %2~%3 (레코드 %4개)</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="300"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="302"/>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="304"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../core/topicview/topiccatalog.cpp" line="306"/>
        <source>Offsets</source>
        <translation>오프셋</translation>
    </message>
</context>
<context>
    <name>cs::topicview::ValueDecoder</name>
    <message>
        <location filename="../core/topicview/valuedecoder.cpp" line="122"/>
        <source>no schema (null)</source>
        <translation>스키마 없음(null)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/valuedecoder.cpp" line="131"/>
        <source>struct %1, %n field(s)</source>
        <translation>
            <numerusform>struct %1, 필드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/topicview/valuedecoder.cpp" line="132"/>
        <source>struct, %n field(s)</source>
        <translation>
            <numerusform>struct, 필드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::BrokerStatusIndicator</name>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="53"/>
        <source>Kafka broker: %1 at %2</source>
        <translation>Kafka 브로커: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/lab/brokerstatusindicator.cpp" line="54"/>
        <source>Kafka broker: %1</source>
        <translation>Kafka 브로커: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ComparePanel</name>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="97"/>
        <source>Comparing %1 with %2…</source>
        <translation>%1과(와) %2을(를) 비교하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="115"/>
        <source>Source %1 rows, target %2 rows. Same: %3 · missing from the target: %4 · extra in the target: %5 · different: %6 (by %7, %8 ms).</source>
        <translation>소스 %1행, 타겟 %2행. 같음: %3 · 타겟에 없음: %4 · 타겟에만 있음: %5 · 다름: %6 (기준 %7, %8 ms).</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="123"/>
        <source>Only in the source: %1.</source>
        <translation>소스에만 있음: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="126"/>
        <source>Only in the target: %1.</source>
        <translation>타겟에만 있음: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="136"/>
        <source>missing in target</source>
        <translation>타겟에 없음</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="140"/>
        <source>extra in target</source>
        <translation>타겟에만 있음</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="144"/>
        <source>different</source>
        <translation>다름</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="169"/>
        <source>Source table</source>
        <translation>소스 테이블</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="170"/>
        <source>Target table</source>
        <translation>타겟 테이블</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="171"/>
        <source>Key columns</source>
        <translation>키 컬럼</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="172"/>
        <source>the source&apos;s primary key (or e.g. ID, REGION)</source>
        <translation>소스의 기본 키(또는 예: ID, REGION)</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="173"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Differing columns</source>
        <translation>다른 컬럼</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Source values</source>
        <translation>소스 값</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="175"/>
        <source>Target values</source>
        <translation>타겟 값</translation>
    </message>
    <message>
        <location filename="../ui/tables/comparepanel.cpp" line="178"/>
        <source>Pick the table a source connector reads and the table its sink writes, then Compare.</source>
        <translation>소스 커넥터가 읽는 테이블과 싱크가 쓰는 테이블을 고른 뒤 비교를 누르세요.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConfigField</name>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="102"/>
        <source>Type: %1</source>
        <translation>유형: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="104"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="107"/>
        <source>Default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="108"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="111"/>
        <source>Importance: %1</source>
        <translation>중요도: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="116"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="118"/>
        <source>default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="127"/>
        <source>default (%1)</source>
        <translation>기본값(%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/configfield.cpp" line="127"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="34"/>
        <source>Add database</source>
        <translation>데이터베이스 추가</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="35"/>
        <source>SQLite file</source>
        <translation>SQLite 파일</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="39"/>
        <source>H2 (through its PostgreSQL-protocol server)</source>
        <translation>H2(PostgreSQL 프로토콜 서버 경유)</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="48"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="56"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="57"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="59"/>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="60"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="61"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="62"/>
        <source>H2 PG port</source>
        <translation>H2 PG 포트</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="65"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="66"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="67"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="75"/>
        <source>SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/tables/connectiondialog.cpp" line="76"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.db *.sqlite *.sqlite3);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorDetails</name>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="146"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="147"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="148"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="149"/>
        <source>Stops the connector and removes its tasks; its offsets can then be changed.</source>
        <translation>커넥터를 중지하고 태스크를 제거합니다. 그러면 오프셋을 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="150"/>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="152"/>
        <source>Restart the connector only</source>
        <translation>커넥터만 재시작</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="153"/>
        <source>Restart the connector and all its tasks</source>
        <translation>커넥터와 모든 태스크 재시작</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="154"/>
        <source>Restart only what failed</source>
        <translation>실패한 것만 재시작</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="155"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="156"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="157"/>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="158"/>
        <location filename="../ui/connectors/connectordetails.cpp" line="273"/>
        <source>Failure traces</source>
        <translation>실패 트레이스</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="159"/>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="160"/>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="161"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="161"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="162"/>
        <source>Select a connector to see its tasks, traces and configuration.</source>
        <translation>커넥터를 선택하면 태스크, 트레이스, 구성을 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectordetails.cpp" line="201"/>
        <source>%1 · %n task(s) failed</source>
        <translation>
            <numerusform>%1 · 태스크 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="209"/>
        <source>Source connector</source>
        <translation>소스 커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="210"/>
        <source>Sink connector</source>
        <translation>싱크 커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="211"/>
        <source>Connector</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="214"/>
        <source>%1 · %2 · on worker %3</source>
        <translation>%1 · %2 · 워커 %3</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="250"/>
        <source>Restart task</source>
        <translation>태스크 재시작</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="265"/>
        <source>Connector %1 (%2):</source>
        <translation>커넥터 %1 (%2):</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="268"/>
        <source>Task %1 (%2):</source>
        <translation>태스크 %1 (%2):</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="269"/>
        <source>No failures.</source>
        <translation>실패 없음.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="273"/>
        <source>Failure traces (%1)</source>
        <translation>실패 트레이스(%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="323"/>
        <source>Pause of %1 requested.</source>
        <translation>%1 일시 중지를 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="328"/>
        <source>Resume of %1 requested.</source>
        <translation>%1 재개를 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="333"/>
        <source>%1 stopped.</source>
        <translation>%1을(를) 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="342"/>
        <source>Restart of %1 requested.</source>
        <translation>%1 재시작을 요청했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectordetails.cpp" line="348"/>
        <source>Restarting: connector %1, %n task(s).</source>
        <translation>
            <numerusform>재시작 중: 커넥터 %1, 태스크 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="349"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="349"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="358"/>
        <source>%1 deleted.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="373"/>
        <source>Restart of task %1 of %2 requested.</source>
        <translation>%2의 태스크 %1 재시작을 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="381"/>
        <source>Delete connector</source>
        <translation>커넥터 삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectordetails.cpp" line="382"/>
        <source>Delete the connector %1? Its tasks stop and its configuration is removed from the cluster.</source>
        <translation>커넥터 %1을(를) 삭제할까요? 태스크가 중지되고 구성이 클러스터에서 제거됩니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorForm</name>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="226"/>
        <source>&amp;Plugin</source>
        <translation>플러그인(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="227"/>
        <source>Pre&amp;set</source>
        <translation>프리셋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="228"/>
        <source>Form</source>
        <translation>양식</translation>
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
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="232"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="233"/>
        <source>Copy as &amp;curl</source>
        <translation>curl로 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="235"/>
        <source>Copies the curl command that sends exactly this request to the Connect REST API.</source>
        <translation>Connect REST API에 정확히 이 요청을 보내는 curl 명령을 복사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="236"/>
        <source>Include passwords</source>
        <translation>비밀번호 포함</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="238"/>
        <source>Without this, passwords in the copied command are replaced by ********.</source>
        <translation>선택하지 않으면 복사한 명령의 비밀번호가 ********로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="239"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="240"/>
        <source>&amp;Update</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="240"/>
        <source>C&amp;reate</source>
        <translation>생성(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="242"/>
        <location filename="../ui/connectors/connectorform.cpp" line="295"/>
        <source>Choose a connector plugin…</source>
        <translation>커넥터 플러그인 선택…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="244"/>
        <location filename="../ui/connectors/connectorform.cpp" line="258"/>
        <source>Start from a preset…</source>
        <translation>프리셋에서 시작…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="276"/>
        <source>The lab&apos;s SQLite databases are not known yet: start the lab, or fill in connection.url (jdbc:sqlite:&lt;path of the database file&gt;).</source>
        <translation>랩의 SQLite 데이터베이스를 아직 알 수 없습니다. 랩을 시작하거나 connection.url(jdbc:sqlite:&lt;path of the database file&gt;)을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="289"/>
        <source>Cannot list the connector plugins: %1</source>
        <translation>커넥터 플러그인 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="297"/>
        <source>source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="297"/>
        <source>sink</source>
        <translation>싱크</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="379"/>
        <source>Choose a connector plugin (connector.class) to see its settings.</source>
        <translation>커넥터 플러그인(connector.class)을 선택하면 설정을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="454"/>
        <source>Validating…</source>
        <translation>검증하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="457"/>
        <source>The worker accepts this configuration.</source>
        <translation>워커가 이 구성을 수락합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectorform.cpp" line="461"/>
        <source>%n error(s), also shown beside their fields:</source>
        <translation>
            <numerusform>오류 %n개(각 필드 옆에도 표시됨):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectors/connectorform.cpp" line="465"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="530"/>
        <source>Other settings</source>
        <translation>기타 설정</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="551"/>
        <source>Keys the plugin does not define</source>
        <translation>플러그인이 정의하지 않은 키</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="551"/>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="694"/>
        <source>The name of an existing connector cannot change (%1).</source>
        <translation>기존 커넥터의 이름은 바꿀 수 없습니다(%1).</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="713"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="719"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="734"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="742"/>
        <source>Import a connector configuration</source>
        <translation>커넥터 구성 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="743"/>
        <source>Connector configs (*.json *.properties);;All files (*)</source>
        <translation>커넥터 구성 (*.json *.properties);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="748"/>
        <source>Imported %1.</source>
        <translation>%1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="759"/>
        <source>Export the connector configuration</source>
        <translation>커넥터 구성 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="760"/>
        <source>JSON (*.json);;Properties (*.properties)</source>
        <translation>JSON (*.json);;Properties (*.properties)</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="766"/>
        <source>Saved %1. It contains the passwords as they are.</source>
        <translation>%1을(를) 저장했습니다. 비밀번호가 그대로 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="795"/>
        <source>The curl command is on the clipboard, passwords included.</source>
        <translation>curl 명령을 클립보드에 복사했습니다(비밀번호 포함).</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="796"/>
        <source>The curl command is on the clipboard, passwords masked.</source>
        <translation>curl 명령을 클립보드에 복사했습니다(비밀번호 가림).</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="805"/>
        <source>Give the connector a name.</source>
        <translation>커넥터 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="811"/>
        <source>Updating %1…</source>
        <translation>%1 업데이트 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="811"/>
        <source>Creating %1…</source>
        <translation>%1 생성 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="821"/>
        <source>The request failed:</source>
        <translation>요청이 실패했습니다:</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="822"/>
        <source>The worker answered HTTP %1 (error_code %2):</source>
        <translation>워커가 HTTP %1(error_code %2)로 응답했습니다:</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="825"/>
        <source>The worker answered HTTP %1:</source>
        <translation>워커가 HTTP %1로 응답했습니다:</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorform.cpp" line="831"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectorsPage</name>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="157"/>
        <source>Connectors</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="162"/>
        <source>The connectors of the Connect cluster, their tasks and live state; create, change, pause, restart or delete them.</source>
        <translation>Connect 클러스터의 커넥터와 태스크, 실시간 상태입니다. 커넥터를 생성, 변경, 일시 중지, 재시작, 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="168"/>
        <source>&amp;New connector…</source>
        <translation>새 커넥터(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="169"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="170"/>
        <source>← Connectors</source>
        <translation>← 커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="172"/>
        <source>Edit connector %1</source>
        <translation>커넥터 %1 편집</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="172"/>
        <source>New connector</source>
        <translation>새 커넥터</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="173"/>
        <source>No connectors yet. Create one with “New connector…”, for example from the lab&apos;s h2-source-connect preset.</source>
        <translation>아직 커넥터가 없습니다. “새 커넥터…”로 만드세요. 예를 들어 랩의 h2-source-connect 프리셋에서 시작할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="210"/>
        <source>No Connect cluster: start the lab&apos;s worker, or choose a connection profile.</source>
        <translation>Connect 클러스터가 없습니다. 랩의 워커를 시작하거나 연결 프로필을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="216"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="252"/>
        <source>%1 · Kafka Connect %2 · Kafka cluster %3</source>
        <translation>%1 · Kafka Connect %2 · Kafka 클러스터 %3</translation>
    </message>
    <message>
        <location filename="../ui/connectors/connectorspage.cpp" line="254"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
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
        <translation>필터는 데이터베이스가 평가합니다. 값은 바인딩되며 SQL에 직접 붙여 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="178"/>
        <location filename="../ui/tables/datapanel.cpp" line="294"/>
        <source>No table selected</source>
        <translation>선택한 테이블 없음</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="197"/>
        <source>Any column</source>
        <translation>모든 컬럼</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="222"/>
        <source>Pick a table in the tree on the left.</source>
        <translation>왼쪽 트리에서 테이블을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="226"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="230"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="232"/>
        <source>first rows in %1 ms</source>
        <translation>첫 행까지 %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="234"/>
        <source>key: %1</source>
        <translation>키: %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="237"/>
        <source>at %1: %2 new, %3 changed</source>
        <translation>%1: 새 행 %2개, 변경 %3개</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="242"/>
        <source>no changes seen yet</source>
        <translation>아직 변경 없음</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="274"/>
        <source>contains</source>
        <translation>포함</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="279"/>
        <source>is NULL</source>
        <translation>NULL임</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="280"/>
        <source>is not NULL</source>
        <translation>NULL 아님</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="282"/>
        <source>Filter value</source>
        <translation>필터 값</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="283"/>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="284"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="285"/>
        <source>Auto-refresh every</source>
        <translation>자동 새로 고침 간격</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="286"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="287"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="288"/>
        <source>Last row</source>
        <translation>마지막 행</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="289"/>
        <source>Trace row</source>
        <translation>행 추적</translation>
    </message>
    <message>
        <location filename="../ui/tables/datapanel.cpp" line="291"/>
        <source>Follow the selected row to its record on the topic and its row in the target table.</source>
        <translation>선택한 행을 토픽의 레코드와 타겟 테이블의 행까지 따라갑니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabChecklist</name>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="96"/>
        <source>Kafka broker answers on its bootstrap address</source>
        <translation>Kafka 브로커가 부트스트랩 주소에서 응답함</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="98"/>
        <source>Connect worker answers on its REST port (lab steps 3–4)</source>
        <translation>Connect 워커가 REST 포트에서 응답함(랩 3–4단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="100"/>
        <source>Topics connect-configs, connect-offsets and connect-status exist (step 5)</source>
        <translation>토픽 connect-configs, connect-offsets, connect-status가 있음(5단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="102"/>
        <source>Source connector registered and running (steps 6–8)</source>
        <translation>소스 커넥터가 등록되어 실행 중(6–8단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="104"/>
        <source>Orders placed in ORDER_TABLE (step 10)</source>
        <translation>ORDER_TABLE에 주문이 들어감(10단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="106"/>
        <source>Topic CONNECT_ORDER_TABLE created (step 11)</source>
        <translation>토픽 CONNECT_ORDER_TABLE이 생성됨(11단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="108"/>
        <source>Sink connector registered and running (step 13)</source>
        <translation>싱크 커넥터가 등록되어 실행 중(13단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="110"/>
        <source>Every order replicated to the target table (steps 14–15)</source>
        <translation>모든 주문이 타겟 테이블에 복제됨(14–15단계)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="122"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="124"/>
        <source>Create it in Connectors with the h2-source-connect preset.</source>
        <translation>커넥터에서 h2-source-connect 프리셋으로 만드세요.</translation>
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
            <numerusform>주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="129"/>
        <source>Create it in Connectors with the h2-sink-connect preset.</source>
        <translation>커넥터에서 h2-sink-connect 프리셋으로 만드세요.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="134"/>
        <source>%1 of %2 row(s) in CONNECT_ORDER_TABLE</source>
        <translation>CONNECT_ORDER_TABLE에 %2행 중 %1행</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="142"/>
        <source>Lab checklist</source>
        <translation>랩 체크리스트</translation>
    </message>
    <message>
        <location filename="../ui/lab/labchecklist.cpp" line="143"/>
        <source>%1 of %2 done</source>
        <translation>%2개 중 %1개 완료</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabController</name>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="89"/>
        <source>Web console %1 · PostgreSQL protocol on port %2 · user %3</source>
        <translation>웹 콘솔 %1 · PostgreSQL 프로토콜 포트 %2 · 사용자 %3</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="190"/>
        <source>Waiting for the Kafka broker…</source>
        <translation>Kafka 브로커를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="208"/>
        <source>Waiting for the lab databases…</source>
        <translation>랩 데이터베이스를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="310"/>
        <source>Try it: kcat -b %1 -L</source>
        <translation>사용해 보기: kcat -b %1 -L</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="311"/>
        <source>Port %1 was already in use, so the broker took port %2: clients must use the address above.</source>
        <translation>포트 %1이(가) 이미 사용 중이어서 브로커가 포트 %2을(를) 사용합니다. 클라이언트는 위 주소를 사용해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="431"/>
        <source>The worker needs a Kafka broker, and the broker is not running.</source>
        <translation>워커에는 Kafka 브로커가 필요한데 브로커가 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="446"/>
        <source>The Order service needs the lab&apos;s source and target databases.</source>
        <translation>주문 서비스에는 랩의 소스 데이터베이스와 타겟 데이터베이스가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labcontroller.cpp" line="476"/>
        <source>Lab</source>
        <translation>랩</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPage</name>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="126"/>
        <source>Lab</source>
        <translation>랩</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="131"/>
        <source>The CDC lab on this machine: start its services here and point your tools at them.</source>
        <translation>이 컴퓨터의 CDC 랩 환경입니다. 여기서 서비스를 시작하고 도구를 연결하세요.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="163"/>
        <source>The lab is running. Connect REST %1 · Kafka %2 · Order service %3</source>
        <translation>랩이 실행 중입니다. Connect REST %1 · Kafka %2 · 주문 서비스 %3</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="167"/>
        <source>Starting the lab… (%1 of 5 parts running)</source>
        <translation>랩을 시작하는 중… (5개 중 %1개 실행 중)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="169"/>
        <source>%1 of 5 parts running; a part failed: see its card.</source>
        <translation>5개 중 %1개 실행 중. 실패한 구성 요소가 있습니다. 해당 카드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="171"/>
        <source>The lab is stopped. “Start lab” starts the broker, the worker, both databases and the Order service.</source>
        <translation>랩이 중지되어 있습니다. “랩 시작”을 누르면 브로커, 워커, 두 데이터베이스, 주문 서비스가 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="175"/>
        <source>%1 of 5 parts running.</source>
        <translation>5개 중 %1개 실행 중.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="183"/>
        <source>Start lab</source>
        <translation>랩 시작</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="184"/>
        <source>Stop lab</source>
        <translation>랩 중지</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="187"/>
        <source>Kafka broker</source>
        <translation>Kafka 브로커</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="188"/>
        <source>An in-process Kafka cluster (librdkafka&apos;s mock broker) on port 9092, or a free port when 9092 is taken. Topics live in memory.</source>
        <translation>포트 9092(사용 중이면 빈 포트)에서 동작하는 프로세스 내 Kafka 클러스터(librdkafka의 모의 브로커)입니다. 토픽은 메모리에만 있습니다.</translation>
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
        <translation>Connect 워커</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="193"/>
        <source>The embedded Kafka Connect worker, REST API on port %1, configured as the lab&apos;s connect-distributed.properties. The JDBC connectors are built in.</source>
        <translation>내장 Kafka Connect 워커입니다. REST API는 포트 %1이며, 랩의 connect-distributed.properties와 같이 구성됩니다. JDBC 커넥터가 내장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="198"/>
        <source>Order service</source>
        <translation>주문 서비스</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="199"/>
        <source>The lab&apos;s order microservice on port %1: POST /orders, GET /orders, GET /syncOrders.</source>
        <translation>포트 %1의 랩 주문 마이크로서비스: POST /orders, GET /orders, GET /syncOrders.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="203"/>
        <source>Source database</source>
        <translation>소스 데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="204"/>
        <source>SQLite file with the lab&apos;s ORDER_TABLE(ID, MESSAGE), read by the source connector.</source>
        <translation>랩의 ORDER_TABLE(ID, MESSAGE)이 있는 SQLite 파일로, 소스 커넥터가 읽습니다.</translation>
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
        <translation>타겟 데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="208"/>
        <source>SQLite file the sink connector writes; it creates CONNECT_ORDER_TABLE itself.</source>
        <translation>싱크 커넥터가 쓰는 SQLite 파일입니다. CONNECT_ORDER_TABLE은 싱크 커넥터가 직접 생성합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="210"/>
        <source>H2 (optional)</source>
        <translation>H2(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/lab/labpage.cpp" line="211"/>
        <source>H2 in server mode as in the lab: web console %1, TCP %2, PostgreSQL protocol %3.</source>
        <translation>랩과 같은 서버 모드의 H2: 웹 콘솔 %1, TCP %2, PostgreSQL 프로토콜 %3.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabPortsModel</name>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="84"/>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="84"/>
        <source>Not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="87"/>
        <source>Up</source>
        <translation>동작 중</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="89"/>
        <source>Up, unhealthy</source>
        <translation>동작 중, 비정상</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="93"/>
        <source>Down</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="138"/>
        <source>(another machine)</source>
        <translation>(다른 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="147"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="159"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="161"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="163"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="165"/>
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../ui/ports/labportsmodel.cpp" line="167"/>
        <source>Health check</source>
        <translation>상태 확인</translation>
    </message>
</context>
<context>
    <name>cs::ui::LogModel</name>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="176"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="178"/>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="180"/>
        <source>Logger</source>
        <translation>로거</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="182"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>cs::ui::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="157"/>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="197"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="202"/>
        <source>The embedded worker&apos;s log as it is written, with a level filter and search. Save it to a file to share it.</source>
        <translation>기록되는 그대로의 내장 워커 로그입니다. 레벨 필터와 검색을 쓸 수 있고, 파일로 저장해 공유할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="213"/>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="215"/>
        <source>TRACE and above (all)</source>
        <translation>TRACE 이상(전체)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="216"/>
        <source>DEBUG and above</source>
        <translation>DEBUG 이상</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="217"/>
        <source>INFO and above</source>
        <translation>INFO 이상</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="218"/>
        <source>WARN and above</source>
        <translation>WARN 이상</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="219"/>
        <source>ERROR and above</source>
        <translation>ERROR 이상</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="223"/>
        <source>Search messages and loggers…</source>
        <translation>메시지와 로거 검색…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="224"/>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="225"/>
        <source>Keep the newest line in view.</source>
        <translation>가장 새로운 줄을 계속 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="226"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="226"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="227"/>
        <source>Stop adding new lines to the view while you read; none are lost.</source>
        <translation>읽는 동안 보기에 새 줄을 추가하지 않습니다. 줄이 사라지지는 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="228"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="229"/>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="230"/>
        <source>Select a line to see the whole record, stack traces included.</source>
        <translation>줄을 선택하면 스택 트레이스를 포함한 전체 기록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="239"/>
        <source>Showing this process&apos;s log: the embedded worker, its tasks and the studio.</source>
        <translation>이 프로세스의 로그(내장 워커, 태스크, 스튜디오)를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="242"/>
        <source>Showing this process&apos;s log (the embedded worker and the studio). The Connect cluster at %1 writes its log on its own machine.</source>
        <translation>이 프로세스의 로그(내장 워커와 스튜디오)를 표시합니다. %1의 Connect 클러스터는 자기 컴퓨터에 로그를 기록합니다.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="284"/>
        <source>%1 of %2 lines shown (the view keeps the newest %3)</source>
        <translation>%2줄 중 %1줄 표시(보기에는 최신 %3줄까지 유지)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="306"/>
        <source>Save the log</source>
        <translation>로그 저장</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="306"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation>로그 파일 (*.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="318"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="324"/>
        <location filename="../ui/logs/logspage.cpp" line="337"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;About %1</source>
        <translation>%1 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>About %1</source>
        <translation>%1 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A Kafka Connect CDC studio with an embedded, Connect-compatible worker.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Connect 호환 워커를 내장한 Kafka Connect CDC 스튜디오입니다.&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 이상으로 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::MessageDetail</name>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="105"/>
        <source>Raw</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="106"/>
        <source>Pretty JSON</source>
        <translation>정리된 JSON</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="107"/>
        <source>Schema and payload</source>
        <translation>스키마와 페이로드</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="108"/>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="109"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="110"/>
        <source>Value (JSON)</source>
        <translation>값(JSON)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="111"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="111"/>
        <location filename="../ui/topics/messagedetail.cpp" line="112"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="112"/>
        <source>Property</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="113"/>
        <source>Select a message to see its value.</source>
        <translation>메시지를 선택하면 값을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="146"/>
        <source>null (a tombstone: the record has no value)</source>
        <translation>null(툼스톤: 레코드에 값이 없음)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="167"/>
        <source>The JsonConverter rejects this envelope: %1</source>
        <translation>JsonConverter가 이 엔벨로프를 거부합니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="170"/>
        <source>JsonConverter envelope: schema %1 (left), payload (right)</source>
        <translation>JsonConverter 엔벨로프: 스키마 %1(왼쪽), 페이로드(오른쪽)</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="204"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="205"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="206"/>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="207"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="214"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="215"/>
        <source>Value size</source>
        <translation>값 크기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/messagedetail.cpp" line="216"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/messagedetail.cpp" line="224"/>
        <source>Header %1</source>
        <translation>헤더 %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderPanel</name>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="235"/>
        <source>Order %1 placed: %2</source>
        <translation>주문 %1 등록됨: %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="240"/>
        <source>The Order service answered %1: %2</source>
        <translation>주문 서비스가 %1(으)로 응답했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="244"/>
        <source>The Order service did not answer: %1</source>
        <translation>주문 서비스가 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="333"/>
        <source>Order service</source>
        <translation>주문 서비스</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="335"/>
        <source>Start the Order service (or point the lab at one) to place orders here.</source>
        <translation>여기서 주문을 넣으려면 주문 서비스를 시작하세요(또는 랩이 기존 주문 서비스를 가리키게 하세요).</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="336"/>
        <source>Orders go into ORDER_TABLE of the source database through %1; the sink connector copies them to CONNECT_ORDER_TABLE.</source>
        <translation>주문은 %1을(를) 통해 소스 데이터베이스의 ORDER_TABLE에 들어가고, 싱크 커넥터가 CONNECT_ORDER_TABLE로 복사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="339"/>
        <source>Place order</source>
        <translation>주문하기</translation>
    </message>
    <message>
        <location filename="../ui/lab/orderpanel.cpp" line="340"/>
        <source>Same as</source>
        <translation>다음 명령과 같음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lab/orderpanel.cpp" line="341"/>
        <source>ORDER_TABLE (GET /orders): %n row(s)</source>
        <translation>
            <numerusform>ORDER_TABLE (GET /orders): %n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lab/orderpanel.cpp" line="342"/>
        <source>CONNECT_ORDER_TABLE (GET /syncOrders): %n row(s)</source>
        <translation>
            <numerusform>CONNECT_ORDER_TABLE (GET /syncOrders): %n행</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderServiceController</name>
    <message>
        <location filename="../ui/lab/orderservicecontroller.cpp" line="44"/>
        <source>Orders go to %1</source>
        <translation>주문 전송 위치: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::PortsPage</name>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="173"/>
        <source>Ports &amp; Status</source>
        <translation>포트 및 상태</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="178"/>
        <source>Which of the lab&apos;s services are up, what answers on their ports, and which process holds any listening TCP port of this machine.</source>
        <translation>랩 서비스 중 무엇이 동작 중인지, 각 포트에서 무엇이 응답하는지, 이 컴퓨터에서 수신 중인 TCP 포트를 어떤 프로세스가 점유하는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="184"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ports/portspage.cpp" line="185"/>
        <source>Refresh every %n second(s)</source>
        <translation>
            <numerusform>%n초마다 새로 고침</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="186"/>
        <source>Lab ports and the current endpoints</source>
        <translation>랩 포트와 현재 엔드포인트</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="187"/>
        <source>Double-click a row to see which process holds its port.</source>
        <translation>행을 더블클릭하면 해당 포트를 점유한 프로세스를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="188"/>
        <source>Which process holds port</source>
        <translation>포트를 점유한 프로세스</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="189"/>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="190"/>
        <source>All listening TCP sockets (netstat -lntp)</source>
        <translation>수신 중인 모든 TCP 소켓(netstat -lntp)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="191"/>
        <source>Filter by port, address, program or command…</source>
        <translation>포트, 주소, 프로그램, 명령으로 필터…</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="198"/>
        <source>Pick a port to see which process listens on it, or double-click a lab port.</source>
        <translation>포트를 선택하면 그 포트에서 수신 중인 프로세스를 볼 수 있습니다. 랩 포트를 더블클릭해도 됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="243"/>
        <source>Kafka Connect REST (%1)</source>
        <translation>Kafka Connect REST(%1)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="271"/>
        <source>Kafka bootstrap (%1)</source>
        <translation>Kafka 부트스트랩(%1)</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="346"/>
        <source>Last checked %1</source>
        <translation>마지막 확인 %1</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="361"/>
        <source>Looking up port %1…</source>
        <translation>포트 %1을(를) 조회하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="373"/>
        <source>Nothing listens on TCP port %1: it is free.</source>
        <translation>TCP 포트 %1에서 수신 중인 프로세스가 없습니다. 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="375"/>
        <source>Port %1 is held by a process this user cannot see (another user&apos;s; run as root to see it), listening on %2.</source>
        <translation>포트 %1은(는) 이 사용자가 볼 수 없는 프로세스(다른 사용자의 프로세스, root로 실행하면 확인 가능)가 점유하고 있으며 %2에서 수신 중입니다.</translation>
    </message>
    <message>
        <location filename="../ui/ports/portspage.cpp" line="380"/>
        <source>Port %1 is held by %2, listening on %3. Command: %4</source>
        <translation>포트 %1은(는) %2이(가) 점유하고 있으며 %3에서 수신 중입니다. 명령: %4</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfileStore</name>
    <message>
        <location filename="../ui/profiles/profilestore.cpp" line="162"/>
        <source>The profile was saved, but not its password: %1</source>
        <translation>프로필은 저장했지만 비밀번호는 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilestore.cpp" line="195"/>
        <source>There is no connection profile with id %1.</source>
        <translation>ID가 %1인 연결 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="44"/>
        <location filename="../ui/profiles/profileswitcher.cpp" line="67"/>
        <source>Embedded lab</source>
        <translation>내장 랩</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="68"/>
        <source>The studio&apos;s own worker and broker</source>
        <translation>스튜디오 자체의 워커와 브로커</translation>
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
        <translation>프로필 관리…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="108"/>
        <source>Using the embedded lab.</source>
        <translation>내장 랩을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="127"/>
        <source>Using the connection profile %1.</source>
        <translation>연결 프로필 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileswitcher.cpp" line="128"/>
        <source>Using the connection profile %1 without its password: %2</source>
        <translation>연결 프로필 %1을(를) 비밀번호 없이 사용합니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="139"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="144"/>
        <source>Will be removed from the keychain when you save</source>
        <translation>저장하면 키체인에서 제거됩니다</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="165"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="166"/>
        <source>Connection profiles</source>
        <translation>연결 프로필</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="167"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="168"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="169"/>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="170"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="171"/>
        <source>Forget</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Connect REST URL:</source>
        <translation>Connect REST URL:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="172"/>
        <source>Connect user:</source>
        <translation>Connect 사용자:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Connect password:</source>
        <translation>Connect 비밀번호:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Kafka bootstrap:</source>
        <translation>Kafka 부트스트랩:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>Security protocol:</source>
        <translation>보안 프로토콜:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="173"/>
        <source>SASL mechanism:</source>
        <translation>SASL 메커니즘:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>SASL user:</source>
        <translation>SASL 사용자:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>SASL password:</source>
        <translation>SASL 비밀번호:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="174"/>
        <source>CA certificate (PEM):</source>
        <translation>CA 인증서(PEM):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="177"/>
        <source>e.g. Staging cluster</source>
        <translation>예: 스테이징 클러스터</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="179"/>
        <source>Empty: no authentication</source>
        <translation>비워 두면 인증 없음</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="181"/>
        <source>Empty: the system&apos;s certificates</source>
        <translation>비워 두면 시스템 인증서 사용</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="191"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="230"/>
        <location filename="../ui/profiles/profilesdialog.cpp" line="231"/>
        <source>Kept in the keychain only</source>
        <translation>키체인에만 보관됨</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="258"/>
        <source>In the keychain; type to replace</source>
        <translation>키체인에 있음. 입력하면 바뀝니다</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="259"/>
        <source>None; type one to keep in the keychain</source>
        <translation>없음. 입력하면 키체인에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="300"/>
        <source>Give the profile a name.</source>
        <translation>프로필 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="304"/>
        <source>Enter a Connect REST URL, a Kafka bootstrap, or both.</source>
        <translation>Connect REST URL, Kafka 부트스트랩 중 하나 또는 둘 다 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="321"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="328"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="348"/>
        <source>Deleted, with its passwords.</source>
        <translation>비밀번호와 함께 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ServiceCard</name>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="125"/>
        <source>External</source>
        <translation>외부</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="128"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="130"/>
        <source>Not created</source>
        <translation>생성되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="132"/>
        <source>Creating…</source>
        <translation>생성하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="135"/>
        <source>Unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="173"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="174"/>
        <source>Use an existing one:</source>
        <translation>기존 서비스 사용:</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="175"/>
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="175"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicecard.cpp" line="176"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
</context>
<context>
    <name>cs::ui::ServiceStatus</name>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="11"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="13"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="15"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="17"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/lab/servicestate.cpp" line="21"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
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
    <name>cs::ui::SqlPanel</name>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="136"/>
        <source>Running on %1…</source>
        <translation>%1에서 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="144"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="157"/>
        <source>Cancelled after %1 ms.</source>
        <translation>%1 ms 후 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="158"/>
        <source>Failed after %1 ms.</source>
        <translation>%1 ms 후 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="165"/>
        <source>first %1 rows shown</source>
        <translation>처음 %1행 표시</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="166"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="169"/>
        <source>%n row(s) changed</source>
        <translation>
            <numerusform>%n행 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/sqlpanel.cpp" line="171"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>문 %n개</numerusform>
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
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="187"/>
        <source>Run the selected text, or the whole editor (Ctrl+Enter)</source>
        <translation>선택한 텍스트 또는 편집기 전체를 실행합니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="188"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="189"/>
        <source>SQL statements, separated by semicolons</source>
        <translation>SQL 문(세미콜론으로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/tables/sqlpanel.cpp" line="191"/>
        <source>Results appear here.</source>
        <translation>결과가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TablesPage</name>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="150"/>
        <source>Tables</source>
        <translation>테이블</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="155"/>
        <source>The source and target tables of the pipeline: browse rows as they change, run SQL, compare the two sides and trace one row through the topic.</source>
        <translation>파이프라인의 소스 테이블과 타겟 테이블입니다. 바뀌는 행을 살펴보고, SQL을 실행하고, 양쪽을 비교하고, 한 행을 토픽을 거쳐 추적할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="189"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="190"/>
        <source>Add a database: SQLite file, PostgreSQL, MySQL, MariaDB or H2</source>
        <translation>데이터베이스 추가: SQLite 파일, PostgreSQL, MySQL, MariaDB, H2</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="191"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="192"/>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="193"/>
        <source>Read the tables, columns and row counts again</source>
        <translation>테이블, 컬럼, 행 수를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="194"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="195"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="196"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="197"/>
        <source>Trace</source>
        <translation>추적</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Target</source>
        <translation>타겟</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="210"/>
        <source>Database %1</source>
        <translation>데이터베이스 %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="295"/>
        <source>The password of %1 is not saved (it works until the studio closes): %2</source>
        <translation>%1의 비밀번호가 저장되지 않았습니다(스튜디오를 닫을 때까지는 사용할 수 있습니다): %2</translation>
    </message>
    <message>
        <location filename="../ui/tables/tablespage.cpp" line="372"/>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation>키체인에서 %1의 비밀번호를 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::TopicsPage</name>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="296"/>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="301"/>
        <source>What flows through Kafka, live: pick a topic to tail it like kafka-console-consumer, and a message to see its JSON, schema and payload.</source>
        <translation>Kafka를 흐르는 데이터를 실시간으로 봅니다. 토픽을 선택하면 kafka-console-consumer처럼 따라 읽고, 메시지를 선택하면 JSON, 스키마, 페이로드를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="307"/>
        <source>Show internal topics</source>
        <translation>내부 토픽 표시</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="308"/>
        <source>Kafka Connect&apos;s connect-configs, connect-offsets and connect-status, and Kafka&apos;s own __ topics. Their records are decoded by meaning.</source>
        <translation>Kafka Connect의 connect-configs, connect-offsets, connect-status와 Kafka 자체의 __ 토픽입니다. 레코드는 의미에 따라 해석되어 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="310"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="311"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="315"/>
        <source>From the beginning</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="316"/>
        <source>From the end (new messages)</source>
        <translation>끝부터(새 메시지)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="317"/>
        <source>At offset</source>
        <translation>오프셋 지정</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="318"/>
        <source>At time</source>
        <translation>시간 지정</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="321"/>
        <source>offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="322"/>
        <source>The first offset to show (in every partition when all are read).</source>
        <translation>표시할 첫 오프셋(모든 파티션을 읽을 때는 각 파티션에 적용).</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="323"/>
        <source>Shows the messages produced at or after this time.</source>
        <translation>이 시각 이후에 생성된 메시지를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="324"/>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="325"/>
        <source>Start reading the selected topic again with these settings.</source>
        <translation>이 설정으로 선택한 토픽을 다시 읽기 시작합니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="326"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="326"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="327"/>
        <source>Filter: text in the key, value or headers</source>
        <translation>필터: 키, 값, 헤더의 텍스트</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="328"/>
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="329"/>
        <source> messages</source>
        <translation> 개 메시지</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="330"/>
        <source>The viewer keeps at most this many messages; older ones leave the table.</source>
        <translation>뷰어는 최대 이 개수만큼 메시지를 보관하며, 오래된 메시지는 표에서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="331"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="333"/>
        <source>Shown messages as JSON Lines…</source>
        <translation>표시된 메시지를 JSON Lines로…</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="334"/>
        <source>Shown messages as CSV…</source>
        <translation>표시된 메시지를 CSV로…</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="335"/>
        <source>Copy as command</source>
        <translation>명령으로 복사</translation>
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
        <translation>테이블에서 추적</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="342"/>
        <source>Find the selected record&apos;s source row and target row in the Tables view.</source>
        <translation>선택한 레코드의 소스 행과 타겟 행을 테이블 보기에서 찾습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="344"/>
        <location filename="../ui/topics/topicspage.cpp" line="409"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="374"/>
        <source>No topic selected</source>
        <translation>선택한 토픽 없음</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="383"/>
        <source>No Kafka cluster: start the lab&apos;s broker in the Lab view or choose a connection profile.</source>
        <translation>Kafka 클러스터가 없습니다. 랩 보기에서 랩의 브로커를 시작하거나 연결 프로필을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="388"/>
        <source>Kafka at %1: %2</source>
        <translation>%1의 Kafka: %2</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="392"/>
        <source>Asking Kafka at %1 for its topics…</source>
        <translation>%1의 Kafka에 토픽 목록을 요청하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="395"/>
        <source>Kafka at %1: %n topic(s); new topics appear by themselves.</source>
        <translation>
            <numerusform>%1의 Kafka: 토픽 %n개. 새 토픽은 자동으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="518"/>
        <source>Select a topic on the left to read it.</source>
        <translation>읽을 토픽을 왼쪽에서 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="520"/>
        <source>%1 shown</source>
        <translation>%1개 표시</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="522"/>
        <source>%1 in the buffer</source>
        <translation>버퍼에 %1개</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="523"/>
        <source>%1 received</source>
        <translation>%1개 수신</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="525"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="527"/>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="529"/>
        <source>%1 messages/s</source>
        <translation>초당 %1개 메시지</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="531"/>
        <source>%1 oldest left the buffer (keeps %2)</source>
        <translation>오래된 %1개가 버퍼에서 빠짐(%2개 유지)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="558"/>
        <source>Export the shown messages</source>
        <translation>표시된 메시지 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="559"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="559"/>
        <source>JSON Lines files (*.jsonl *.json)</source>
        <translation>JSON Lines 파일 (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="564"/>
        <source>exporting %n message(s)…</source>
        <translation>
            <numerusform>메시지 %n개 내보내는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/topicspage.cpp" line="576"/>
        <source>exported %n message(s) to %1</source>
        <translation>
            <numerusform>메시지 %n개를 %1(으)로 내보냄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="589"/>
        <source>select a topic first</source>
        <translation>먼저 토픽을 선택하세요</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="608"/>
        <source>copied: %1</source>
        <translation>복사됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/topicspage.cpp" line="608"/>
        <source>copied; note: %1</source>
        <translation>복사됨. 참고: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::TracePanel</name>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="183"/>
        <source>Pick the source table first.</source>
        <translation>먼저 소스 테이블을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="204"/>
        <source>No Kafka to read: start the lab&apos;s broker or pick a connection profile.</source>
        <translation>읽을 Kafka가 없습니다. 랩의 브로커를 시작하거나 연결 프로필을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="212"/>
        <source>Looking for %1 in %2…</source>
        <translation>%2에서 %1을(를) 찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="226"/>
        <source>Reading %1, partition %2, offset %3…</source>
        <translation>%1, 파티션 %2, 오프셋 %3 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tables/tracepanel.cpp" line="251"/>
        <source>%1 = %2: %n matching record(s) among %3 read, in %4 ms.</source>
        <translation>
            <numerusform>%1 = %2: 읽은 %3개 중 일치하는 레코드 %n개, %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="264"/>
        <source>Not in the source table.</source>
        <translation>소스 테이블에 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="265"/>
        <source>Not in the target table.</source>
        <translation>타겟 테이블에 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="276"/>
        <location filename="../ui/tables/tracepanel.cpp" line="303"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="276"/>
        <location filename="../ui/tables/tracepanel.cpp" line="304"/>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="277"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="280"/>
        <source>Matched by</source>
        <translation>일치 기준</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="280"/>
        <location filename="../ui/tables/tracepanel.cpp" line="300"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="281"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="284"/>
        <source>No record of this row on the topic.</source>
        <translation>토픽에 이 행의 레코드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="298"/>
        <source>Source table</source>
        <translation>소스 테이블</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="299"/>
        <source>Target table</source>
        <translation>타겟 테이블</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="301"/>
        <source>primary key value(s), comma-separated</source>
        <translation>기본 키 값(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="302"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="305"/>
        <source>Trace row</source>
        <translation>행 추적</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="306"/>
        <source>Trace record</source>
        <translation>레코드 추적</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="307"/>
        <source>Source row</source>
        <translation>소스 행</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="308"/>
        <source>Record on the topic</source>
        <translation>토픽의 레코드</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="309"/>
        <source>Target row</source>
        <translation>타겟 행</translation>
    </message>
    <message>
        <location filename="../ui/tables/tracepanel.cpp" line="312"/>
        <source>Select a row in a source table and press Trace row, or give a record&apos;s partition and offset and press Trace record.</source>
        <translation>소스 테이블에서 행을 선택하고 행 추적을 누르거나, 레코드의 파티션과 오프셋을 입력하고 레코드 추적을 누르세요.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkerController</name>
    <message>
        <location filename="../ui/lab/workercontroller.cpp" line="81"/>
        <source>Worker id %1, group.id connect-cluster</source>
        <translation>워커 ID %1, group.id connect-cluster</translation>
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
        <translation>%1: 알 수 없는 로그 레벨 &quot;%2&quot;</translation>
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
    <name>cs::worker::DataJournal</name>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="287"/>
        <location filename="../core/worker/datajournal.cpp" line="599"/>
        <source>Cannot open the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="293"/>
        <source>%1 is not a Connect Studio worker data file.</source>
        <translation>%1은(는) Connect Studio 워커 데이터 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="309"/>
        <source>Cannot repair the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1을(를) 복구할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="379"/>
        <location filename="../core/worker/datajournal.cpp" line="480"/>
        <location filename="../core/worker/datajournal.cpp" line="514"/>
        <location filename="../core/worker/datajournal.cpp" line="564"/>
        <location filename="../core/worker/datajournal.cpp" line="579"/>
        <source>Cannot write the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="404"/>
        <location filename="../core/worker/datajournal.cpp" line="570"/>
        <source>Cannot flush the worker data file %1 to disk: %2</source>
        <translation>워커 데이터 파일 %1을(를) 디스크에 플러시할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="421"/>
        <location filename="../core/worker/datajournal.cpp" line="510"/>
        <source>Cannot read the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="547"/>
        <location filename="../core/worker/datajournal.cpp" line="584"/>
        <source>Cannot compact the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1을(를) 압축할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="549"/>
        <source>unreadable record</source>
        <translation>읽을 수 없는 레코드</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="591"/>
        <source>Cannot replace the worker data file %1: %2</source>
        <translation>워커 데이터 파일 %1을(를) 교체할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/datajournal.cpp" line="612"/>
        <source>Compacted %1: %2 record(s) kept, %3 MiB instead of %4 MiB.</source>
        <translation>%1을(를) 압축했습니다: 레코드 %2개 유지, %4 MiB 대신 %3 MiB.</translation>
    </message>
</context>
<context>
    <name>cs::worker::GroupOffsets</name>
    <message>
        <location filename="../core/worker/groupoffsets.cpp" line="45"/>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>Kafka 컨슈머를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/groupoffsets.cpp" line="62"/>
        <source>Cannot commit offsets of group %1: %2</source>
        <translation>그룹 %1의 오프셋을 커밋할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::InternalRecords</name>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="205"/>
        <location filename="../core/worker/internalrecords.cpp" line="269"/>
        <source>no task number</source>
        <translation>태스크 번호가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="186"/>
        <source>the value is not a JSON object</source>
        <translation>값이 JSON 객체가 아님</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="227"/>
        <source>no &quot;properties&quot; object</source>
        <translation>&quot;properties&quot; 객체가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="245"/>
        <source>unknown target state &quot;%1&quot;</source>
        <translation>알 수 없는 대상 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="275"/>
        <source>no connector name</source>
        <translation>커넥터 이름이 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="291"/>
        <source>no &quot;topic&quot; object</source>
        <translation>&quot;topic&quot; 객체가 없음</translation>
    </message>
    <message>
        <location filename="../core/worker/internalrecords.cpp" line="325"/>
        <source>an offset key must be [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}]</source>
        <translation>오프셋 키는 [&quot;&lt;connector&gt;&quot;, {&lt;partition&gt;}] 형식이어야 함</translation>
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
        <location filename="../core/worker/internaltopics.cpp" line="139"/>
        <source>Cannot create the internal topics: %1</source>
        <translation>내부 토픽을 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="198"/>
        <source>Cannot read the internal topic %1: %2</source>
        <translation>내부 토픽 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="227"/>
        <location filename="../core/worker/internaltopics.cpp" line="233"/>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 복원할 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="248"/>
        <source>The internal topics are not open.</source>
        <translation>내부 토픽이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="262"/>
        <source>Timed out writing to the internal topic %1 at %2</source>
        <translation>%2의 내부 토픽 %1에 쓰는 중 시간이 초과되었습니다</translation>
    </message>
    <message>
        <location filename="../core/worker/internaltopics.cpp" line="268"/>
        <location filename="../core/worker/internaltopics.cpp" line="285"/>
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
        <location filename="../core/worker/worker.cpp" line="96"/>
        <source>Another worker (pid %1) already serves group.id &apos;%2&apos; on %3. Clustering several workers is Apache Kafka Connect&apos;s job: give this worker its own group.id and storage topics.</source>
        <translation>다른 워커(PID %1)가 이미 %3에서 group.id &apos;%2&apos;을(를) 사용하고 있습니다. 여러 워커를 클러스터로 묶는 것은 Apache Kafka Connect가 할 일입니다. 이 워커에는 별도의 group.id와 저장 토픽을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="100"/>
        <source>the embedded broker</source>
        <translation>내장 브로커</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="112"/>
        <source>The embedded Kafka broker did not start: %1</source>
        <translation>내장 Kafka 브로커를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="119"/>
        <source>Port %1 is in use; the embedded Kafka broker listens on %2 instead.</source>
        <translation>포트 %1이(가) 사용 중이므로 내장 Kafka 브로커가 대신 %2에서 수신합니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="155"/>
        <source>Restored %1 record(s) from %2 into the embedded broker.</source>
        <translation>%2에서 레코드 %1개를 내장 브로커로 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="200"/>
        <source>plugin.path=%1 is accepted but not searched: this worker&apos;s connectors are compiled in (%2), so no jar or folder is loaded from there. Java connector plugins need Apache Kafka Connect.</source>
        <translation>plugin.path=%1은(는) 받아들이지만 검색하지는 않습니다. 이 워커의 커넥터는 컴파일되어 내장되어 있으므로(%2) 그 위치에서 jar나 폴더를 불러오지 않습니다. Java 커넥터 플러그인에는 Apache Kafka Connect가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="216"/>
        <source>The REST API listens on %1, which other machines can reach. Connect&apos;s REST API has no authentication: bind it to 127.0.0.1 unless you mean it.</source>
        <translation>REST API가 다른 컴퓨터에서도 접근할 수 있는 %1에서 수신하고 있습니다. Connect의 REST API에는 인증이 없으므로, 의도한 것이 아니라면 127.0.0.1에 바인딩하세요.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="235"/>
        <source>Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3</source>
        <translation>Kafka Connect가 시작되었습니다: REST API %1, Kafka 부트스트랩 %2, 워커 ID %3</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="304"/>
        <source>Cannot restore the records of %1 into the embedded broker: %2</source>
        <translation>%1의 레코드를 내장 브로커로 복원할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="305"/>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="314"/>
        <source>Restored %1 record(s) of %2 topic(s) from %3 into the embedded broker.</source>
        <translation>%3에서 토픽 %2개의 레코드 %1개를 내장 브로커로 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="321"/>
        <source>Offsets of %1 differ from before the restart: records that other producers wrote there are not kept. Sink positions were moved to match.</source>
        <translation>%1의 오프셋이 재시작 전과 다릅니다. 다른 프로듀서가 그곳에 쓴 레코드는 보관되지 않습니다. 싱크 위치를 그에 맞게 옮겼습니다.</translation>
    </message>
    <message>
        <location filename="../core/worker/worker.cpp" line="342"/>
        <source>Cannot restore the offsets of group %1: %2</source>
        <translation>그룹 %1의 오프셋을 복원할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cs::worker::WorkerTask</name>
    <message>
        <location filename="../core/worker/workertask.cpp" line="225"/>
        <location filename="../core/worker/workertask.cpp" line="561"/>
        <source>Failed to create the converters of %1</source>
        <translation>%1의 컨버터를 생성하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/worker/workertask.cpp" line="283"/>
        <source>Failed to start the producer of %1</source>
        <translation>%1의 프로듀서를 시작하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="41"/>
        <source>Kafka Connect CDC studio with an embedded lab.</source>
        <translation>랩을 내장한 Kafka Connect CDC 스튜디오.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="45"/>
        <source>Start the embedded lab at launch.</source>
        <translation>실행할 때 내장 랩을 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="47"/>
        <source>Use this language instead of the saved choice (en or ko).</source>
        <translation>저장된 선택 대신 이 언어를 사용합니다(en 또는 ko).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="55"/>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="60"/>
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
