#!/usr/bin/env bash
# Device-faithful test run on Linux: builds the upstream nanoFramework toolchain outside this repository,
# converts every device assembly with the real metadata processor (Debug and Release) and runs every test
# project (AssemblyName NFUnitTest in GlassesFirmware.sln) on the POSIX nanoCLR interpreter.
# Not part of CI (CI cannot reach GitHub). See docs/nanoframework-subset.md, "Running on the real toolchain".
#
#   tools/nanoclr-test.sh [--upstream DIR] [--work DIR] [--facts DIR] [--config Debug|Release]
#
#   --upstream DIR  checkouts of the upstream repositories, one folder per GitHub name (default
#                   $NF_UPSTREAM, else ../nf-upstream beside the clone): metadata-processor, nf-interpreter,
#                   nanoFramework.TestFramework and the library repositories the projects' packages come from
#                   (e.g. System.IO.Streams, System.Text). A missing one is cloned from GitHub when online.
#   --work DIR      where everything is built (default $NF_WORK, else ../nf-work); never inside the repository.
#   --facts DIR     upstream package facts, packages.json (default $NF_FACTS, else ../shared/nanoframework beside
#                   the clone, as the conformance build reads them); optional. They name each package's repository
#                   and, for a pinned version with no release tag upstream, the commit to build instead
#                   (tools/nf_library.py).
#   --config C      the configuration the tests run in (default Release; both are converted).
#
# A test project whose assemblies need a native part the POSIX nanoCLR lacks (System.IO.FileSystem, System.Net)
# is skipped, not run: tools/nanoclr_natives.py names the assembly; its tests count as skipped.
#
# Needs: .NET 10 SDK, python3, git, cmake >= 3.24, ninja, a C/C++ compiler.
# Last line: "N passed, N failed, N skipped".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
upstream="${NF_UPSTREAM:-$repo/../nf-upstream}"
work="${NF_WORK:-$repo/../nf-work}"
facts="${NF_FACTS:-$repo/../shared/nanoframework}"
run_config=Release
while [ $# -gt 0 ]; do
    case "$1" in
        --upstream) upstream="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --facts) facts="$2"; shift 2 ;;
        --config) run_config="$2"; shift 2 ;;
        *) echo "usage: $0 [--upstream DIR] [--work DIR] [--facts DIR] [--config Debug|Release]" >&2; exit 2 ;;
    esac
done
mkdir -p "$upstream" "$work"
upstream="$(cd "$upstream" && pwd)"
work="$(cd "$work" && pwd)"
case "$work/" in "$repo/"*) echo "--work must be outside the repository" >&2; exit 2 ;; esac
[ -f "$facts/packages.json" ] || { echo "no $facts/packages.json: repositories guessed from package ids, untagged versions built as checked out"; facts=""; }

jobs="${NF_JOBS:-2}"
# heavy COMMAND...: a dotnet or native build, serialised under the lock file $NF_LOCK when set (shared machines).
heavy() {
    if [ -n "${NF_LOCK:-}" ]; then flock "$NF_LOCK" "$@"; else "$@"; fi
}
builder="$repo/tools/nfproj_build.py"
csc="$(ls -d "$(dirname "$(readlink -f "$(command -v dotnet)")")"/sdk/*/Roslyn/bincore/csc.dll | sort -V | tail -1)"
log="$work/logs"; mkdir -p "$log"

# checkout NAME: the upstream tool repository NAME (not pinned by the projects: used as it is).
checkout() {
    local dir="$upstream/$1"
    if [ ! -d "$dir/.git" ] && [ ! -f "$dir/.git" ]; then
        git clone --quiet "https://github.com/nanoframework/$1" "$dir" >&2 || return 1
    fi
    echo "$dir"
}

echo "== metadata processor"
mdp_src="$(checkout metadata-processor)"
mkdir -p "$work/mdp-console"
cp "$repo/tools/mdp-console/mdp.csproj" "$repo/tools/mdp-console/Program.cs" "$work/mdp-console/"
heavy dotnet build "$work/mdp-console/mdp.csproj" -c Release --nologo -v:quiet -p:MdpSrc="$mdp_src" -o "$work/mdp" >"$log/mdp.log" \
    || { cat "$log/mdp.log"; exit 1; }
mdp="$work/mdp/nanoFramework.Tools.MetadataProcessor.dll"

echo "== POSIX nanoCLR"
clr_src="$(checkout nf-interpreter)"
cmake -S "$clr_src/targets/posix" -B "$work/nanoclr" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$log/nanoclr.log"
heavy nice -n 19 cmake --build "$work/nanoclr" -j "$jobs" >>"$log/nanoclr.log" || { tail -30 "$log/nanoclr.log"; exit 1; }
nanoclr="$work/nanoclr/bin/nanoFramework.nanoCLR.test"

# mscorlib: the pinned nanoFramework.CoreLibrary from NuGet (the conformance build restores the same package).
lib="$work/lib"; mkdir -p "$lib"
heavy dotnet restore "$repo/Host/Conformance/Conformance.csproj" -v:quiet >/dev/null
core_version="$(find "$repo" -name packages.config -not -path '*/bin/*' -exec sed -n 's/.*id="nanoFramework.CoreLibrary" version="\([^"]*\)".*/\1/p' {} + | sort -u | head -1)"
cp "$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')/nanoframework.corelibrary/$core_version/lib/"mscorlib.{dll,pe} "$lib/"

# packages_of NFPROJ: "file version id" for each package HintPath except mscorlib.
packages_of() {
    sed -n 's/.*<HintPath>.*packages[\\/]\([^\\/]*\)[\\/]lib[\\/]\([^<]*\)<\/HintPath>.*/\1 \2/p' "$1" |
    while read -r folder file; do
        version="$(echo "$folder" | sed -n 's/^.*\.\([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\)$/\1/p')"
        id="${folder%.$version}"
        [ "$id" = nanoFramework.CoreLibrary ] || echo "$file $version $id"
    done
}

# The package versions the solution pins, "file version id": a library's own dependencies are built at these
# versions (NuGet resolves a dependency "x or higher" to the pinned one), so each assembly is built once.
pins="$(find "$repo" -name '*.nfproj' -not -path '*/bin/*' -not -path '*/obj/*' | while read -r p; do packages_of "$p"; done |
    sort -u -k3,3 -k2,2V | awk '{ last[$3] = $0 } END { for (id in last) print last[id] }' | sort)"

# package_library FILE VERSION ID: builds the file a package ships under lib\ (e.g. System.IO.Streams.dll) into
# $lib (Release, as packages ship) from its upstream source (tools/nf_library.py), dependencies first, and prints
# the tables the metadata processor wrote. Rebuilt only when the source (package, version, commit) changed.
package_library() {
    local file="$1" version="$2" id="$3" found dir nfproj assembly_version how stamp report
    local pinned; pinned="$(echo "$pins" | awk -v id="$id" '$3 == id { print $2 }')"
    version="${pinned:-$version}"
    found="$(python3 "$repo/tools/nf_library.py" --upstream "$upstream" ${facts:+--facts "$facts"} \
        --id "$id" --version "$version" --file "$file")" || return 1
    IFS=$'\t' read -r dir nfproj assembly_version how <<<"$found"
    stamp="$id $version $(git -C "$dir" rev-parse HEAD)"
    report="$log/$(basename "$nfproj").log"
    if [ -f "$lib/${file%.*}.source" ] && [ "$(cat "$lib/${file%.*}.source")" = "$stamp" ]; then
        echo "up to date: $id $version ($how), ${file%.*}.pe: $(tables "$report")"
        return 0
    fi
    packages_of "$nfproj" | while read -r dep_file dep_version dep_id; do
        package_library "$dep_file" "$dep_version" "$dep_id" || exit 1
    done || return 1
    rm -f "$lib/${file%.*}.source"
    python3 "$builder" --nfproj "$nfproj" --version "$assembly_version" --config Release --out "$lib" \
        --csc "$csc" --mdp "$mdp" >"$report" 2>&1 || { echo "package $id $version: not built ($how): $(tail -1 "$report")"; return 1; }
    echo "$stamp" >"$lib/${file%.*}.source"
    echo "built $id $version ($how), ${file%.*}.pe: $(tables "$report")"
}

# tables REPORT: "ByteCode=n Strings=n Signatures=n" from the metadata processor's "table <Name> <bytes>" lines.
tables() {
    grep -E 'table (ByteCode|Strings|Signatures) ' "$1" | awk '{print $4"="$5}' | tr '\n' ' '
}

echo "== TestFramework and UnitTestLauncher"
tf_version="$(echo "$pins" | awk '$3 == "nanoFramework.TestFramework" { print $2; exit }')"
package_library nanoFramework.TestFramework.dll "$tf_version" nanoFramework.TestFramework || exit 1
package_library nanoFramework.UnitTestLauncher.exe "$tf_version" nanoFramework.TestFramework || exit 1

# The solution's device projects, dependencies first: "path assembly-name".
projects="$(python3 - "$repo" <<'EOF'
import os, re, sys
sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
from nfproj_build import Project
root = sys.argv[1]
paths = [os.path.join(root, p.replace("\\", "/")) for p in re.findall(r'"([^"]+\.nfproj)"', open(os.path.join(root, "GlassesFirmware.sln")).read())]
done, order = set(), []
def visit(path):
    if path in done: return
    done.add(path)
    for dep in Project(path).project_references: visit(dep)
    order.append(path)
for p in paths: visit(os.path.abspath(p))
for p in order: print(p, Project(p).assembly_name)
EOF
)"

echo "== library packages"
while read -r path _; do
    packages_of "$path"
done <<<"$projects" | sort -u | while read -r file version id; do
    package_library "$file" "$version" "$id" || echo "package $id $version: not built (see $log)"
done | awk '{ key = $0; for (i = 1; i <= NF; i++) if ($i ~ /\.pe:$/) key = $i } !seen[key]++'  # each library once

echo "== converting device assemblies"
conversion_failures=0
for config in Debug Release; do
    mkdir -p "$work/$config"
    while read -r path name; do
        out="$work/$config"
        [ "$name" = NFUnitTest ] && out="$work/$config/tests/$(basename "$path" .nfproj)"
        report="$log/$config-$(basename "$path" .nfproj).tables"
        if python3 "$builder" --nfproj "$path" --config "$config" --out "$out" --refs "$work/$config" --refs "$lib" \
            --csc "$csc" --mdp "$mdp" >"$report" 2>&1; then
            echo "converted $(basename "$path") $config: $(tables "$report")"
        else
            conversion_failures=$((conversion_failures + 1))
            echo "FAILED to convert $(basename "$path") $config: $(grep -E 'error|failed|no ' "$report" | head -2 | tr '\n' ' ')"
        fi
    done <<<"$projects"
done

# closure NAME DIRS...: the .pe files NAME needs, dependencies first, from the .deps files the builder writes.
closure() {
    local name="$1"; shift
    python3 - "$name" "$@" <<'EOF'
import os, sys
name, dirs = sys.argv[1], sys.argv[2:]
def find(n, ext):
    return next((os.path.join(d, n + ext) for d in dirs if os.path.isfile(os.path.join(d, n + ext))), None)
seen, order = set(), []
def visit(n):
    if n in seen: return
    seen.add(n)
    deps = find(n, ".deps")
    for d in (open(deps).read().split() if deps else []): visit(d)
    order.append(n)
visit(name)
for n in order:
    if n not in ("mscorlib", "nanoFramework.TestFramework", "NFUnitTest"):
        print(find(n, ".pe") or "missing:" + n)
EOF
}

echo "== running test projects ($run_config)"
passed=0; failed=0; skipped=0
while read -r path name; do
    [ "$name" = NFUnitTest ] || continue
    project="$(basename "$path" .nfproj)"
    dir="$work/$run_config/tests/$project"
    if [ ! -f "$dir/NFUnitTest.pe" ]; then
        echo "$project: not converted, counted as 1 failure"; failed=$((failed + 1)); continue
    fi
    deps="$(closure NFUnitTest "$dir" "$work/$run_config" "$lib")"
    if echo "$deps" | grep -q '^missing:'; then
        echo "$project: $(echo "$deps" | grep '^missing:' | tr '\n' ' ') counted as 1 failure"; failed=$((failed + 1)); continue
    fi
    # Natives the interpreter lacks: the first call of such a method crashes it, so the project is not run.
    lacking="$(python3 "$repo/tools/nanoclr_natives.py" --interpreter "$clr_src" "$lib/mscorlib.pe" $deps "$dir/NFUnitTest.pe")"
    if [ -n "$lacking" ]; then
        cases="$(python3 "$repo/tools/nf_test_cases.py" --nfproj "$path" 2>/dev/null || echo 0)"
        [ "$cases" -gt 0 ] 2>/dev/null || cases=1  # tests unknown: the project counts as one
        echo "$project: SKIPPED, $cases test(s) not run: $(echo "$lacking" | tr '\n' ' ')"
        skipped=$((skipped + cases)); continue
    fi
    output="$log/run-$run_config-$project.log"
    status=0
    (cd "$work" && timeout 1800 "$nanoclr" "$lib/mscorlib.pe" "$lib/nanoFramework.UnitTestLauncher.pe" \
        "$lib/nanoFramework.TestFramework.pe" $deps "$dir/NFUnitTest.pe") >"$output" 2>&1 || status=$?
    p=$(grep -c '^Test passed,' "$output" || true)
    f=$(grep -c '^Test failed,' "$output" || true)
    grep '^Test failed,' "$output" | sed "s/^/$project: /" || true
    # The interpreter exits 0 whatever the tests did; a signal or a timeout means it crashed inside a test.
    if [ "$status" -ne 0 ]; then
        last="$(grep -E '^Test (passed|failed|skipped),' "$output" | tail -1 | cut -d, -f2 || true)"
        echo "$project: CRASHED (exit $status) in the test after ${last:-the first one}; see $output"
        f=$((f + 1))
    fi
    k=$(grep -c '^Test skipped,' "$output" || true)
    echo "$project: $p passed, $f failed, $k skipped"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))
done <<<"$projects"

[ "$conversion_failures" -eq 0 ] || echo "$conversion_failures device assembly conversion(s) failed (see above)"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$conversion_failures" -eq 0 ]
