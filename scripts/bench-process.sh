#!/usr/bin/env bash
# Whole-process figures of issue 11 (docs/performance.md): each command of
# the table run as a user runs it, timed by hyperfine, with its peak
# resident memory from /usr/bin/time; `bidi` against `fribidi --width 80`
# in the same hyperfine run. With a second binary (the program before a
# change), each command is run with both, side by side.
#
#   cargo build --release --bin karabakh-timeline --example gen_corpus
#   scripts/bench-process.sh [BEFORE_BINARY]
#
# Needs hyperfine and fribidi (Debian: apt-get install hyperfine
# libfribidi-bin). Sizes: KT_BENCH_SIZES=bundled,x100,reference (all by
# default); runs per command: KT_RUNS (5). Results: target/bench-process/.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${KT_BIN:-target/release/karabakh-timeline}
GEN=target/release/examples/gen_corpus
BEFORE=${1:-}
RUNS=${KT_RUNS:-5}
SIZES=${KT_BENCH_SIZES:-bundled,x100,reference}
OUT=target/bench-process
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The corpora the criterion benchmarks use (benches/common/sizes.rs).
corpus_dir() {
  case $1 in
    bundled) echo "" ;;
    x100) gen 500 4000 3200 ;;
    reference) gen 20000 100000 50000 ;;
  esac
}
gen() {
  local dir="target/bench-corpora/gen1-a$1-e$2-c$3-s1"
  if [ ! -d "$dir" ]; then
    "$GEN" --articles "$1" --events "$2" --claims "$3" --seed 1 "$dir.partial" >&2
    mv "$dir.partial" "$dir"
  fi
  echo "$dir"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# peak RSS in MiB of one run of a command
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$TMP/rss" || true; echo "$(( $(tail -1 "$TMP/rss") / 1024 ))"; }

row() { # name, then the command's arguments after the binary
  local name=$1; shift
  local cmds=("$BIN $*")
  [ -n "$BEFORE" ] && cmds+=("$BEFORE $*")
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/$size-$name.json" \
    "${cmds[@]}" >/dev/null 2>&1
  python3 - "$OUT/$size-$name.json" "$name" "$size" "$(rss $BIN "$@")" \
    "$( [ -n "$BEFORE" ] && rss $BEFORE "$@" || echo -)" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
name, size, rss_after, rss_before = sys.argv[2:6]
fmt = lambda x: f"{x['median']:.3f} s (user {x['user']:.2f} s)"
after = fmt(r[0])
before = fmt(r[1]) if len(r) > 1 else "-"
print(f"| {name} | {size} | {after} | {rss_after} MiB | {before} | {rss_before} MiB |")
PY
}

echo
echo "| command | corpus | after: median | after: peak RSS | before: median | before: peak RSS |"
echo "|---|---|---|---|---|---|"
for size in ${SIZES//,/ }; do
  dir=$(corpus_dir "$size")
  # The bundled corpus is the one compiled into each binary.
  c=()
  [ -n "$dir" ] && c=(--corpus "$dir")
  row check "${c[@]}" check
  row claims "${c[@]}" --bidi off claims
  row list_csv "${c[@]}" list --format csv
  row export_md "${c[@]}" export --format md -o "$TMP/out.md" --force
  row export_timelinejs "${c[@]}" export --format timelinejs -o "$TMP/out.json" --force
  row first_frame "${c[@]}" screenshot --size 200x60 -o "$TMP/frame.txt" --force
done

# bidi: the reference corpus's article text, 10 MB and 100 MB of it.
if [[ ,$SIZES, == *,reference,* ]]; then
  dir=$(corpus_dir reference)
  for mb in 10 100; do
    f="$TMP/ar$mb.txt"
    # Whole lines only: a cut inside a character is not UTF-8.
    cat "$dir"/a*.txt | head -c $((mb * 1000 * 1000)) | head -n -1 > "$f" || true
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/bidi-$mb.json" \
      "$BIN --bidi app bidi --width 80 $f" "fribidi --width 80 $f" >/dev/null 2>&1
    python3 - "$OUT/bidi-$mb.json" "$mb" "$(rss $BIN --bidi app bidi --width 80 "$f")" \
      "$(rss fribidi --width 80 "$f")" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
mb, kt, fb = sys.argv[2:5]
print(f"| bidi --width 80, {mb} MB | {r[0]['median']:.3f} s, {kt} MiB | fribidi: {r[1]['median']:.3f} s, {fb} MiB |")
PY
  done
  # One paragraph of 10 MB (issue 13, finding 6).
  tr '\n' ' ' < "$TMP/ar10.txt" > "$TMP/line.txt"
  echo "| bidi, one 10 MB line | $(rss $BIN --bidi app bidi --width 80 "$TMP/line.txt") MiB | fribidi: $(rss fribidi --width 80 "$TMP/line.txt") MiB |"
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
