#!/usr/bin/env bash
# Numeric check of runpose's converted models (models/*.pt) against the
# original TFLite models, run with DJL's TensorFlow Lite engine.
#
#   tools/model-convert/verify.sh [--models DIR]
#
# Needs what convert.sh needs, plus Java 17 and Maven (the verify/ project
# fetches DJL's TFLite engine and its native library from Maven Central).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
MODELS="$ROOT/models"
while [ $# -gt 0 ]; do
  case "$1" in
    --models) MODELS="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
MODELS="$(cd "$MODELS" && pwd)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$HERE/convert.sh" --fetch-only --tflite-dir "$WORK/tflite"
export PYTHONDONTWRITEBYTECODE=1 OMP_NUM_THREADS=1
/usr/bin/python3 "$HERE/make_verify_data.py" "$MODELS" "$WORK/tflite" "$WORK/data"

# DJL's offline mode still wants a writable cache for the bundled native library.
export DJL_CACHE_DIR="$WORK/djl-cache"
cd "$HERE/verify"
mvn -B -q compile
mvn -B -q exec:java -Dai.djl.offline=true -Dexec.args="$WORK/data"
