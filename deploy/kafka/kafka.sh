#!/usr/bin/env bash
# A single-node Apache Kafka (KRaft, combined broker + controller) on 127.0.0.1, run from its
# Maven Central artifacts. Every file it writes lives under --dir; `stop` ends what `start` began.
#
#   kafka.sh fetch                                    jars into deploy/kafka/lib (idempotent)
#   kafka.sh start [--dir D] [--port P] [--controller-port C]
#                                                     prints the bootstrap address once it answers
#   kafka.sh stop  [--dir D]                          stops the broker started in D
#   kafka.sh status [--dir D]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/lib"
dir="${EMR_DEID_KAFKA_DIR:-${TMPDIR:-/tmp}/emr-deid-kafka}"
port=9092
controller_port=9093
ready_timeout_s="${EMR_DEID_KAFKA_START_TIMEOUT:-90}"

die() { echo "kafka.sh: $*" >&2; exit 1; }

fetch() {
  if [ -f "$lib/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Kafka from Maven Central"
  echo "kafka.sh: fetching Apache Kafka from Maven Central into $lib" >&2
  rm -rf "$lib"
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies >&2
  touch "$lib/.complete"
}

# A broker for tests and benchmarks on the machine they run on: the client JIT alone and the serial
# collector keep it from taking the cores from the pipeline it feeds (on the bench, about half the CPU
# time of G1 with the full tiered JIT).
jvm_args() {
  jvm=(-Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$here/log4j2.xml" -Dkafka.logs.dir="$dir/logs" -cp "$lib/*")
}

pid_of() { [ -f "$dir/kafka.pid" ] && cat "$dir/kafka.pid"; }
running() { local pid; pid="$(pid_of)" && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

start() {
  fetch
  command -v java >/dev/null || die "Java 17+ is needed to run Kafka 4"
  if running; then die "a broker started from $dir is already running (pid $(pid_of))"; fi
  mkdir -p "$dir/logs" "$dir/data"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
  local cluster_id jvm
  jvm_args
  cluster_id="$(java "${jvm[@]}" kafka.tools.StorageTool random-uuid)"
  java "${jvm[@]}" kafka.tools.StorageTool format --standalone -t "$cluster_id" \
    -c "$dir/server.properties" >"$dir/logs/format.log" 2>&1 \
    || die "storage format failed: $(tail -5 "$dir/logs/format.log")"
  nohup java "${jvm[@]}" kafka.Kafka "$dir/server.properties" >"$dir/logs/stdout.log" 2>&1 &
  echo $! >"$dir/kafka.pid"

  local waited=0
  until grep -q "Kafka Server started" "$dir/logs/server.log" 2>/dev/null; do
    if ! running; then
      die "broker exited during start-up; last lines of $dir/logs:
$(tail -20 "$dir/logs/stdout.log" "$dir/logs/server.log" 2>/dev/null)"
    fi
    if [ "$waited" -ge "$((ready_timeout_s * 2))" ]; then
      stop
      die "broker did not start within ${ready_timeout_s}s; see $dir/logs"
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  echo "127.0.0.1:$port"
}

stop() {
  local pid
  pid="$(pid_of)" || { echo "kafka.sh: no broker recorded in $dir" >&2; return 0; }
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$dir/kafka.pid"
}

status() {
  if running; then echo "running (pid $(pid_of), dir $dir)"; else echo "not running (dir $dir)"; return 3; fi
}

cmd="${1:-}"; shift || true
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --controller-port) controller_port="$2"; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
case "$cmd" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: kafka.sh fetch|start|stop|status [--dir D] [--port P] [--controller-port C]" ;;
esac
