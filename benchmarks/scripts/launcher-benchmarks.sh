#!/usr/bin/env bash
# Start time, resident memory and throughput of the plugin as a service runs it (issue 12's speed and memory
# goals). Builds the Go load client and the trivial Go server into a temporary folder, runs everything on
# loopback and Unix sockets in that folder, prints a report on standard output (progress on standard error),
# and stops every process it started on exit. See benchmarks/README.md.
#
#   benchmarks/scripts/launcher-benchmarks.sh [--runs N] [--seconds N] [--rounds N] [--memory-requests N]
#
# Environment:
#   LAUNCHER  the distribution's launcher, bin/infrakit-instance-oneview, or the distribution's .tar.gz (unpacked
#             into the temporary folder); the runs without the class-data archive set INFRAKIT_ONEVIEW_CDS=off, the
#             others use an archive made first by `LAUNCHER cds-archive` in the temporary folder
#             (INFRAKIT_ONEVIEW_CDS_DIR), so the installation is not written to. When unset, the plugin runs as
#             `$JAVA $JVM_FLAGS [-XX:SharedArchiveFile=...] -jar $JAR`: the launcher's JVM options by hand
#   JAR       without LAUNCHER: the plugin jar (default cli/target/infrakit-instance-oneview.jar, built when missing)
#   JAVA      the java binary (default: java on PATH); a launcher takes JAVA_HOME or PATH as usual
#   JVM_FLAGS without LAUNCHER: the JVM options (default: -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1)
set -euo pipefail

RUNS=5               # starts per scenario (median reported)
SECONDS_EACH=3       # per throughput measurement
ROUNDS=7             # throughput measurements, plugin and trivial server alternating (median reported)
MEMORY_REQUESTS=100000
INSTANCES=100
CLIENTS=16
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --memory-requests) MEMORY_REQUESTS=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAVA=${JAVA:-java}
JAR=${JAR:-$ROOT/cli/target/infrakit-instance-oneview.jar}
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1}
LAUNCHER=${LAUNCHER:-}
NAME=bench-launcher

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ik-bench.XXXXXX")
PIDS=()
stop_group() {  # stop_group PID: SIGTERM to its process group, SIGKILL after 20 s
  local pid=$1 i
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  for i in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${PIDS[@]+"${PIDS[@]}"}"; do stop_group "$pid"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- what is measured ----------------------------------------------------------------------------------------
command -v go >/dev/null || { echo "go is needed: apt-get install -y golang-go" >&2; exit 1; }
log "building the Go load client and trivial server into $WORK/bin"
(cd "$ROOT/benchmarks/go" && GOFLAGS=-buildvcs=false GOPROXY=off go build -o "$WORK/bin/" ./cmd/...)
IKLOAD=$WORK/bin/ikload

case "$LAUNCHER" in
  "")
    if [ ! -f "$JAR" ]; then
      log "building $JAR"
      (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl cli -am package)
    fi ;;
  *.tar.gz)
    log "unpacking $LAUNCHER"
    mkdir "$WORK/dist"
    tar -xzf "$LAUNCHER" -C "$WORK/dist"
    LAUNCHER=$(echo "$WORK"/dist/*/bin/infrakit-instance-oneview)
    [ -x "$LAUNCHER" ] || { echo "no bin/infrakit-instance-oneview in the distribution" >&2; exit 1; } ;;
  *)
    [ -x "$LAUNCHER" ] || { echo "LAUNCHER=$LAUNCHER is not an executable file" >&2; exit 1; } ;;
esac

mkdir -p "$WORK/plugins"
chmod 700 "$WORK/plugins"
export INFRAKIT_PLUGINS_DIR=$WORK/plugins
SOCKET=$WORK/plugins/$NAME
ARCHIVE=$WORK/app.jsa

# plugin_command CDS(on|off|train) PROVIDER(file|simulator) STATEDIR: the command line, one word a line
plugin_command() {
  local cds=$1 provider=$2 dir=$3 args=(--name "$NAME" --state "$dir/state.json")
  [ "$provider" = file ] && args+=(--provider file --dir "$dir/instances")
  if [ -n "$LAUNCHER" ]; then
    case "$cds" in
      on) printf '%s\n' env "INFRAKIT_ONEVIEW_CDS_DIR=$WORK/cds" "$LAUNCHER" "${args[@]}" ;;
      off) printf '%s\n' env INFRAKIT_ONEVIEW_CDS=off "$LAUNCHER" "${args[@]}" ;;
    esac
  else
    local flags
    read -r -a flags <<<"$JVM_FLAGS"
    case "$cds" in
      on) flags+=("-XX:SharedArchiveFile=$ARCHIVE") ;;
      train) flags+=("-XX:ArchiveClassesAtExit=$ARCHIVE") ;;
    esac
    printf '%s\n' "$JAVA" "${flags[@]}" -jar "$JAR" "${args[@]}"
  fi
}

fresh_dir() {  # a new, empty state and instance folder
  local dir
  dir=$(mktemp -d "$WORK/run.XXXXXX")
  mkdir -p "$dir/instances"
  echo "$dir"
}

PLUGIN_PID=
start_plugin() {  # start_plugin CDS PROVIDER: runs it in its own process group, waits for Hello
  local dir cmd
  dir=$(fresh_dir)
  mapfile -t cmd < <(plugin_command "$1" "$2" "$dir")
  setsid "${cmd[@]}" >"$dir/log" 2>&1 &
  PLUGIN_PID=$!
  PIDS+=("$PLUGIN_PID")
  "$IKLOAD" wait -socket "$SOCKET" -timeout 120s >/dev/null || { cat "$dir/log" >&2; exit 1; }
}
stop_plugin() {
  stop_group "$PLUGIN_PID"
  PLUGIN_PID=
}

java_pid() {  # the JVM of the plugin's process group (the launcher may be a shell that forks it)
  ps -e -o pid=,pgid=,comm= | awk -v g="$PLUGIN_PID" '$2 == g && $3 == "java" { print $1 }' | sed -n 1p
}
rss_mib() { awk -v k="${2:-VmRSS}:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }  # rss_mib PID [FIELD]
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }  # field KEY < key=value line
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average before: $LOAD_BEFORE"

# --- the application CDS archive ----------------------------------------------------------------------------
if [ -n "$LAUNCHER" ]; then
  log "making the launcher's class-data archive in $WORK/cds (LAUNCHER cds-archive)"
  INFRAKIT_ONEVIEW_CDS_DIR=$WORK/cds "$LAUNCHER" cds-archive >&2
else
  log "training the application CDS archive (embedded simulator: Hello, one Provision, Describe)"
  dir=$(fresh_dir)
  mapfile -t cmd < <(plugin_command train simulator "$dir")
  setsid "${cmd[@]}" >"$dir/log" 2>&1 &
  PLUGIN_PID=$!
  PIDS+=("$PLUGIN_PID")
  "$IKLOAD" wait -socket "$SOCKET" >/dev/null
  "$IKLOAD" provision -socket "$SOCKET" -count 1 -clients 1 -properties '{"TemplateName":"Web Server Template"}' >/dev/null
  "$IKLOAD" load -socket "$SOCKET" -call mix -clients 2 -requests 200 >/dev/null
  stop_plugin
  [ -s "$ARCHIVE" ] || { echo "no CDS archive was written; see $dir/log" >&2; cat "$dir/log" >&2; exit 1; }
fi

# --- start to the first answered Handshake.Hello -----------------------------------------------------------
cat >"$WORK/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
EOF
javac -d "$WORK" "$WORK/Hello.java"
declare -A STARTS=()
for run in $(seq 1 "$RUNS"); do
  log "start-up round $run of $RUNS"
  t=$("$IKLOAD" run -- "$JAVA" -cp "$WORK" Hello | field seconds)
  STARTS[hello]+="$t "
  for provider in file simulator; do
    for cds in off on; do
      dir=$(fresh_dir)
      mapfile -t cmd < <(plugin_command "$cds" "$provider" "$dir")
      t=$("$IKLOAD" start -socket "$SOCKET" -log "$dir/log" -- "${cmd[@]}" | field seconds)
      STARTS[$provider-$cds]+="$t "
    done
  done
done
median_of() { tr ' ' '\n' <<<"${STARTS[$1]}" | awk 'NF' | median; }
HELLO_WORLD=$(median_of hello)

# --- resident memory: warm-up, then MEMORY_REQUESTS more ---------------------------------------------------
declare -A MEM=()
memory_run() {  # memory_run PROVIDER PROPERTIES
  local provider=$1 props=$2 out made pid rss0 rss max i chunk=$((MEMORY_REQUESTS / 10)) samples=""
  log "memory, $provider: provisioning up to $INSTANCES instances"
  start_plugin on "$provider"
  out=$("$IKLOAD" provision -socket "$SOCKET" -count "$INSTANCES" -clients 8 -properties "$props" -up-to)
  made=$(field provisioned <<<"$out")
  [ "$made" -gt 0 ] || { echo "no instance could be provisioned: $out" >&2; exit 1; }
  MEM[$provider-instances]=$made
  MEM[$provider-note]=$(sed -n 's/.*first_error="\(.*\)"$/\1/p' <<<"$out")
  log "memory, $provider: $made instances; warm-up (20,000 requests, Hello and Describe alternating)"
  "$IKLOAD" load -socket "$SOCKET" -call mix -clients "$CLIENTS" -requests 20000 -expect-instances "$made" >/dev/null
  pid=$(java_pid)
  rss0=$(rss_mib "$pid")
  max=$rss0
  for i in $(seq 1 10); do
    "$IKLOAD" load -socket "$SOCKET" -call mix -clients "$CLIENTS" -requests "$chunk" >/dev/null
    rss=$(rss_mib "$pid")
    samples+="$rss "
    max=$(awk -v a="$max" -v b="$rss" 'BEGIN { print (b > a) ? b : a }')
  done
  MEM[$provider-anon]=$(rss_mib "$pid" RssAnon)
  MEM[$provider-file]=$(rss_mib "$pid" RssFile)
  MEM[$provider-warm]=$rss0
  MEM[$provider-after]=$rss
  MEM[$provider-max]=$max
  MEM[$provider-samples]=$samples
  MEM[$provider-growth]=$(awk -v a="$rss0" -v b="$rss" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
}
memory_run simulator '{"TemplateName":"Web Server Template"}'
stop_plugin
memory_run file '{"Note":"bench"}'

# --- throughput at CLIENTS clients, on the warm file-provider plugin ---------------------------------------
TRIVIAL_SOCKET=$WORK/trivial.sock
setsid "$WORK/bin/trivialserver" -socket "$TRIVIAL_SOCKET" >"$WORK/trivial.log" 2>&1 &
TRIVIAL_PID=$!
PIDS+=("$TRIVIAL_PID")
"$IKLOAD" wait -socket "$TRIVIAL_SOCKET" >/dev/null
"$IKLOAD" load -socket "$TRIVIAL_SOCKET" -call hello -clients "$CLIENTS" -requests 20000 >/dev/null
declare -A TP=()
for round in $(seq 1 "$ROUNDS"); do
  log "throughput round $round of $ROUNDS (${SECONDS_EACH}s each: plugin Hello, trivial server Hello, plugin Describe)"
  p=$("$IKLOAD" load -socket "$SOCKET" -call hello -clients "$CLIENTS" -duration "${SECONDS_EACH}s")
  g=$("$IKLOAD" load -socket "$TRIVIAL_SOCKET" -call hello -clients "$CLIENTS" -duration "${SECONDS_EACH}s")
  d=$("$IKLOAD" load -socket "$SOCKET" -call describe -clients "$CLIENTS" -duration "${SECONDS_EACH}s" \
        -expect-instances "$INSTANCES")
  TP[plugin]+="$(field rps <<<"$p") "; TP[plugin-p50]+="$(field p50_ms <<<"$p") "; TP[plugin-p99]+="$(field p99_ms <<<"$p") "
  TP[trivial]+="$(field rps <<<"$g") "; TP[trivial-p50]+="$(field p50_ms <<<"$g") "; TP[trivial-p99]+="$(field p99_ms <<<"$g") "
  TP[ratio]+="$(ratio "$(field rps <<<"$p")" "$(field rps <<<"$g")") "
  TP[describe]+="$(field rps <<<"$d") "; TP[describe-p50]+="$(field p50_ms <<<"$d") "; TP[describe-p99]+="$(field p99_ms <<<"$d") "
done
tp() { tr ' ' '\n' <<<"${TP[$1]}" | awk 'NF' | median; }
stop_plugin

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average after: $LOAD_AFTER"

# --- report --------------------------------------------------------------------------------------------------
if [ -n "$LAUNCHER" ]; then how="launcher $LAUNCHER"; else how="$JAVA $JVM_FLAGS -jar $(basename "$JAR")"; fi
met() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN { ok = (op == "<") ? v < g : (op == "<=") ? v <= g : v >= g; print ok ? "met" : "not met" }'; }
growth_abs() { tr -d '+-' <<<"$1"; }
cat <<EOF
# launcher benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')

machine: $(nproc) CPUs ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $("$JAVA" -version 2>&1 | sed -n 2p); $(go version)
load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after
plugin run as: $how

## start to the first answered Handshake.Hello (median of $RUNS)

| provider | CDS archive | runs (s) | median (s) | / hello-world JVM | goal |
|---|---|---|---|---|---|
EOF
for provider in file simulator; do
  goal=0.6; [ "$provider" = simulator ] && goal=1.2
  for cds in off on; do
    m=$(median_of "$provider-$cds")
    echo "| $provider | $cds | ${STARTS[$provider-$cds]% } | **$m** | $(ratio "$m" "$HELLO_WORLD")x | < $goal s: $(met "$m" "<" "$goal") |"
  done
done
cat <<EOF
| hello-world JVM (\`java -cp DIR Hello\`) | – | ${STARTS[hello]% } | $HELLO_WORLD | 1x | – |

## resident memory (VmRSS of the JVM), $CLIENTS clients, CDS archive on

| provider | instances | after warm-up (MiB) | after $MEMORY_REQUESTS more requests (MiB) | max (MiB) | growth | goal |
|---|---|---|---|---|---|---|
| file | ${MEM[file-instances]} | **${MEM[file-warm]}** | ${MEM[file-after]} | ${MEM[file-max]} | **${MEM[file-growth]} %** | <= 100 MiB: $(met "${MEM[file-warm]}" "<=" 100), < 10 % growth: $(met "$(growth_abs "${MEM[file-growth]}")" "<" 10) |
| embedded simulator | ${MEM[simulator-instances]} | ${MEM[simulator-warm]} | ${MEM[simulator-after]} | ${MEM[simulator-max]} | ${MEM[simulator-growth]} % | reported |

samples every $((MEMORY_REQUESTS / 10)) requests (MiB): file ${MEM[file-samples]% }; simulator ${MEM[simulator-samples]% }
at the end, VmRSS = RssAnon + RssFile (mapped files: the jar, the JDK's libraries and CDS archives) + RssShmem:
file ${MEM[file-anon]} + ${MEM[file-file]} MiB, simulator ${MEM[simulator-anon]} + ${MEM[simulator-file]} MiB
EOF
if [ -n "${MEM[simulator-note]}" ]; then
  echo "the simulator's provisions stopped at ${MEM[simulator-instances]}: ${MEM[simulator-note]}"
fi
cat <<EOF

## throughput at $CLIENTS clients (file provider, $INSTANCES instances; ${SECONDS_EACH}s each, median of $ROUNDS)

| server | call | req/s (runs) | req/s | p50 (ms) | p99 (ms) | goal |
|---|---|---|---|---|---|---|
| plugin | Handshake.Hello | ${TP[plugin]% } | **$(tp plugin)** | $(tp plugin-p50) | $(tp plugin-p99) | |
| trivial Go server | Handshake.Hello | ${TP[trivial]% } | $(tp trivial) | $(tp trivial-p50) | $(tp trivial-p99) | |
| plugin / trivial | Handshake.Hello | ${TP[ratio]% } | **$(tp ratio)** | | | >= 0.9: $(met "$(tp ratio)" ">=" 0.9) |
| plugin | Instance.DescribeInstances (100) | ${TP[describe]% } | **$(tp describe)** | $(tp describe-p50) | $(tp describe-p99) | reported: InfraKit's Go file plugin cannot be built here |
EOF
