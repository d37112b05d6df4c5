#!/usr/bin/env bash
# catch_discover_tests registers each Catch test case as a CTest test by
# name, and CMake splits a name at ';': "a; b" became the tests "a" and
# " b", each matched no test case, and Catch passed them without running
# anything. This fails on any test case name CTest cannot carry.
# Usage: catch_names_test.sh TEST_BINARY...
set -u
failures=0
for bin in "$@"; do
  # Catch2 v2 exits with the number of test cases listed: not an error.
  names=$("$bin" --list-test-names-only)
  count=$(grep -c . <<<"$names")
  if [[ $count -eq 0 ]]; then
    echo "FAIL: $bin lists no test cases"
    failures=$((failures + 1))
  fi
  while IFS= read -r name; do
    if [[ "$name" == *";"* ]]; then
      echo "FAIL: $(basename "$bin"): test name with ';' never runs under CTest: $name"
      failures=$((failures + 1))
    fi
  done <<<"$names"
done
if [[ $failures -gt 0 ]]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all passed"
