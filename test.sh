#!/usr/bin/env bash
# Runs every test: the conformance build (device code against nanoFramework's mscorlib), GlassesFirmware.Tests
# through the host TestFramework, and the host-only tests. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0

# The native code's tests (Category=NativeC) compile Hardware/Native with gcc and g++ and compare it with the managed
# code; on a machine without a C compiler they are left out, and the log says so.
filter=()
if ! command -v gcc >/dev/null 2>&1 || ! command -v g++ >/dev/null 2>&1; then
  echo "SKIPPED: native kernel tests (Category=NativeC: gf_qr_kernels.c and gf_ima_adpcm.c against the managed code, interop syntax): no gcc/g++ on PATH"
  filter=(--filter "Category!=NativeC")
fi

dotnet build Host/Host.slnx --nologo -m:1 -v:minimal || status=1
if [ "$status" -eq 0 ]; then
  for project in Host/DeviceTests/DeviceTests.csproj Host/Tests/Host.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build --nologo ${filter[@]+"${filter[@]}"} \
      --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  done
fi

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get notExecuted)))
done

# Name every failed test again next to the summary, so the last lines of a CI log say what went wrong.
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/FAILED \1/p'
done

# A build or runner failure may leave no results: count it so the summary never reads green.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ]
