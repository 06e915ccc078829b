#!/bin/bash
# runpose synthetic running clip: render with Blender (Cycles), encode with ffmpeg.
#
# usage: tools/synth/render.sh [script options] [clip options]
#
# script options
#   --out-dir DIR      where <name>.mp4 and <name>.labels.json go (default: sample-videos)
#   --work-dir DIR     where the PNG frames go (default: a temporary folder, removed at the end)
#   --labels-only      only (re)write <name>.labels.json, render nothing
#   --frames LIST      render only these frame indices (e.g. 0,7,13) into the work dir, no MP4
#   --keep-frames      keep the PNG frames after encoding
#
# clip options (passed to tools/synth/gen_run.py; each one changes the truth in the labels)
#   --name NAME             clip name (default run_side)
#   --direction right|left  running toward image right or left (default right)
#   --lean DEG              trunk lean target, forward +; the measured value is written (default 5)
#   --lumbar DEG            lumbar extension target relative to the neutral rig (default 0)
#   --roll DEG              camera roll about the optical axis (default 0)
#   --elevation DEG         camera pitch: orbit up around the aim point, looking down (default 0)
#   --distance M            camera distance to the runner's sagittal plane (default 5)
#   --cam-height M          height of the aim point (default 1.0)
#   --fps N  --width N  --height N  --seconds S  (default 30, 640, 480, 3)
#   --cadence SPM           steps per minute (default 176)
#   --samples N             Cycles samples (default 12; no denoiser)
#   --seed N                0 = nominal motion; other values vary the gait slightly and the noise
#   --rotate-metadata 0|90|270  phone-style storage: pixels stored turned, with a rotate tag so that
#                           a player honouring it shows the upright clip (labels are upright pixels)
#   --crf N                 x264 quality (default 20)
#   --body standard|curvy|slim  body shape: buttocks and belly deeper (curvy) or flatter (slim) than the
#                           character's own, joints and spine posture unchanged (default standard)
#   --travel treadmill|cross|pan  on the spot on a treadmill belt (default), over the floor past a fixed
#                           camera, or over the floor with the camera turning on its tripod to follow
#   --lens MM               focal length on a 36 mm wide sensor (default 50; 26 = a phone's main camera)
#   --clothes light|dark    dark: near-black t-shirt and jeans in front of a near-black wall (default light)
#   --rails none|hand       hand: treadmill handrails at hip height on both sides (default none)
#   --strike heel|forefoot  the shoe's pitch at contact (default heel)
#   --split tuning|check    the clip's role, kept in its labels: tuning (developed against, the default) or
#                           check (only scored to report, never to choose a setting)
#
# environment: BLENDER (default blender), RUNPOSE_SYNTH_CACHE (default ~/.cache/runpose-synth)
# needs Debian packages blender (3.4) and ffmpeg; the character comes from the
# Debian package morse-simulator-data (downloaded with apt-get download, not installed).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${RUNPOSE_SYNTH_CACHE:-$HOME/.cache/runpose-synth}
BLENDER=${BLENDER:-blender}
OUT_DIR=$ROOT/sample-videos
WORK_DIR=""
LABELS_ONLY=0
FRAMES=""
KEEP=0
NAME=run_side
ROTATE=0
PASS=()

while [ $# -gt 0 ]; do
  case "$1" in
    --out-dir) OUT_DIR=$2; shift 2 ;;
    --work-dir) WORK_DIR=$2; shift 2 ;;
    --labels-only) LABELS_ONLY=1; shift ;;
    --frames) FRAMES=$2; shift 2 ;;
    --keep-frames) KEEP=1; shift ;;
    --name) NAME=$2; PASS+=("$1" "$2"); shift 2 ;;
    --rotate-metadata) ROTATE=$2; PASS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,42p' "$0"; exit 0 ;;
    --*) [ $# -ge 2 ] || { echo "render.sh: $1 needs a value" >&2; exit 2; }
         PASS+=("$1" "$2"); shift 2 ;;
    *) echo "render.sh: unexpected argument $1" >&2; exit 2 ;;
  esac
done

command -v "$BLENDER" >/dev/null || { echo "render.sh: blender not found (apt-get install -y --no-install-recommends blender)" >&2; exit 1; }

BLEND=$CACHE/morse/usr/share/morse/data/robots/human_rig.blend
if [ ! -f "$BLEND" ]; then
  echo "render.sh: fetching the MakeHuman character (Debian package morse-simulator-data) into $CACHE"
  mkdir -p "$CACHE"
  (cd "$CACHE" && apt-get download morse-simulator-data)
  dpkg -x "$(ls "$CACHE"/morse-simulator-data_*_all.deb | tail -n 1)" "$CACHE/morse"
fi

mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
CLEAN=0
if [ -z "$WORK_DIR" ]; then
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/runpose-synth.XXXXXX")
  CLEAN=1
fi
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)

GEN=(--out-dir "$OUT_DIR" --frames-dir "$WORK_DIR/frames")
[ "$LABELS_ONLY" = 1 ] && GEN+=(--labels-only)
[ -n "$FRAMES" ] && GEN+=(--frames "$FRAMES")

START=$(date +%s)
# Blender exits 0 even when the script raises: check its output for the result line
LOG=$WORK_DIR/blender.log
nice -n 19 "$BLENDER" -b "$BLEND" --python-exit-code 3 --python "$HERE/gen_run.py" -- "${GEN[@]}" "${PASS[@]}" \
  2>&1 | tee "$LOG" | grep --line-buffered -E "^runpose-synth:|Error|Traceback" || true
grep -q "^runpose-synth: wrote" "$LOG" || { echo "render.sh: blender run failed, see $LOG" >&2; exit 1; }
END=$(date +%s)

if [ "$LABELS_ONLY" = 1 ]; then
  [ "$CLEAN" = 1 ] && rm -rf "$WORK_DIR"
  echo "render.sh: labels written to $OUT_DIR/$NAME.labels.json"
  exit 0
fi
if [ -n "$FRAMES" ]; then
  echo "render.sh: preview frames in $WORK_DIR/frames (no MP4 for a partial render)"
  exit 0
fi

command -v ffmpeg >/dev/null || { echo "render.sh: ffmpeg not found (apt-get install -y --no-install-recommends ffmpeg)" >&2; exit 1; }
# encode.sh is written by gen_run.py (the same commands are recorded in the labels)
(cd "$WORK_DIR/frames" && nice -n 19 bash encode.sh)
mv -f "$WORK_DIR/$NAME.mp4" "$OUT_DIR/$NAME.mp4"

ROT=$(ffprobe -v error -select_streams v:0 -show_entries stream_side_data=rotation \
      -of default=nw=1:nk=1 "$OUT_DIR/$NAME.mp4" | head -n 1)
ROT=${ROT:-0}
echo "render.sh: display matrix rotation read back by ffprobe: $ROT (expected $(( (360 - ROTATE) % 360 )) mod 360)"
if [ $(( ((ROT % 360) + 360 + ROTATE) % 360 )) != 0 ]; then
  echo "render.sh: rotation metadata does not read back as expected" >&2; exit 1
fi
# the decoded clip (ffmpeg honours the rotation) must match the upright frames
PSNR=$(nice -n 19 ffmpeg -hide_banner -i "$OUT_DIR/$NAME.mp4" -framerate "$(ffprobe -v error -select_streams v:0 \
      -show_entries stream=r_frame_rate -of default=nw=1:nk=1 "$OUT_DIR/$NAME.mp4")" -i "$WORK_DIR/frames/%04d.png" \
      -lavfi "[0:v][1:v]psnr" -f null - 2>&1 | grep -o "average:[0-9.a-z]*" | tail -n 1)
echo "render.sh: upright check, PSNR of the decoded clip against the rendered frames: $PSNR dB"
case "$PSNR" in average:[3-9][0-9]*|average:inf) ;; *) echo "render.sh: decoded clip does not match the frames" >&2; exit 1 ;; esac

N=$(ls "$WORK_DIR"/frames/*.png | wc -l)
echo "render.sh: $N frames rendered in $((END - START)) s ($(awk "BEGIN{printf \"%.1f\", ($END - $START) / $N}") s/frame incl. scene setup)"
echo "render.sh: wrote $OUT_DIR/$NAME.mp4 and $OUT_DIR/$NAME.labels.json"
if [ "$CLEAN" = 1 ] && [ "$KEEP" = 0 ]; then rm -rf "$WORK_DIR"; else echo "render.sh: frames kept in $WORK_DIR/frames"; fi
