#!/usr/bin/env bash
# Benchmark clerklint against gitleaks v8.30.1 and a single-pattern ripgrep search
# on a large synthetic monorepo (scripts/benchtree). Not part of the test suite:
# the full run takes minutes.
#
#   scripts/bench.sh                  # 20k files / 200 MB (benchtree defaults)
#   BENCH_QUICK=1 scripts/bench.sh    # 2k files / 20 MB
#
# Environment:
#   BENCH_FILES, BENCH_MB  tree size (override BENCH_QUICK)
#   BENCH_SEED             generator seed (default 1)
#   BENCH_DIR              generate the tree here, or reuse it if it is non-empty
#                          (kept afterwards); default: a temp dir, removed at exit
#   BENCH_RUNS             timed runs per tool, best one reported (default 3)
#   BENCH_TOOLS            cache for the gitleaks binary
#                          (default ${XDG_CACHE_HOME:-~/.cache}/clerklint-bench)
#   BENCH_CLERKLINT        benchmark this prebuilt binary instead of building one
#   BENCH_KEEP=1           keep the work dir (reports, logs, tree)
#
# Fairness: clerklint and gitleaks' default config both skip node_modules (the tree
# has one, about 8 % of its files), so rg gets `-g '!node_modules'`; otherwise rg
# runs with -uuu (no ignore files, hidden files, binary files). The tree is not a
# git repository. Its Go service (8 % of the files) is a module that builds against
# clerk-sdk-go v2.4.2 (go.sum is made here), so the Go engine's type-checking is
# measured on code that compiles. Reports are written to files in the work dir instead of
# /dev/null so findings can be counted; that costs milliseconds.
#
# Targets: clerklint wall <= 0.2x gitleaks, its file engines (--no-go) <= 5x rg;
# start-up (an empty directory) <= 30 ms; pre-commit on 5 staged files <= 1.5x
# gitleaks git --pre-commit --staged; clerklint peak RSS <= 300 MB; the Go step on
# the tree's Go module <= 1.3x go vet (result cache bypassed) and <= 300 MB.
# scripts/scaling.sh measures how cost and memory grow with the tree.
# Exit status: 0 when the benchmark ran (whatever the verdicts), non-zero on errors.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${BENCH_RUNS:-3}
seed=${BENCH_SEED:-1}
if [[ -n ${BENCH_QUICK:-} && ${BENCH_QUICK} != 0 ]]; then
	files=${BENCH_FILES:-2000} mb=${BENCH_MB:-20}
else
	files=${BENCH_FILES:-20000} mb=${BENCH_MB:-200}
fi
tools=${BENCH_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/clerklint-bench}
gitleaks_version=v8.30.1

work=$(mktemp -d "${TMPDIR:-/tmp}/clerklint-bench.XXXXXX")
cleanup() {
	if [[ -n ${BENCH_KEEP:-} && ${BENCH_KEEP} != 0 ]]; then
		echo "work dir kept: $work" >&2
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
log() { printf '== %s\n' "$*" >&2; }

apt_install() { # apt_install package...
	local sudo=()
	[[ $(id -u) -eq 0 ]] || sudo=(sudo)
	log "installing $* from Debian"
	"${sudo[@]}" apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

# ---------------------------------------------------------------- tools
if ! /usr/bin/time -f %e true >/dev/null 2>&1; then apt_install time; fi
command -v rg >/dev/null || apt_install ripgrep
command -v python3 >/dev/null || apt_install python3

mkdir -p "$work/bin" "$tools"
if [[ -n ${BENCH_CLERKLINT:-} ]]; then
	cp "$BENCH_CLERKLINT" "$work/bin/clerklint"
else
	log "building clerklint"
	(cd "$repo" && go build -o "$work/bin/clerklint" ./cmd/clerklint)
fi
gitleaks="$tools/gitleaks-$gitleaks_version"
if [[ ! -x $gitleaks ]]; then
	log "installing gitleaks $gitleaks_version (go install)"
	(cd "$work" && GOBIN="$work/bin" go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version")
	mv "$work/bin/gitleaks" "$gitleaks"
fi
clerklint="$work/bin/clerklint"
rg=$(command -v rg)

# ---------------------------------------------------------------- tree
tree=${BENCH_DIR:-$work/tree}
[[ $tree == /* ]] || tree=$PWD/$tree
stats="${tree%/}.stats" # what was planted, kept next to the tree for reuse
if [[ -d $tree && -n $(ls -A "$tree" 2>/dev/null) ]]; then
	log "reusing existing tree $tree"
else
	log "generating tree: $files files, $mb MB, seed $seed -> $tree"
	start=$EPOCHREALTIME
	(cd "$repo" && go run ./scripts/benchtree -dir "$tree" -seed "$seed" -files "$files" -mb "$mb") >"$stats"
	log "generated in $(python3 -c "print(f'{$EPOCHREALTIME-$start:.1f}')") s"
fi
cp "$stats" "$work/tree-stats.txt" 2>/dev/null || : >"$work/tree-stats.txt"
# The Go service imports clerk-sdk-go; give it a go.sum (from the module cache, else
# the Go module proxy) so clerklint's Go engine type-checks a module that builds.
# This also compiles it, as a developer's machine would have.
while IFS= read -r mod; do
	d=$(dirname "$mod")
	[[ -f $d/go.sum ]] && continue
	log "preparing Go module $d (go build -mod=mod)"
	if ! (cd "$d" && GOFLAGS=-mod=mod GOPROXY=off go build ./... 2>/dev/null) &&
		! (cd "$d" && GOFLAGS=-mod=mod go build ./...); then
		log "WARNING: $d does not build; clerklint will report load errors for it"
	fi
done < <(find "$tree" -name go.mod -not -path '*/node_modules/*')
tree=$(cd "$tree" && pwd)
nfiles=$(find "$tree" -type f | wc -l)
nbytes=$(find "$tree" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
nm_files=$(find "$tree" -type f -path '*/node_modules/*' | wc -l)

# Read every file (and stat every dentry) so all tools start from a warm cache; done
# again before each tool because a long gitleaks run or a busy machine can evict it.
warm() { find "$tree" -type f -print0 | xargs -0 cat >/dev/null; }

# ---------------------------------------------------------------- timing
# measure NAME OKCODES CMD...: runs CMD $runs times, keeps the best wall time and
# the peak RSS and CPU time (user+sys) of that run (GNU time), aborts if the exit
# code is not in OKCODES. CPU time is the fairer comparison on a busy machine.
declare -A best_wall best_rss best_cpu
measure() {
	local name=$1 ok=$2
	shift 2
	local i start wall rss cpu code
	log "warming the page cache"
	warm
	for ((i = 1; i <= runs; i++)); do
		start=$EPOCHREALTIME
		code=0
		/usr/bin/time -f '%M %U %S' -o "$work/$name.time" "$@" >"$work/$name.stdout" 2>"$work/$name.stderr" || code=$?
		wall=$(python3 -c "print(f'{$EPOCHREALTIME-$start:.3f}')")
		if [[ " $ok " != *" $code "* ]]; then
			echo "bench: $name exited $code (run $i):" >&2
			tail -20 "$work/$name.stderr" >&2
			exit 1
		fi
		read -r rss cpu < <(tail -1 "$work/$name.time" | awk '{print $1, $2 + $3}')
		log "$name run $i: ${wall}s, ${cpu}s CPU, $((rss / 1024)) MB"
		if [[ -z ${best_wall[$name]:-} ]] || python3 -c "import sys; sys.exit(not $wall < ${best_wall[$name]})"; then
			best_wall[$name]=$wall best_rss[$name]=$rss best_cpu[$name]=$cpu
		fi
	done
}

# The two fast tools run back to back so their ratio is not skewed by load changes
# during the minutes gitleaks takes. rg exits 1 when nothing matches.
measure clerklint "0" "$clerklint" scan --format json --output "$work/clerklint.json" --fail-on never "$tree"
measure nogo "0" "$clerklint" scan --no-go --format json --output "$work/nogo.json" --fail-on never "$tree"
measure rg "0 1" "$rg" -uuu -c -g '!node_modules' 'sk_(test|live)_[A-Za-z0-9]{42}' "$tree"
measure gitleaks "0" "$gitleaks" dir --no-banner --exit-code 0 --report-format json --report-path "$work/gitleaks.json" "$tree"
# Start-up: an empty directory, so only loading rules and building engines counts.
mkdir -p "$work/empty"
runs_saved=$runs runs=$((runs * 3))
measure startup "0" "$clerklint" scan --format json --fail-on never "$work/empty"
runs=$runs_saved

# The Go step on the tree's largest Go module against go vet on it. go vet caches
# each package's result in the build cache, so a warm `go vet` analyses nothing;
# an unknown -printf.funcs value changes its key (export data stays cached), which
# is the analysis work clerklint's Go step does on every scan.
gomod=$(find "$tree" -name go.mod -not -path '*/node_modules/*' -printf '%s %h\n' | sort -rn | head -1 | cut -d' ' -f2-)
if [[ -n $gomod ]]; then
	measure gostep "0" "$clerklint" scan --format json --output "$work/gostep.json" --fail-on never "$gomod"
	measure govet "0 1" env -C "$gomod" go vet -printf.funcs="benchNoVetCache$RANDOM" ./...
fi

# Pre-commit: 5 staged source files in a repository over the tree (its git dir
# kept in the work dir, the tree's files restored afterwards): clerklint gets
# the file names, as the pre-commit hook passes them; gitleaks reads the staged diff.
pc_git=(git --git-dir="$work/precommit.git" --work-tree="$tree")
log "preparing the pre-commit repository"
"${pc_git[@]}" init -q
"${pc_git[@]}" add -A . >/dev/null 2>&1
"${pc_git[@]}" -c user.name=bench -c user.email=bench@example.com commit -qm tree >/dev/null
mapfile -t staged < <(cd "$tree" && "${pc_git[@]}" ls-files -- '*.ts' '*.tsx' '*.js' | grep -v node_modules | head -5)
for f in "${staged[@]}"; do printf '\nexport const benchEdit = 1\n' >>"$tree/$f"; done
"${pc_git[@]}" add -- "${staged[@]/#/$tree/}"
staged_abs=("${staged[@]/#/$tree/}")
measure precommit "0" "$clerklint" scan --format json --fail-on never --no-go -- "${staged_abs[@]}"
measure gl_precommit "0" env GIT_DIR="$work/precommit.git" GIT_WORK_TREE="$tree" "$gitleaks" git --no-banner --exit-code 0 --pre-commit --staged "$tree"
"${pc_git[@]}" checkout -q -- "${staged[@]/#/$tree/}"
rm -rf "$work/precommit.git"

# ---------------------------------------------------------------- report
timings=()
for t in clerklint nogo gitleaks rg startup precommit gl_precommit gostep govet; do
	[[ -n ${best_wall[$t]:-} ]] && timings+=("$t=${best_wall[$t]}:${best_rss[$t]}:${best_cpu[$t]}")
done
python3 - "$work" "$nfiles" "$nbytes" "$nm_files" "$runs" "${timings[@]}" <<'EOF'
import collections, json, os, sys

work, nfiles, nbytes, nm_files, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
w, rss, cpu = {}, {}, {}
for arg in sys.argv[6:]:
    name, v = arg.split("=", 1)
    wall, kb, c = v.split(":")
    w[name], rss[name], cpu[name] = float(wall), int(kb) / 1024, float(c)
mb = nbytes / (1 << 20)

print()
load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
print(f"tree: {nfiles} files ({nm_files} in node_modules), {mb:.0f} MB; best of {runs} runs, warm cache, {os.cpu_count()} CPUs, load avg {load} at end")
print()
labels = {"clerklint": "clerklint", "nogo": "clerklint --no-go", "gitleaks": "gitleaks dir", "rg": "rg",
          "startup": "clerklint, empty dir", "precommit": "clerklint, 5 files", "gl_precommit": "gitleaks --pre-commit --staged",
          "gostep": "clerklint, Go module", "govet": "go vet, Go module (uncached)"}
print(f"{'run':<30} {'wall s':>8} {'CPU s':>8} {'MB/s':>8} {'peak MB':>8}")
for t in ("clerklint", "nogo", "gitleaks", "rg"):
    print(f"{labels[t]:<30} {w[t]:>8.3f} {cpu[t]:>8.2f} {mb / w[t] if w[t] else 0:>8.0f} {rss[t]:>8.0f}")
for t in ("startup", "precommit", "gl_precommit", "gostep", "govet"):
    if t not in w:
        continue
    print(f"{labels[t]:<30} {w[t]:>8.3f} {cpu[t]:>8.2f} {'':>8} {rss[t]:>8.0f}")
print()

def verdict(ok):
    return "PASS" if ok else "MISS"

def ratio(a, b):
    return w[a] / w[b] if w[b] else float("inf")

print(f"{'target':<44} {'measured':>10}  verdict")
for label, val, ok, unit in (
    ("clerklint/gitleaks wall <= 0.2x", ratio("clerklint", "gitleaks"), lambda r: r <= 0.2, "x"),
    ("clerklint --no-go/gitleaks wall <= 0.2x", ratio("nogo", "gitleaks"), lambda r: r <= 0.2, "x"),
    ("clerklint/rg wall <= 5x", ratio("clerklint", "rg"), lambda r: r <= 5, "x"),
    ("file engines (--no-go)/rg wall <= 5x", ratio("nogo", "rg"), lambda r: r <= 5, "x"),
    ("start-up (empty dir) <= 30 ms", w["startup"] * 1000, lambda r: r <= 30, "ms"),
    ("pre-commit/gitleaks --pre-commit <= 1.5x", ratio("precommit", "gl_precommit"), lambda r: r <= 1.5, "x"),
    ("  same, CPU (user+sys) <= 1.5x", cpu["precommit"] / cpu["gl_precommit"] if cpu["gl_precommit"] else float("inf"), lambda r: r <= 1.5, "x"),
    ("clerklint peak RSS <= 300 MB", rss["clerklint"], lambda r: r <= 300, "MB"),
    ("file engines peak RSS <= 300 MB", rss["nogo"], lambda r: r <= 300, "MB"),
) + ((
    ("Go step/go vet (uncached) wall <= 1.3x", ratio("gostep", "govet"), lambda r: r <= 1.3, "x"),
    ("Go step peak RSS <= 300 MB", rss["gostep"], lambda r: r <= 300, "MB"),
) if "gostep" in w else ()):
    print(f"{label:<44} {val:>9.3f}{unit:<2} {verdict(ok(val))}")
print()

# Findings, for sanity.
def load(p):
    try:
        with open(p) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        print(f"(cannot read {os.path.basename(p)}: {e})")
        return None

cl = load(os.path.join(work, "clerklint.json"))
if cl is not None:
    c = collections.Counter(f.get("rule", "?") for f in cl.get("findings") or [])
    errs = len(cl.get("errors") or [])
    print(f"clerklint findings: {sum(c.values())} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())) + f"  (file errors/skips: {errs})")
gl = load(os.path.join(work, "gitleaks.json"))
if gl is not None:
    c = collections.Counter(f.get("RuleID", "?") for f in gl)
    top = " ".join(f"{k}={v}" for k, v in c.most_common(6))
    print(f"gitleaks findings:  {sum(c.values())} {top}")
n = 0
with open(os.path.join(work, "rg.stdout")) as f:
    for line in f:
        n += int(line.rsplit(":", 1)[1])
print(f"rg matching lines:  {n}  (regex has no right boundary: 99-char Stripe keys match too)")
stats = open(os.path.join(work, "tree-stats.txt")).read().split("\n")
planted = [l for l in stats if l.startswith(("clerk_keys", "near_miss"))]
if planted:
    print("planted: " + ", ".join(l.replace(" ", "=") for l in planted))
print()
EOF
