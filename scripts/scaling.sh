#!/usr/bin/env bash
# How clerklint's file engines scale: `clerklint scan --no-go` over 1, 2, 4 and 8
# hard-linked copies of one tree (scripts/benchtree, 2,500 files / 25 MB by default),
# printing wall, CPU and peak RSS per run and per copy. Linear cost means the
# per-copy columns stay flat; bounded memory means peak RSS grows far slower than
# the tree. Not part of the test suite.
#
#   scripts/scaling.sh [TREE]     # TREE: reuse this directory as the unit copy
#
# Environment: SCALE_COPIES (default "1 2 4 8"), SCALE_FILES, SCALE_MB (generated
# unit tree size), SCALE_KEEP=1 keeps the work dir.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
copies=${SCALE_COPIES:-1 2 4 8}
work=$(mktemp -d "${TMPDIR:-/tmp}/clerklint-scaling.XXXXXX")
[[ -n ${SCALE_KEEP:-} ]] || trap 'rm -rf "$work"' EXIT
log() { printf 'scaling: %s\n' "$*" >&2; }

if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
	echo "scaling: needs GNU time (/usr/bin/time; Debian package 'time')" >&2
	exit 2
fi
log "building clerklint"
(cd "$repo" && go build -o "$work/clerklint" ./cmd/clerklint)

unit=${1:-}
if [[ -z $unit ]]; then
	unit=$work/unit
	log "generating the unit tree (${SCALE_FILES:-2500} files, ${SCALE_MB:-25} MB)"
	(cd "$repo" && go run ./scripts/benchtree -dir "$unit" -files "${SCALE_FILES:-2500}" -mb "${SCALE_MB:-25}" >/dev/null)
fi
unit=$(cd "$unit" && pwd)

printf '%-7s %8s %8s %9s %12s %12s\n' copies "wall s" "CPU s" "peak MB" "wall s/copy" "CPU s/copy"
for k in $copies; do
	tree=$work/tree-$k
	mkdir -p "$tree"
	for ((i = 1; i <= k; i++)); do
		[[ -d $tree/copy$i ]] || cp -al "$unit" "$tree/copy$i"
	done
	find "$tree" -type f -print0 | xargs -0 cat >/dev/null # warm the page cache
	start=$EPOCHREALTIME
	/usr/bin/time -f '%M %U %S' -o "$work/time" "$work/clerklint" scan --no-go --quiet --format json --output "$work/out-$k.json" --fail-on never --allow-incomplete "$tree" 2>"$work/err-$k" ||
		{ echo "scaling: clerklint failed on $k copies:" >&2; tail -5 "$work/err-$k" >&2; exit 1; }
	read -r rss user sys <"$work/time"
	python3 -c "
w = $EPOCHREALTIME - $start; c = $user + $sys
print(f'{$k:<7} {w:>8.2f} {c:>8.2f} {$rss / 1024:>9.0f} {w / $k:>12.2f} {c / $k:>12.2f}')"
done
