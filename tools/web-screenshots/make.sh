#!/usr/bin/env bash
# Makes the web app's screenshots in docs/web/ from a fresh data folder: a runner with two visits (the sample clip and
# the real treadmill clip) and a training log, a visit being analysed, the report on a desktop and a 390 px phone.
# Needs Debian's chromium, curl and python3-pil. The in-progress shot is taken a few seconds into an analysis.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$here/docs/web"
work="$(mktemp -d)"
port="${PORT:-7391}"
base="http://127.0.0.1:$port"
jar_cookies="$work/cookies"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$here/runpose" serve --port "$port" --data "$work/data" >"$work/serve.log" 2>&1 &
server=$!
until curl -sf -c "$jar_cookies" -b "$jar_cookies" "$base/" >/dev/null; do sleep 1; done
csrf="$(awk '/runpose_csrf/ {print $7}' "$jar_cookies")"

post() { curl -sf -b "$jar_cookies" -o /dev/null -w '%{redirect_url}' "$@"; }
wait_done() { until curl -sf -b "$jar_cookies" "$1/status" | grep -q '"state":"DONE"'; do sleep 2; done; }
shot() { # file, window size, address, [extra chromium flags]
  rm -rf "$work/profile"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$2" ${4:-} --screenshot="$work/$1.png" "$3" >/dev/null 2>&1
}
# The report's video and chart load in the page's own time; the progress page is taken as it first shows.
loaded="--virtual-time-budget=8000"

runner="$(post -X POST --data-urlencode "csrf=$csrf" --data-urlencode "name=Maria Santos" \
  --data-urlencode "notes=Low back pain after long runs; treadmill visits" "$base/runners")"
shot upload 1000,1100 "$runner" "$loaded"
first="$(post -F "csrf=$csrf" -F "video=@$here/sample-videos/run_side_lean05.mp4" -F date=2026-11-02 "$runner/visits")"
wait_done "$first"
# As the page offers by default, the second visit's lower back is judged by its change from the first.
second="$(post -F "csrf=$csrf" -F "video=@$here/sample-videos/real/gaitlab-male-side.mp4;filename=treadmill-visit2.mp4" \
  -F date=2026-11-30 -F "baseline=${first##*/}" "$runner/visits")"
sleep 4
shot job 1000,600 "$second"
wait_done "$second"
post -F "csrf=$csrf" -F "log=@$here/samples/training-log.csv" "$runner/training" >/dev/null
shot runner 1000,1400 "$runner" "$loaded"
shot report-desktop 1000,1900 "$second" "$loaded"
shot report-phone 390,1700 "$second" "$loaded"

python3 - "$work" "$out" <<'PY'
import sys
from PIL import Image
work, out = sys.argv[1], sys.argv[2]
for name in ["upload", "job", "runner", "report-desktop", "report-phone"]:
    Image.open(f"{work}/{name}.png").convert("RGB").save(f"{out}/{name}.jpg", quality=82, optimize=True)
PY
echo "screenshots written to $out"
