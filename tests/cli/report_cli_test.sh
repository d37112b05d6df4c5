#!/usr/bin/env bash
# report and check end to end: exit codes per --fail-on, every --format
# well formed, --jobs not changing a byte, the extract | report --input
# claims seam, baselines, figcheck-ignore comments, check mode's view of
# the drafts, .figcheck.yaml severities and fail_on, and every error path.
# Runs from SOURCE_DIR with relative paths, as a user would.
# Usage: report_cli_test.sh FIGCHECK JSON_TOOL SOURCE_DIR
set -u
fc=$(realpath "$1")
jt=$(realpath "$2")
src=$3
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
cd "$src" || exit 1

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
# expect CODE DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit
# code, keeps standard output in $out and standard error in $err.
expect() {
  local want=$1 what=$2
  shift 3
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local got=$?
  out=$(cat "$tmp/stdout")
  err=$(cat "$tmp/stderr")
  if [[ $got -ne $want ]]; then
    fail "$what: exit $got, expected $want"
    head -5 "$tmp/stdout" "$tmp/stderr" | sed 's/^/    /'
  fi
}
contains() {
  grep -qF -- "$2" <<<"$out" || fail "$1: output lacks: $2"
}
lacks() {
  ! grep -qF -- "$2" <<<"$out" || fail "$1: output has: $2"
}
# expect_error DESCRIPTION MESSAGE -- COMMAND...: exit 2, nothing on
# standard output, exactly one line on standard error: "figcheck: " and
# then MESSAGE (a prefix of the rest).
expect_error() {
  local what=$1 msg=$2
  shift 2
  expect 2 "$what" "$@"
  [[ -z "$out" ]] || fail "$what: wrote to standard output: $(head -c 200 <<<"$out")"
  local lines
  lines=$(wc -l <"$tmp/stderr")
  [[ $lines -eq 1 ]] || fail "$what: $lines lines on standard error, expected 1: $err"
  [[ "$err" == "figcheck: $msg"* ]] || fail "$what: message '$err', expected 'figcheck: $msg...'"
}
# json_ok DESCRIPTION: $out is a consistent figcheck JSON report.
json_ok() {
  "$jt" report <<<"$out" >"$tmp/problems" || fail "$1: bad JSON report: $(head -3 "$tmp/problems")"
}

# --- Fixtures: two reports that disagree once (44 against 45 days), a draft
# with no figures.
mkdir -p "$tmp/fx"
printf -- '---\nsource: Alpha\ndate: 2025-01-10\n---\nThe war lasted 44 days, officials said.\n' >"$tmp/fx/a.txt"
printf -- '---\nsource: Beta\ndate: 2025-01-11\n---\nThe war lasted 45 days, officials said.\n' >"$tmp/fx/b.txt"
printf 'Nothing to report here.\n' >"$tmp/fx/quiet.txt"
pair=("$tmp/fx/a.txt" "$tmp/fx/b.txt")
conf() { # conf NAME YAML: a configuration file
  printf '%s\n' "$2" >"$tmp/$1.yaml"
  echo "$tmp/$1.yaml"
}

# --- 1. Exit codes per --fail-on.
expect 1 "the pair: one conflict" -- "$fc" report --no-config --format json "${pair[@]}"
[[ $("$jt" findings <<<"$out") == "conflict error war.duration -" ]] ||
  fail "the pair: findings: $("$jt" findings <<<"$out")"
for level in error warning note; do
  expect 1 "an error, --fail-on $level" -- "$fc" report --no-config --fail-on "$level" "${pair[@]}"
done
expect 0 "an error, --fail-on none" -- "$fc" report --no-config --fail-on none "${pair[@]}"
contains "an error, --fail-on none" "1 finding: 1 error"
# Severities from a configuration (by finding type, by key) move the line.
warn=$(conf warn 'severity: {conflict: warning}')
expect 0 "a warning, default --fail-on" -- "$fc" report --config "$warn" "${pair[@]}"
contains "a warning, default --fail-on" "1 finding: 1 warning"
expect 0 "a warning, --fail-on error" -- "$fc" report --config "$warn" --fail-on error "${pair[@]}"
expect 1 "a warning, --fail-on warning" -- "$fc" report --config "$warn" --fail-on warning "${pair[@]}"
expect 1 "a warning, --fail-on note" -- "$fc" report --config "$warn" --fail-on note "${pair[@]}"
note=$(conf note 'severity: {war.duration: note}')
expect 0 "a note (key severity), --fail-on warning" -- "$fc" report --config "$note" --fail-on warning "${pair[@]}"
contains "a note (key severity), --fail-on warning" "note conflict F1"
expect 1 "a note (key severity), --fail-on note" -- "$fc" report --config "$note" --fail-on note "${pair[@]}"
dropped=$(conf dropped 'severity: {conflict: none}')
expect 0 "severity none drops the finding" -- "$fc" report --config "$dropped" --fail-on note "${pair[@]}"
contains "severity none drops the finding" "0 findings"
# Check mode: findings among the references alone never fail a draft.
expect 1 "check: the draft disagrees" -- "$fc" check --no-config "${pair[0]}" --against "${pair[1]}"
expect 0 "check: --fail-on none" -- "$fc" check --no-config --fail-on none "${pair[0]}" --against "${pair[1]}"
expect 0 "check: a quiet draft against references that disagree" -- \
  "$fc" check --no-config "$tmp/fx/quiet.txt" --against "${pair[@]}"
[[ -z "$out" ]] || fail "check: a quiet draft: printed $out"

# --- 2. .figcheck.yaml found from the working directory upwards: severity
# and fail_on; --fail-on replaces fail_on.
mkdir -p "$tmp/proj/sub"
printf 'severity: {conflict: warning}\nfail_on: warning\n' >"$tmp/proj/.figcheck.yaml"
expect 1 ".figcheck.yaml fail_on: warning" -- \
  bash -c "cd '$tmp/proj/sub' && '$fc' report --format check '${pair[0]}' '${pair[1]}'"
contains ".figcheck.yaml fail_on: warning" ": warning: "
lacks ".figcheck.yaml fail_on: warning" ": error: "
expect 0 ".figcheck.yaml, --fail-on error" -- \
  bash -c "cd '$tmp/proj/sub' && '$fc' report --fail-on error '${pair[0]}' '${pair[1]}'"
expect 1 ".figcheck.yaml in check mode" -- \
  bash -c "cd '$tmp/proj/sub' && '$fc' check '${pair[0]}' --against '${pair[1]}'"
contains ".figcheck.yaml in check mode" ": warning: "
expect 1 "--no-config ignores .figcheck.yaml" -- \
  bash -c "cd '$tmp/proj/sub' && '$fc' report --no-config --fail-on error --format check '${pair[0]}' '${pair[1]}'"
contains "--no-config ignores .figcheck.yaml" ": error: "

# --- 3. Every format, well formed, for report and for check.
# table_rows_ok: every row of each Markdown table in $out has the header's
# number of unescaped pipes.
table_rows_ok() {
  awk '/^\|/ { l = $0; gsub(/\\\|/, "", l); n = gsub(/\|/, "", l)
               if (!t) { cols = n; t = 1 } else if (n != cols) { print NR ": " $0; bad = 1 }
               next }
       { t = 0 }
       END { exit bad }' <<<"$out"
}
check_line='^[^:]+:[0-9]+:[0-9]+: (error|warning|note): .+ \[[a-z-]+/[a-z0-9._-]+\]$'
github_line='^::(error|warning|notice) file=[^,:]+,line=[0-9]+,col=[0-9]+,endLine=[0-9]+,endColumn=[0-9]+,title=figcheck [a-z-]+ \([a-z0-9._ -]+\)::.+$'
# formats NAME MODE COMMAND...: COMMAND with each --format; JSON as the
# reference. MODE report: check lines and annotations for every source of
# a finding; check: for the draft (source 0) only.
formats() {
  local what=$1 mode=$2
  shift 2
  expect 1 "$what json" -- "$@" --format json
  json_ok "$what json"
  local json=$out
  local n places=0 i
  n=$("$jt" size /findings <<<"$json")
  [[ $n -gt 0 ]] || fail "$what: no findings to render"
  for ((i = 0; i < n; i++)); do
    if [[ $mode == check ]]; then
      places=$((places + 1))
    else
      places=$((places + $("$jt" size "/findings/$i/sources" <<<"$json")))
    fi
  done

  expect 1 "$what text" -- "$@" --format text --color never
  contains "$what text" "Summary: "
  [[ "$out" != *$'\e['* ]] || fail "$what text: colour with --color never"
  expect 1 "$what text, colour" -- "$@" --format text --color always
  [[ "$out" == *$'\e['* ]] || fail "$what text: no colour with --color always"

  expect 1 "$what markdown" -- "$@" --format markdown
  [[ "$(head -1 <<<"$out")" == "# figcheck report" ]] || fail "$what markdown: title"
  contains "$what markdown" "## Sources"
  contains "$what markdown" "## Findings"
  table_rows_ok || fail "$what markdown: table rows with the wrong number of cells"

  expect 1 "$what sarif" -- "$@" --format sarif
  "$jt" sarif <<<"$out" >"$tmp/problems" || fail "$what sarif: $(head -3 "$tmp/problems")"
  [[ $("$jt" size /runs/0/results <<<"$out") -eq $n ]] || fail "$what sarif: not one result per finding"

  expect 1 "$what check" -- "$@" --format check
  grep -Evq -- "$check_line" <<<"$out" && fail "$what check: malformed: $(grep -Ev -- "$check_line" <<<"$out" | head -1)"
  [[ $(grep -c . <<<"$out") -eq $places ]] || fail "$what check: $(grep -c . <<<"$out") lines, expected $places"

  expect 1 "$what github" -- "$@" --format github
  grep -Evq -- "$github_line" <<<"$out" && fail "$what github: malformed: $(grep -Ev -- "$github_line" <<<"$out" | head -1)"
  [[ $(grep -c . <<<"$out") -eq $places ]] || fail "$what github: $(grep -c . <<<"$out") lines, expected $places"
  [[ -z "$err" ]] || fail "$what: standard error: $err"
}
for case in ar-summit en-flood ar-en-quake; do
  formats "report $case" report "$fc" report --no-config "samples/$case"
done
draft=samples/draft-check/draft.md
refs=samples/draft-check/sources
formats "check draft-check" check "$fc" check --no-config "$draft" --against "$refs"
# Check mode: only findings that involve the draft, placed in the draft.
expect 1 "check json" -- "$fc" check --no-config --format json "$draft" --against "$refs"
n=$("$jt" size /findings <<<"$out")
for ((i = 0; i < n; i++)); do
  "$jt" get "/findings/$i/sources" <<<"$out" | grep -q '^\[0[],]' ||
    fail "check json: finding $i does not involve the draft"
done
expect 1 "report on draft and sources" -- "$fc" report --no-config --format json "$draft" "$refs"
all=$out
others=0
total=$("$jt" size /findings <<<"$all")
for ((i = 0; i < total; i++)); do
  "$jt" get "/findings/$i/sources" <<<"$all" | grep -q '^\[0[],]' || others=$((others + 1))
done
[[ $others -gt 0 ]] || fail "draft-check: the sources have no findings of their own to leave out"
[[ $((n + others)) -eq $total ]] || fail "check json: $n draft findings + $others others != $total"
expect 1 "check lines" -- "$fc" check --no-config "$draft" --against "$refs"
grep -Evq "^$draft:[0-9]+:[0-9]+: " <<<"$out" && fail "check lines: a line outside the draft"
expect 1 "check github" -- "$fc" check --no-config --format github "$draft" --against "$refs"
grep -Evq "^::(error|warning|notice) file=$draft," <<<"$out" && fail "check github: an annotation outside the draft"

# --- 4. --jobs 1 and --jobs 4 give the same bytes, on enough documents
# for the workers to finish out of order.
mkdir -p "$tmp/many"
for i in $(seq -w 1 12); do
  for f in samples/ar-summit/*.txt samples/en-flood/*.txt samples/ar-en-quake/*.txt; do
    cp "$f" "$tmp/many/$i-$(basename "$f")"
  done
done
for format in json text sarif check markdown; do
  "$fc" report --no-config --color never --format "$format" --jobs 1 "$tmp/many" >"$tmp/j1.$format"
  "$fc" report --no-config --color never --format "$format" --jobs 4 "$tmp/many" >"$tmp/j4.$format"
  cmp -s "$tmp/j1.$format" "$tmp/j4.$format" || fail "--jobs 1 and --jobs 4 differ in $format"
  [[ -s "$tmp/j1.$format" ]] || fail "--jobs: empty $format"
done
"$fc" check --no-config --format json --jobs 1 "$draft" --against "$refs" "$tmp/many" >"$tmp/c1.json"
"$fc" check --no-config --format json --jobs 4 "$draft" --against "$refs" "$tmp/many" >"$tmp/c4.json"
cmp -s "$tmp/c1.json" "$tmp/c4.json" || fail "check: --jobs 1 and --jobs 4 differ"

# --- 5. The seam: extract's claims JSONL compared later gives the report
# of the documents, byte for byte; one stream per document too.
for case in ar-summit en-flood ar-en-quake draft-check; do
  "$fc" report --no-config --format json "samples/$case" >"$tmp/docs.json"
  "$fc" extract --no-config --format jsonl "samples/$case" >"$tmp/claims.jsonl"
  out=$(cat "$tmp/claims.jsonl")
  "$jt" jsonl <<<"$out" >/dev/null || fail "seam $case: extract wrote bad JSONL"
  "$fc" report --input claims --no-config --format json <"$tmp/claims.jsonl" >"$tmp/seam.json"
  cmp -s "$tmp/docs.json" "$tmp/seam.json" || fail "seam $case: extract | report --input claims differs"
  streams=()
  for f in $(find "samples/$case" -type f -name '*.[tm][xd]*' | sort); do
    "$fc" extract --no-config "$f" >"$tmp/$(basename "$f").jsonl"
    streams+=("$tmp/$(basename "$f").jsonl")
  done
  "$fc" report --input claims --no-config --format json "${streams[@]}" >"$tmp/streams.json"
  cmp -s "$tmp/docs.json" "$tmp/streams.json" || fail "seam $case: one stream per document differs"
done
"$fc" extract --no-config "$draft" >"$tmp/draft.jsonl"
"$fc" extract --no-config "$refs" >"$tmp/refs.jsonl"
"$fc" check --no-config --format json "$draft" --against "$refs" >"$tmp/check-docs.json"
"$fc" check --input claims --no-config --format json "$tmp/draft.jsonl" --against "$tmp/refs.jsonl" \
  >"$tmp/check-claims.json"
cmp -s "$tmp/check-docs.json" "$tmp/check-claims.json" || fail "seam: check --input claims differs"

# --- 6. Baselines: accepted findings stop failing the build, also after
# the draft's lines move; a changed figure is new.
expect 1 "write a baseline" -- "$fc" check --no-config "$draft" --against "$refs" \
  --write-baseline "$tmp/baseline.json"
[[ -n "$out" ]] || fail "write a baseline: no report"
out=$(cat "$tmp/baseline.json")
[[ $("$jt" get /figcheck_baseline <<<"$out") == 1 ]] || fail "baseline: version"
[[ $("$jt" size /findings <<<"$out") -gt 0 ]] || fail "baseline: no findings"
expect 0 "the baseline applied" -- "$fc" check --no-config "$draft" --against "$refs" \
  --baseline "$tmp/baseline.json"
[[ -z "$out" ]] || fail "the baseline applied: check lines printed: $out"
expect 0 "the baseline applied, --fail-on note" -- "$fc" check --no-config --fail-on note "$draft" \
  --against "$refs" --baseline "$tmp/baseline.json"
expect 0 "the baseline, json" -- "$fc" check --no-config --format json "$draft" --against "$refs" \
  --baseline "$tmp/baseline.json"
json_ok "the baseline, json"
n=$("$jt" size /findings <<<"$out")
[[ $("$jt" get /summary/suppressed <<<"$out") -eq $n && $n -gt 0 ]] ||
  fail "the baseline, json: $n findings, not all suppressed"
[[ $("$jt" findings <<<"$out" | grep -vc ' suppressed$') -eq 0 ]] || fail "the baseline, json: unsuppressed"
expect 0 "the baseline, sarif" -- "$fc" check --no-config --format sarif "$draft" --against "$refs" \
  --baseline "$tmp/baseline.json"
[[ $("$jt" get /runs/0/results/0/suppressions/0/kind <<<"$out") == external ]] ||
  fail "the baseline, sarif: no external suppression"
# The draft with a new first paragraph and its bullets in another order.
mkdir -p "$tmp/moved"
awk 'NR == 1, /^# / { print; next }
     !done { print "\nA paragraph added above the others, with no figures.\n"; done = 1 }
     /^- About/ { about = $0; next }
     { print }
     /^- The government/ { print about }' "$draft" >"$tmp/moved/draft.md"
cmp -s "$draft" "$tmp/moved/draft.md" && fail "moved draft: unchanged"
expect 0 "the baseline after lines moved" -- "$fc" check --no-config "$tmp/moved/draft.md" \
  --against "$refs" --baseline "$tmp/baseline.json"
[[ -z "$out" ]] || fail "the baseline after lines moved: printed $out"
expect 1 "without the baseline, the moved draft still fails" -- \
  "$fc" check --no-config "$tmp/moved/draft.md" --against "$refs"
sed 's/killed 25 people/killed 26 people/' "$draft" >"$tmp/moved/changed.md"
cmp -s "$draft" "$tmp/moved/changed.md" && fail "changed draft: unchanged"
expect 1 "a changed figure is a new finding" -- "$fc" check --no-config --fail-on warning \
  "$tmp/moved/changed.md" --against "$refs" --baseline "$tmp/baseline.json"
contains "a changed figure is a new finding" "says 26 but Vale Courier"
lacks "a changed figure is a new finding" "[conflict/casualties.displaced]"
# Report mode takes baselines too.
"$fc" report --no-config samples/ar-summit --write-baseline "$tmp/summit.json" >/dev/null
expect 0 "report with its baseline" -- "$fc" report --no-config samples/ar-summit \
  --baseline "$tmp/summit.json" --fail-on note

# --- 7. <!-- figcheck-ignore KEY --> silences the first claim of KEY after
# it (the draft's $5 million aid), in check, report and extract.
expect 1 "figcheck-ignore" -- "$fc" check --no-config --format json "$draft" --against "$refs"
n=$("$jt" size /claims <<<"$out")
for ((i = 0; i < n; i++)); do
  [[ $("$jt" get "/claims/$i/source" <<<"$out") == 0 &&
    $("$jt" get "/claims/$i/key" <<<"$out") == money.aid ]] && fail "figcheck-ignore: the aid claim is there"
done
"$jt" findings <<<"$out" | grep -q ' money.aid ' && fail "figcheck-ignore: a money.aid finding"
grep -q 'figcheck-ignore money.aid' "$draft" || fail "figcheck-ignore: the sample lost its comment"
grep -v 'figcheck-ignore' "$draft" >"$tmp/moved/unignored.md"
expect 1 "without the comment" -- "$fc" check --no-config --format json "$tmp/moved/unignored.md" \
  --against "$refs"
"$jt" findings <<<"$out" | grep -q ' money.aid ' || fail "without the comment: no money.aid finding"
sed 's/figcheck-ignore money.aid/figcheck-ignore money.fund/' "$draft" >"$tmp/moved/other-key.md"
expect 1 "a comment for another key" -- "$fc" check --no-config --format json "$tmp/moved/other-key.md" \
  --against "$refs"
"$jt" findings <<<"$out" | grep -q ' money.aid ' || fail "a comment for another key silenced money.aid"
expect 0 "figcheck-ignore in extract" -- "$fc" extract --no-config --format text "$draft"
lacks "figcheck-ignore in extract" "money.aid"

# --- 8. Errors: exit 2, one line on standard error, nothing else.
printf 'ok\n' >"$tmp/ok.txt"
printf 'abc\0def\n' >"$tmp/nul.txt"
printf 'first line\nbad \xff byte\n' >"$tmp/latin.txt"
printf '{"figcheck_claims":1,"record":"source","source":{"index":0,"name":"a"}}\n{not json\n' >"$tmp/syntax.jsonl"
printf '{"figcheck_claims":1,"record":"source","source":{"index":0,"name":"a"}}\n{"figcheck_claims":1,"source":{"index":0,"name":"a"},"key":"k"}\n' \
  >"$tmp/field.jsonl"
printf '{"figcheck_baseline": 1,\n "findings": [ x ]}\n' >"$tmp/syntax-baseline.json"
printf '{"findings": []}\n' >"$tmp/other-baseline.json"
mkdir -p "$tmp/badrules"
printf 'lang: en\nclaims:\n  - id: b\n    key: t.killed\n    patern: "killed {count}"\n' >"$tmp/badrules/r.yaml"
mkdir -p "$tmp/badcfg"
printf 'fail_on: loud\n' >"$tmp/badcfg/.figcheck.yaml"

expect_error "missing file" "$tmp/none.txt: no such file or directory" -- "$fc" report "$tmp/none.txt"
expect_error "missing draft" "$tmp/none.txt: no such file or directory" -- \
  "$fc" check "$tmp/none.txt" --against "$tmp/ok.txt"
expect_error "missing reference" "$tmp/none.txt: no such file or directory" -- \
  "$fc" check "$tmp/ok.txt" --against "$tmp/none.txt"
expect_error "binary file" "$tmp/nul.txt: binary input: NUL byte at byte 3 (line 1)" -- \
  "$fc" report "$tmp/nul.txt"
expect_error "invalid UTF-8" "$tmp/latin.txt: invalid UTF-8 at byte 15 (line 2)" -- \
  "$fc" report "$tmp/latin.txt" "$tmp/ok.txt"
if [[ -r /proc/self/mem ]]; then # opens, then fails to read (EIO)
  expect_error "a read error" "/proc/self/mem: cannot read: " -- "$fc" report --jobs 2 /proc/self/mem
fi
cp "$tmp/ok.txt" "$tmp/locked.txt"
chmod 000 "$tmp/locked.txt"
if ! cat "$tmp/locked.txt" >/dev/null 2>&1; then # not as root
  expect_error "unreadable file" "$tmp/locked.txt: cannot open: Permission denied" -- \
    "$fc" report "$tmp/locked.txt"
fi
expect_error "bad flag" "The following argument was not expected: --bogus" -- "$fc" report --bogus "$tmp/ok.txt"
expect_error "bad --format" "--format: yaml not in" -- "$fc" report --format yaml "$tmp/ok.txt"
expect_error "bad --fail-on" "--fail-on: loud not in" -- "$fc" check --fail-on loud "$tmp/ok.txt" --against "$tmp/ok.txt"
expect_error "bad --jobs" "Could not convert: --jobs = many" -- "$fc" report --jobs many "$tmp/ok.txt"
expect_error "bad --date" "--date: '2024-13-01' is not a date of the form YYYY-MM-DD" -- \
  "$fc" report --date 2024-13-01 "$tmp/ok.txt"
expect_error "bad --date in check" "--date: '17/09/2024' is not a date" -- \
  "$fc" check --date 17/09/2024 "$tmp/ok.txt" --against "$tmp/ok.txt"
expect_error "malformed claims JSONL" "$tmp/syntax.jsonl:2:3: malformed JSON: " -- \
  "$fc" report --input claims "$tmp/syntax.jsonl"
expect_error "claims JSONL missing a field" "$tmp/field.jsonl:2: field '" -- \
  "$fc" report --input claims "$tmp/field.jsonl"
expect_error "documents as claims" "$tmp/ok.txt:1:1: malformed JSON: " -- \
  "$fc" report --input claims "$tmp/ok.txt"
expect_error "missing claims file" "$tmp/none.jsonl: cannot open claims file" -- \
  "$fc" report --input claims "$tmp/none.jsonl"
expect_error "malformed baseline" "$tmp/syntax-baseline.json:2:16: malformed JSON: " -- \
  "$fc" report --baseline "$tmp/syntax-baseline.json" "$tmp/ok.txt"
expect_error "not a baseline" "$tmp/other-baseline.json: not a figcheck baseline" -- \
  "$fc" report --baseline "$tmp/other-baseline.json" "$tmp/ok.txt"
expect_error "missing baseline" "$tmp/none.json: cannot open baseline file" -- \
  "$fc" check --baseline "$tmp/none.json" "$tmp/ok.txt" --against "$tmp/ok.txt"
expect_error "baseline unwritable" "$tmp/none/b.json: cannot write baseline file" -- \
  "$fc" report --write-baseline "$tmp/none/b.json" "$tmp/ok.txt"
expect_error "missing --against" "--against is required" -- "$fc" check "$tmp/ok.txt"
expect_error "--against without a value" "--against: 1 required" -- "$fc" check "$tmp/ok.txt" --against
expect_error "malformed rules" "$tmp/badrules/r.yaml:5:5: unknown field 'patern'" -- \
  "$fc" report --rules "$tmp/badrules" "$tmp/ok.txt"
expect_error "malformed rules in check" "$tmp/badrules/r.yaml:5:5: unknown field 'patern'" -- \
  "$fc" check --rules "$tmp/badrules" "$tmp/ok.txt" --against "$tmp/ok.txt"
expect_error "malformed .figcheck.yaml" "$tmp/badcfg/.figcheck.yaml:1:10: 'fail_on' must be" -- \
  bash -c "cd '$tmp/badcfg' && '$fc' report '$tmp/ok.txt'"

if [[ $failures -gt 0 ]]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all passed"
