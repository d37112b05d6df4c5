#!/usr/bin/env bash
# The seed pair's acceptance table (../shared/seeds/README.md), end to end:
# `figcheck report --format json` on the two real reports gives exactly the
# expected findings; then copies edited in a temp directory (the seeds are
# never touched) turn each agreement into the right finding.
# Usage: seeds_test.sh FIGCHECK JSON_TOOL SHARED_DIR
# ($FIGCHECK_SHARED_DIR, when set, overrides SHARED_DIR, as for the unit
# tests.)
set -u
fc=$1
jt=$2
shared=${FIGCHECK_SHARED_DIR:-$3}
seeds=$shared/seeds
a=000_a1def3d06e77b404.txt # TRT Arabic, undated
b=001_e3e6ebe67c5ba3e4.txt # Anadolu Agency, dateline 17/09/2024
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

if [[ ! -f "$seeds/$a" || ! -f "$seeds/$b" ]]; then
  echo "FAIL: the seeds are not in $seeds (set FIGCHECK_SHARED_DIR)"
  exit 1
fi

# findings NAME DIR [FLAGS...]: the sorted "type severity key scope" lines
# of `report --format json` on DIR's two seeds, in $got.
findings() {
  local what=$1 dir=$2
  shift 2
  local json
  json=$("$fc" report --no-config --format json "$@" "$dir/$a" "$dir/$b")
  local rc=$?
  if [[ $rc -gt 1 ]]; then
    fail "$what: report exited $rc"
  fi
  if ! "$jt" report <<<"$json" >"$tmp/problems"; then
    fail "$what: inconsistent JSON report: $(head -3 "$tmp/problems")"
  fi
  got=$("$jt" findings <<<"$json" | sort)
}
# expect_findings NAME EXPECTED: $got is exactly EXPECTED (sorted here).
expect_findings() {
  local want
  want=$(sort <<<"$2")
  if [[ "$got" != "$want" ]]; then
    fail "$1: findings differ"
    diff <(echo "$want") <(echo "$got") | sed 's/^/    /'
  fi
}
# edited NAME FILE SED-SCRIPT: a fresh copy of both seeds in $dir
# ($tmp/NAME) with FILE edited; fails when the edit changes nothing.
edited() {
  dir=$tmp/$1
  mkdir -p "$dir"
  cp "$seeds/$a" "$seeds/$b" "$dir/"
  sed -i "$3" "$dir/$2"
  if cmp -s "$seeds/$2" "$dir/$2"; then
    fail "$1: the edit '$3' matched nothing in $2"
  fi
}

base='hedge-mismatch warning participants.countries baku
single-source note casualties.killed-or-wounded gaza
single-source note casualties.missing gaza
single-source note war.start gaza
single-source note war.start karabakh'
# $base without the lines matching $1.
base_without() { grep -v -- "$1" <<<"$base"; }

# 1. The seeds as they are: one hedge mismatch, four single-source notes.
findings "seeds" "$seeds"
expect_findings "seeds" "$base"
rc=$("$fc" report --no-config --format json "$seeds/$a" "$seeds/$b" >/dev/null; echo $?)
[[ $rc -eq 0 ]] || fail "seeds: exit $rc with the default --fail-on error, expected 0"
rc=$("$fc" report --no-config --fail-on warning "$seeds/$a" "$seeds/$b" >/dev/null; echo $?)
[[ $rc -eq 1 ]] || fail "seeds: exit $rc with --fail-on warning, expected 1"
# ... and the three agreements are agreements, not missing claims.
findings "seeds, agreements" "$seeds" --agreements
expect_findings "seeds, agreements" "$base
agreement none event.dates baku
agreement none war.duration karabakh
agreement none casualties.killed gaza"

# 2. 44 -> 45 days in one report: a conflict on the war's length.
edited duration "$b" 's/44 يوما/45 يوما/'
findings "44 -> 45 days" "$dir"
expect_findings "44 -> 45 days" "$base
conflict error war.duration karabakh"

# 3. about 50 -> about 60 countries: the hedge mismatch becomes a conflict.
edited countries "$a" 's/نحو 50/نحو 60/'
findings "about 50 -> about 60" "$dir"
expect_findings "about 50 -> about 60" "$(base_without participants.countries)
conflict error participants.countries baku"

# 4. The conference's first day 14 -> 13, in either report: a conflict on
# the dates (in 001 a range of days, 13-15 against 14-15).
edited day-000 "$a" 's/يومي 14 و15/يومي 13 و15/'
findings "14 -> 13 September in 000" "$dir"
expect_findings "14 -> 13 September in 000" "$base
conflict error event.dates baku"
edited day-001 "$b" 's/يومي 14 - 15/يومي 13 - 15/'
findings "14 -> 13 September in 001" "$dir"
expect_findings "14 -> 13 September in 001" "$base
conflict error event.dates baku"

# 5. more than 40,000 -> more than 45,000 killed in one report: compatible,
# both "more than", different bounds: a hedge mismatch, not a conflict.
edited killed "$b" 's/أكثر من 40 ألف/أكثر من 45 ألف/'
findings "40 -> 45 thousand" "$dir"
expect_findings "40 -> 45 thousand" "$base
hedge-mismatch warning casualties.killed gaza"
out=$("$fc" report --no-config --format check "$dir/$a" "$dir/$b" | grep -F '[hedge-mismatch/casualties.killed]')
grep -q 'more than 40,000.*more than 45,000.*their bounds differ' <<<"$out" ||
  fail "40 -> 45 thousand: message: $out"

# 6. Without 001's dateline its "الجاري" (this month) has no anchor: an
# unresolved note on the dates, and no agreement.
edited undated "$b" '3s/.*//'
findings "no dateline" "$dir" --agreements
expect_findings "no dateline" "$base
unresolved note event.dates baku
agreement none war.duration karabakh
agreement none casualties.killed gaza"

if [[ $failures -gt 0 ]]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all passed"
