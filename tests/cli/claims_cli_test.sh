#!/usr/bin/env bash
# The claims commands end to end: exit codes, messages, formats, and the
# .figcheck.yaml search. Usage: claims_cli_test.sh FIGCHECK SOURCE_DIR
set -u
fc=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect CODE DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit code,
# keeps its output in $out.
expect() {
  local want=$1 what=$2
  shift 3
  out=$("$@" 2>&1)
  local got=$?
  if [[ $got -ne $want ]]; then
    echo "FAIL: $what: exit $got, expected $want"
    echo "$out" | head -20
    failures=$((failures + 1))
  fi
}
contains() {
  if ! grep -qF -- "$2" <<<"$out"; then
    echo "FAIL: $1: output lacks: $2"
    echo "$out" | head -20
    failures=$((failures + 1))
  fi
}

mkdir -p "$tmp/pack" "$tmp/bad" "$tmp/proj/sub"
cat >"$tmp/pack/rules.yaml" <<'YAML'
lang: en
keys:
  t.killed: {kind: count, unit: person}
claims:
  - id: t.killed
    key: t.killed
    pattern: "killed {count}"
    examples:
      - text: Strikes killed 12 people.
        claim: {value: 12}
    counter_examples: [Strikes wounded 12 people.]
YAML
cat >"$tmp/bad/rules.yaml" <<'YAML'
lang: en
claims:
  - id: b
    key: t.killed
    patern: "killed {count}"
YAML
cat >"$tmp/failing.yaml" <<'YAML'
lang: en
claims:
  - id: t.fail
    key: t.killed
    pattern: "died {count}"
    examples: [Strikes killed 12 people.]
YAML

# The built-in packs are clean.
expect 0 "lint of the built-in packs" -- "$fc" rules lint
contains "lint of the built-in packs" "0 errors"

# Malformed rules: lint reports (exit 1); every other command stops (exit 2)
# with the same message.
msg="$tmp/bad/rules.yaml:5:5: unknown field 'patern' in a claim rule (did you mean 'pattern'?)"
expect 1 "lint of a bad pack" -- "$fc" rules lint --no-builtin-rules --rules "$tmp/pack" "$tmp/bad"
contains "lint of a bad pack" "$tmp/bad/rules.yaml:5:5: error: unknown field 'patern'"
expect 2 "extract with a bad pack" -- "$fc" extract --rules "$tmp/bad" "$src/samples/ar-summit"
contains "extract with a bad pack" "figcheck: $msg"
expect 2 "rules test with a bad pack" -- "$fc" rules test --rules "$tmp/bad"
contains "rules test with a bad pack" "figcheck: $msg"

# rules test: a passing pack, a failing one.
expect 0 "rules test, passing" -- "$fc" rules test --no-builtin-rules "$tmp/pack"
contains "rules test, passing" "2 passed, 0 failed"
expect 1 "rules test, failing" -- "$fc" rules test --no-builtin-rules --rules "$tmp/pack" "$tmp/failing.yaml"
contains "rules test, failing" "FAIL t.fail"
contains "rules test, failing" "0 passed, 1 failed"

# rules list
expect 0 "rules list" -- "$fc" rules list --no-builtin-rules --rules "$tmp/pack"
contains "rules list" "en  t.killed  t.killed  count  1 examples, 1 counter-examples"
expect 0 "rules list of the built-in packs" -- "$fc" rules list
contains "rules list of the built-in packs" "ar: "

# extract: claims in three formats; --mentions unchanged.
printf 'Strikes killed 12 people.\n' >"$tmp/doc.txt"
expect 0 "extract jsonl" -- "$fc" extract --no-builtin-rules --rules "$tmp/pack" "$tmp/doc.txt"
contains "extract jsonl" '"key":"t.killed"'
contains "extract jsonl" '"rule_id":"t.killed"'
contains "extract jsonl" '"name":"'"$tmp"'/doc.txt"'
contains "extract jsonl" '"record":"claim"'
expect 0 "extract json" -- "$fc" extract --format json --no-builtin-rules --rules "$tmp/pack" "$tmp/doc.txt"
contains "extract json" '[
  {"column":16'
expect 0 "extract text" -- "$fc" extract --format text --no-builtin-rules --rules "$tmp/pack" "$tmp/doc.txt"
contains "extract text" "$tmp/doc.txt:1:16: t.killed exact [12, 12] person  \"12\"  (t.killed)"
expect 0 "extract --mentions" -- "$fc" extract --mentions --format text --no-builtin-rules "$tmp/doc.txt"
contains "extract --mentions" "number exact [12, 12]"

# explain
expect 0 "explain" -- "$fc" explain --no-builtin-rules --rules "$tmp/pack" "Strikes killed 12 people."
contains "explain" "FIRED      t.killed"
expect 2 "explain without text" -- "$fc" explain
# --file reads as report does: markup by extension, "-" for standard input.
printf '# Title\n\nStrikes killed 12 people.\n\n```\nkilled 99 people\n```\n' >"$tmp/explain.md"
expect 0 "explain --file" -- "$fc" explain --no-builtin-rules --rules "$tmp/pack" --file "$tmp/explain.md"
contains "explain --file" "FIRED      t.killed"
grep -qF "99" <<<"$out" && { echo "FAIL: explain --file: read a Markdown code block"; failures=$((failures + 1)); }
expect 0 "explain --file -" -- bash -c "echo 'Strikes killed 12 people.' |
  '$fc' explain --no-builtin-rules --rules '$tmp/pack' --file -"
contains "explain --file -" "FIRED      t.killed"
expect 2 "explain --file DIR" -- "$fc" explain --file "$tmp"
contains "explain --file DIR" "explain reads one file, not a directory"
expect 2 "explain --file missing" -- "$fc" explain --file "$tmp/nope.txt"
contains "explain --file missing" "nope.txt: no such file"
expect 0 "explain FILE as text, with a hint" -- "$fc" explain "$tmp/explain.md"
contains "explain FILE as text, with a hint" "use --file"

# .figcheck.yaml, found from the working directory upwards.
cat >"$tmp/proj/.figcheck.yaml" <<YAML
rules: [../pack]
builtin_rules: false
YAML
expect 0 "config rules" -- bash -c "cd '$tmp/proj/sub' && '$fc' extract --format text '$tmp/doc.txt'"
contains "config rules" "t.killed exact"
echo "disable: [t.killed]" >>"$tmp/proj/.figcheck.yaml"
expect 0 "config disable" -- bash -c "cd '$tmp/proj/sub' && '$fc' extract --format text '$tmp/doc.txt'"
if [[ -n "$out" ]]; then echo "FAIL: config disable: claims printed: $out"; failures=$((failures + 1)); fi
expect 0 "--no-config" -- bash -c "cd '$tmp/proj/sub' && '$fc' extract --no-config --no-builtin-rules --rules '$tmp/pack' --format text '$tmp/doc.txt'"
contains "--no-config" "t.killed exact"
echo "fail_on: loud" >"$tmp/proj/.figcheck.yaml"
expect 2 "bad config" -- bash -c "cd '$tmp/proj/sub' && '$fc' extract '$tmp/doc.txt'"
contains "bad config" "figcheck: $tmp/proj/.figcheck.yaml:1:10: 'fail_on' must be note, warning, error or none"

if [[ $failures -gt 0 ]]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all passed"
