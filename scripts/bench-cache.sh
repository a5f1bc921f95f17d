#!/bin/sh
# The resolved-corpus cache at the reference corpus (docs/performance.md,
# "The resolved-corpus cache"): each command with --no-cache (the full load),
# on a first launch (no entry: full load + writing the entry) and on a second
# launch (the entry used); hyperfine, then peak RSS from /usr/bin/time.
# Usage: scripts/bench-cache.sh CORPUS_DIR [BINARY]
set -eu
R=$1
B=${2:-target/release/karabakh-timeline}
C=$(mktemp -d)
OUT=$(mktemp -d)
export XDG_CACHE_HOME="$C"
uptime
for cmd in "check" "--bidi off claims" "list --format csv" \
    "export --format md -o $OUT/x.md --force" "screenshot --size 200x60 --output $OUT/x.txt --force"; do
    hyperfine -N --warmup 1 --runs 5 --style basic \
        -n "full: $cmd" "$B --corpus $R --no-cache $cmd" \
        -n "cold: $cmd" --prepare "rm -rf $C/karabakh-timeline" "$B --corpus $R $cmd"
    # The warm runs: the entry is written by hyperfine's warm-up run.
    hyperfine -N --warmup 1 --runs 5 --style basic -n "warm: $cmd" "$B --corpus $R $cmd"
    for mode in full cold warm; do
        case $mode in
            full) flag=--no-cache ;;
            cold) flag=""; rm -rf "$C/karabakh-timeline" ;;
            warm) flag="" ;;
        esac
        # shellcheck disable=SC2086
        /usr/bin/time -f "$mode: $cmd: %e s, user %U s, peak %M KiB" \
            "$B" --corpus "$R" $flag $cmd >/dev/null 2>"$OUT/time"
        tail -1 "$OUT/time"
    done
done
uptime
rm -rf "$C" "$OUT"
