#!/usr/bin/env bash
# Regenerates runpose's TorchScript pose models (models/*.pt) from the
# MediaPipe BlazePose TFLite models shipped in the npm package @mediapipe/pose.
#
#   tools/model-convert/convert.sh [--out DIR] [--tflite-dir DIR] [--fetch-only]
#
#   --out DIR         where the .pt files go (default: models/ of this repository)
#   --tflite-dir DIR  also keep the checked .tflite inputs there
#                     (pose_detection.tflite, pose_landmark_full.tflite, pose_landmark_lite.tflite)
#   --fetch-only      only fetch and check the inputs (needs --tflite-dir)
#
# Needs: npm (to fetch the package), Debian's python3-torch for /usr/bin/python3.
# The output is byte-for-byte reproducible.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/models"
TFLITE_DIR=""
FETCH_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --tflite-dir) TFLITE_DIR="$2"; shift 2 ;;
    --fetch-only) FETCH_ONLY=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ "$FETCH_ONLY" = 1 ] && [ -z "$TFLITE_DIR" ]; then
  echo "--fetch-only needs --tflite-dir" >&2; exit 2
fi

PACKAGE="@mediapipe/pose@0.5.1675469404"
PY=/usr/bin/python3

# SHA-256 of the three inputs inside the package tarball.
# pose_solution_packed_assets.data is, whole, the pose_detection.tflite model
# (see pose_solution_packed_assets_loader.js in the package: start 0, end 2962288).
declare -A INPUT_SHA=(
  [pose_landmark_full.tflite]=e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f
  [pose_landmark_lite.tflite]=f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61
  [pose_solution_packed_assets.data]=a63c614bef30d35947f13be361820b1e4e3bec9cfeebf4d11216a18373108e85
)

if ! "$PY" -c 'import torch' 2>/dev/null; then
  echo "error: $PY cannot import torch; run: apt-get install --no-install-recommends python3-torch" >&2
  exit 1
fi
command -v npm >/dev/null || { echo "error: npm not found" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "fetching $PACKAGE"
(cd "$WORK" && npm pack --silent "$PACKAGE" >/dev/null)
TARBALL="$(ls "$WORK"/mediapipe-pose-*.tgz)"
tar -xzf "$TARBALL" -C "$WORK" \
  package/pose_landmark_full.tflite package/pose_landmark_lite.tflite \
  package/pose_solution_packed_assets.data

for f in "${!INPUT_SHA[@]}"; do
  echo "${INPUT_SHA[$f]}  $WORK/package/$f"
done | sha256sum --check --quiet || { echo "error: input checksum mismatch" >&2; exit 1; }
echo "inputs verified (SHA-256)"

IN="$WORK/in"
mkdir -p "$IN"
cp "$WORK/package/pose_solution_packed_assets.data" "$IN/pose_detection.tflite"
cp "$WORK/package/pose_landmark_full.tflite" "$WORK/package/pose_landmark_lite.tflite" "$IN/"
if [ -n "$TFLITE_DIR" ]; then
  mkdir -p "$TFLITE_DIR"
  cp "$IN"/*.tflite "$TFLITE_DIR/"
fi
[ "$FETCH_ONLY" = 1 ] && exit 0

mkdir -p "$OUT"
export PYTHONDONTWRITEBYTECODE=1 OMP_NUM_THREADS=1
for spec in pose_landmark_full:landmark pose_detection:detector pose_landmark_lite:landmark; do
  name="${spec%%:*}"; kind="${spec##*:}"
  echo "converting $name.tflite ($kind)"
  "$PY" "$HERE/tflite2torch.py" convert --kind "$kind" "$IN/$name.tflite" "$OUT/$name.pt"
done

# runpose refuses a model file whose SHA-256 is not the one listed here (a file damaged on disk still loads).
(cd "$OUT" && sha256sum pose_detection.pt pose_landmark_full.pt pose_landmark_lite.pt > SHA256SUMS)
echo "SHA-256 of the converted models ($OUT/SHA256SUMS):"
cat "$OUT/SHA256SUMS"
