#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL and Chromium from Debian packages, when absent) and runs every test:
# unit and HTTP tests on SQLite, the same HTTP tests on PostgreSQL, and the browser journeys in Chromium.
# Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
status=0

eval "$(bash eng/test-services.sh | grep '^export ')" || { echo "could not start PostgreSQL / find Chromium"; echo "0 passed, 1 failed"; exit 1; }

dotnet tool restore >/dev/null
dotnet build Reintegra.slnx -c Release -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet format Reintegra.slnx --verify-no-changes --no-restore -v q || { echo "dotnet format found unformatted code"; status=1; }

run() {
  local name=$1; shift
  echo "== $name"
  "$@" --no-build -c Release -- --report-trx --results-directory "$results/$name" >"$results/$name.log" 2>&1
  local rc=$?
  grep -E "^(failed|  total|  failed|  succeeded)|error" "$results/$name.log" | grep -v "^  Standard" | head -40
  [ $rc -eq 0 ] || status=1
}

run unit-and-http-sqlite dotnet test --solution Reintegra.slnx
REINTEGRA_TEST_DB=postgres run http-postgres dotnet test --project tests/Reintegra.Tests

passed=0; failed=0
for trx in $(find "$results" -name '*.trx'); do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit $status
