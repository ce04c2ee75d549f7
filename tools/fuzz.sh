#!/usr/bin/env bash
# Fuzzes the three libFuzzer targets of fuzz/ for a set time each (issue 7):
#
#   tools/fuzz.sh SECONDS [TARGET...]
#
#   TARGET    fhir_import (FhirImporter::import), policy_load
#             (PolicyLoader::load), content_type (detectContentType);
#             all three when none is named
#
# It configures a clang++ build directory of its own (FUZZ_BUILD_DIR, default
# build-fuzz; -DPAREVIEW_FUZZ=ON: the whole project with AddressSanitizer,
# UBSan and coverage instrumentation), builds the fuzz executables and runs
# each for SECONDS (-max_total_time), seeded with fuzz/corpus/<target>/,
# fuzz/regressions/<target>/ and the malformed corpus of tests/data/malformed/
# (bundles or policies), with the dictionary fuzz/<target>.dict. New inputs go
# to FUZZ_BUILD_DIR/fuzz-work/<target>/
# (the committed corpus is not changed); crashes, leaks, timeouts and
# out-of-memory inputs are saved into fuzz/crashes/<target>/. After a crash
# the target is restarted for the rest of its time (at most FUZZ_MAX_CRASHES
# crashes per target, default 10). At the end it prints, per target and in
# total, the CPU time fuzzed, the executions and the crashes found; the same
# figures are written to FUZZ_BUILD_DIR/fuzz-summary.tsv.
#
# Exit status: 0 no crash found, 1 crashes found (see fuzz/crashes/), 2 bad
# arguments or no clang. Needs Debian's clang and libclang-rt-14-dev
# (tools/dev.sh test installs both).
#
# A crash input replays under the fuzzer with
#   FUZZ_BUILD_DIR/fuzz/fuzz_<target> fuzz/crashes/<target>/crash-...
# and, once fixed, belongs in fuzz/regressions/<target>/, where
# tests/tst_fuzzcorpus replays it in the normal test suite.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

all_targets=(fhir_import policy_load content_type)
usage() {
    echo "usage: tools/fuzz.sh SECONDS [${all_targets[*]}]" >&2
    exit 2
}

seconds="${1:-}"
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
shift
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "tools/fuzz.sh: no target named $t" >&2; usage; }
done

build_dir="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
max_crashes="${FUZZ_MAX_CRASHES:-10}"

command -v clang++ >/dev/null || { echo "tools/fuzz.sh: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null \
    && ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/*/libclang_rt.fuzzer*.a" >/dev/null; then
    echo "tools/fuzz.sh: libFuzzer runtime not found (apt-get install libclang-rt-14-dev)" >&2
    exit 2
fi

echo "== building the fuzz targets in $build_dir"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPAREVIEW_FUZZ=ON -DPAREVIEW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

# "1m2.345s" -> "62.345"
to_seconds() {
    awk -v t="$1" 'BEGIN { split(t, a, "m"); sub("s", "", a[2]); printf "%.3f", a[1] * 60 + a[2] }'
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

summary="$build_dir/fuzz-summary.tsv"
printf 'target\tcpu_seconds\texecutions\tnew_units\tcrashes\n' >"$summary"
total_cpu=0
total_execs=0
total_crashes=0

for t in "${targets[@]}"; do
    bin="$build_dir/fuzz/fuzz_$t"
    work="$build_dir/fuzz-work/$t"
    crashes="$here/fuzz/crashes/$t"
    mkdir -p "$work" "$crashes" "$here/fuzz/regressions/$t"
    dict=()
    [ -f "$here/fuzz/$t.dict" ] && dict=(-dict="$here/fuzz/$t.dict")
    # The hand-made malformed corpus seeds the error paths.
    seeds=("$here/fuzz/corpus/$t" "$here/fuzz/regressions/$t")
    options=()
    case "$t" in
    fhir_import) seeds+=("$here/tests/data/malformed/bundles") ;;
    policy_load) seeds+=("$here/tests/data/malformed/policies") ;;
    # Text detection looks at the first 64 KiB: inputs must be able to cross it.
    content_type) options+=(-max_len=131072) ;;
    esac
    cpu=0
    execs=0
    units=0
    found=0
    run=0
    start=$(date +%s)
    echo "== fuzz_$t for ${seconds}s"
    while :; do
        remaining=$((seconds - ($(date +%s) - start)))
        [ "$remaining" -gt 0 ] || break
        run=$((run + 1))
        log="$build_dir/fuzz-$t-$run.log"
        # The subshell's `times` gives the fuzzer's user and system CPU time.
        read -r user sys < <(
            (
                set +e
                "$bin" -max_total_time="$remaining" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
                    -artifact_prefix="$crashes/" "${dict[@]}" "${options[@]}" \
                    "$work" "${seeds[@]}" >"$log" 2>&1
                echo $? >"$log.rc"
                times >"$log.times" # not in a pipe: a piped builtin runs in a child of its own
                tail -n 1 "$log.times"
            )
        )
        cpu=$(awk -v a="$cpu" -v u="$(to_seconds "$user")" -v s="$(to_seconds "$sys")" 'BEGIN { printf "%.3f", a + u + s }')
        n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        u=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -n 1)
        execs=$((execs + ${n:-0}))
        units=$((units + ${u:-0}))
        if [ "$(cat "$log.rc")" != 0 ]; then
            found=$((found + 1))
            echo "   crash $found (log $log):"
            grep -E "^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz_$t:)|artifact_prefix|Test unit written" "$log" | head -n 6 | sed 's/^/     /'
            [ "$found" -lt "$max_crashes" ] || break
        fi
    done
    printf '   %s: %s CPU seconds, %s executions, %s new units, %s crashes\n' "$t" "$cpu" "$execs" "$units" "$found"
    printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$cpu" "$execs" "$units" "$found" >>"$summary"
    total_cpu=$(awk -v a="$total_cpu" -v b="$cpu" 'BEGIN { printf "%.3f", a + b }')
    total_execs=$((total_execs + execs))
    total_crashes=$((total_crashes + found))
done

printf 'total\t%s\t%s\t\t%s\n' "$total_cpu" "$total_execs" "$total_crashes" >>"$summary"
echo "== total: $total_cpu CPU seconds fuzzed, $total_execs executions, $total_crashes crashes found"
echo "   (figures in $summary; crash inputs in fuzz/crashes/)"
[ "$total_crashes" -eq 0 ]
