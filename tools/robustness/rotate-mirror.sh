#!/usr/bin/env bash
# How runpose's ground line and trunk lean follow the camera: each clip is analysed as it is, mirrored, cropped to
# 86 % x 90 % of its frame (the reference for the turned ones), and turned 4° either way inside that crop (as a
# camera held with a roll, no fill in view). A mirrored clip should read the same lean and the opposite slope; a
# turned one the same lean and its slope 4° off the crop's. Prints one table. Needs ffmpeg and python3.
# Usage: tools/robustness/rotate-mirror.sh CLIP.mp4 ...   (run from the repository root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
crop="crop=trunc(iw*0.86/2)*2:trunc(ih*0.9/2)*2"
for clip in "$@"; do
  name="$(basename "$clip" .mp4)"
  ffmpeg -loglevel error -i "$clip" -vf hflip -c:v libx264 -crf 16 -pix_fmt yuv420p "$work/$name.mirror.mp4"
  ffmpeg -loglevel error -i "$clip" -vf "$crop" -c:v libx264 -crf 16 -pix_fmt yuv420p "$work/$name.crop.mp4"
  for deg in 4 -4; do
    # ffmpeg turns the picture clockwise for a positive angle: the ground then falls toward the right.
    ffmpeg -loglevel error -i "$clip" -vf "rotate=$deg*PI/180:fillcolor=red,$crop" -c:v libx264 -crf 16 \
      -pix_fmt yuv420p "$work/$name.turn$deg.mp4"
  done
  cp "$clip" "$work/$name.as-is.mp4"
  for variant in as-is mirror crop turn4 turn-4; do
    "$root/runpose" analyze "$work/$name.$variant.mp4" -o "$work/out.$name.$variant" -q --no-overlay > /dev/null \
      2>&1 || true
  done
done
python3 - "$work" "$@" <<'PY'
import json, os, sys
work, clips = sys.argv[1], sys.argv[2:]
def read(name, variant):
    try:
        a = json.load(open(os.path.join(work, f'out.{name}.{variant}', 'analysis.json')))
    except OSError:
        return None
    return a['view']['direction'], a['view']['rollDeg'], a['view']['rollSource'], a['summary']['leanDeg']
def num(x):
    return '-' if x is None else f'{x:+.1f}'
print(f"{'clip':30} {'variant':8} {'dir':5} {'slope':>6} {'expected':>8} {'off':>5}  {'source':16} {'lean':>6} {'moved':>6}")
for clip in clips:
    name = os.path.basename(clip)[:-4]
    base, crop = read(name, 'as-is'), read(name, 'crop')
    for variant, ref, expect in (('as-is', None, None), ('mirror', base, lambda r: -r), ('crop', None, None),
                                 ('turn4', crop, lambda r: r - 4), ('turn-4', crop, lambda r: r + 4)):
        r = read(name, variant)
        if r is None:
            print(f'{name[:30]:30} {variant:8} failed')
            continue
        d, roll, source, lean = r
        e = expect(ref[1]) if ref else None
        moved = None if ref is None or lean is None or ref[3] is None else lean - ref[3]
        print(f"{name[:30]:30} {variant:8} {d:5} {roll:+6.1f} {num(e):>8} {num(None if e is None else roll - e):>5}  "
              f"{source[:16]:16} {num(lean):>6} {num(moved):>6}")
PY
