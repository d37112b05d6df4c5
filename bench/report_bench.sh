#!/usr/bin/env bash
# figcheck report over many real articles at once: SaudiNewsNet
# (../shared/corpora/saudinewsnet/*.zip) turned into the JSONL document
# input ({"id","text","date","source","title"}), then
#
#   figcheck report --input jsonl --format json --jobs J  ARTICLES.jsonl
#
# timed for each size and each J: wall time (median of --runs) and peak RSS
# (GNU time's maximum resident set size, median of the runs). The compare
# stage alone is timed too, from the claims JSONL that extract writes
# (report --input claims): it sees every claim of the run at once, so it is
# where quadratic grouping would show.
#
#   bench/report_bench.sh [--runs 5] [--sizes "1000 10000"] [--jobs "1 2"] [--figcheck PATH]
#
# Needs python3 (to unpack the corpus; benchmarks may, tests may not) and
# GNU time (/usr/bin/time, Debian package `time`). Builds build/figcheck
# (Release) unless --figcheck names a binary. The JSONL files are cached
# in build/bench-data/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
sizes="1000 10000"
jobs_list="1 2"
fc=
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --jobs) jobs_list=$2; shift ;;
    --figcheck) fc=$(realpath "$2"); shift ;;
    *) echo "report_bench: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

shared=${FIGCHECK_SHARED_DIR:-}
if [[ -z "$shared" ]]; then
  dir=$root
  while [[ "$dir" != / ]]; do
    dir=$(dirname "$dir")
    if [[ -d "$dir/shared/corpora/saudinewsnet" ]]; then shared=$dir/shared; break; fi
  done
fi
corpus=$shared/corpora/saudinewsnet
if ! compgen -G "$corpus/*.zip" >/dev/null; then
  echo "report_bench: no SaudiNewsNet zips under '$corpus'; set FIGCHECK_SHARED_DIR" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "report_bench: needs python3" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "report_bench: needs GNU time (apt-get install time)" >&2; exit 2; }

build=${FIGCHECK_BENCH_BUILD_DIR:-$root/build}
if [[ -z "$fc" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"$(nproc)" --target figcheck >/dev/null
  fc=$build/figcheck
fi
data=$build/bench-data
mkdir -p "$data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The first N articles in file order (each zip's array in order), as JSONL.
make_jsonl() {
  python3 - "$corpus" "$1" "$2" <<'PY'
import glob, json, os, sys, zipfile
corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
written = 0
with open(out + ".part", "w", encoding="utf-8") as fh:
    for z in sorted(glob.glob(os.path.join(corpus, "*.zip"))):
        day = os.path.basename(z)[:-4]
        with zipfile.ZipFile(z) as f:
            for name in sorted(f.namelist()):
                for i, a in enumerate(json.loads(f.read(name))):
                    if written == n:
                        break
                    date = (a.get("date_extracted") or "")[:10] or None
                    rec = {"id": f"{day}-{i:04d}", "text": a.get("content") or "", "date": date,
                           "source": a.get("source"), "title": a.get("title")}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    written += 1
if written < n:
    sys.exit(f"report_bench: the corpus has only {written} articles, not {n}")
os.replace(out + ".part", out)
PY
}

# timed OUT COMMAND...: runs COMMAND $runs times with stdout to OUT; sets
# $wall (median seconds), $cpu (median user + system seconds: less moved by
# other load on the machine than wall time) and $rss (median peak RSS, MiB).
timed() {
  local outfile=$1
  shift
  : >"$tmp/times"
  for ((r = 0; r < runs; r++)); do
    set +e
    /usr/bin/time -f "%e %M %U %S" -o "$tmp/t" "$@" >"$outfile"
    local rc=$?
    set -e
    if [[ $rc -gt 1 ]]; then
      echo "report_bench: '$*' failed (exit $rc)" >&2
      exit 1
    fi
    tail -1 "$tmp/t" >>"$tmp/times"
  done
  local mid=$(((runs + 1) / 2))
  wall=$(cut -d' ' -f1 "$tmp/times" | sort -g | sed -n "${mid}p")
  rss=$(cut -d' ' -f2 "$tmp/times" | sort -g | sed -n "${mid}p" | awk '{ printf "%.0f", $1 / 1024 }')
  cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$tmp/times" | sort -g | sed -n "${mid}p")
}

# Counts of a JSON report: documents claims groups findings largest-group.
counts() {
  python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
largest = max((len(g["claims"]) for g in r["groups"]), default=0)
print(len(r["sources"]), len(r["claims"]), len(r["groups"]), len(r["findings"]), largest)' "$1"
}

echo "figcheck report on SaudiNewsNet articles: $(nproc) cores, median of $runs runs," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "binary: $fc"
printf '\n%-8s %-5s %9s %9s %9s %9s  %s\n' articles jobs "wall s" "cpu s" "docs/s" "RSS MiB" \
  "claims groups findings largest-group"
for n in $sizes; do
  input=$data/saudinewsnet-$n.jsonl
  [[ -s "$input" ]] || make_jsonl "$n" "$input"
  for j in $jobs_list; do
    timed "$tmp/report.json" "$fc" report --no-config --input jsonl --format json --jobs "$j" "$input"
    read -r docs claims groups findings largest < <(counts "$tmp/report.json")
    [[ $docs -eq $n ]] || { echo "report_bench: $docs sources, expected $n" >&2; exit 1; }
    printf '%-8s %-5s %9s %9s %9.0f %9s  %s %s %s %s\n' "$n" "$j" "$wall" "$cpu" "$(awk -v n="$n" -v w="$wall" 'BEGIN { print (w > 0 ? n / w : 0) }')" \
      "$rss" "$claims" "$groups" "$findings" "$largest"
  done
done

printf '\ncompare stage alone (report --input claims --format json, from extract):\n'
printf '%-8s %9s %9s %9s %9s %9s\n' articles claims "wall s" "cpu s" "RSS MiB" "output MB"
for n in $sizes; do
  input=$data/saudinewsnet-$n.jsonl
  "$fc" extract --no-config --input jsonl "$input" >"$tmp/claims.jsonl"
  timed "$tmp/report.json" "$fc" report --no-config --input claims --format json "$tmp/claims.jsonl"
  read -r _ claims _ _ _ < <(counts "$tmp/report.json")
  printf '%-8s %9s %9s %9s %9s %9.1f\n' "$n" "$claims" "$wall" "$cpu" "$rss" \
    "$(awk -v b="$(stat -c %s "$tmp/report.json")" 'BEGIN { print b / 1e6 }')"
done
