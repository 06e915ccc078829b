#!/usr/bin/env bash
# Makes each bad input of the hardening table by hand (ffmpeg, python3, truncation), runs runpose on it and writes
# docs/bad-input.md: input, exit code, the message, and what was left in the output folder. Needs the Debian
# packages ffmpeg and python3 besides Java and Maven. Run from anywhere: tools/bad-input/table.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runpose="$root/runpose"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
sample="$root/sample-videos/run_side_lean05.mp4"
export SAMPLE="$sample"
"$runpose" --version > /dev/null # builds the jar once, before anything is timed or listed

# --- inputs ---
ffmpeg -loglevel error -i "$sample" -frames:v 1 still.png
printf 'this is not a video\n' > notes.mp4
: > empty.mp4
ffmpeg -loglevel error -i "$sample" -c copy moov-last.mp4
python3 - <<'PY'
import os, random
data = open('moov-last.mp4', 'rb').read()
open('cut-before-index.mp4', 'wb').write(data[:len(data) * 6 // 10])
fast = open(os.environ['SAMPLE'], 'rb').read()
open('cut-short.mp4', 'wb').write(fast[:len(fast) // 3])
at = 0  # the top-level boxes, up to the end of the index ('moov'), which the sample keeps first
while fast[at + 4:at + 8] != b'moov':
    at += int.from_bytes(fast[at:at + 4], 'big')
open('header-only.mp4', 'wb').write(fast[:at + int.from_bytes(fast[at:at + 4], 'big') + 64])
random.seed(3)
b = bytearray(fast)
for i in range(len(b) * 4 // 10, len(b) * 6 // 10):
    b[i] = random.randrange(256)
open('damaged-middle.mp4', 'wb').write(b)
PY
ffmpeg -loglevel error -i "$sample" -vf scale=160:120 tiny-160x120.mp4
ffmpeg -loglevel error -i "$sample" -vf scale=256:192 small-256x192.mp4
ffmpeg -loglevel error -i "$sample" -vf "lutyuv=y=val*0.5" dim-50.mp4
ffmpeg -loglevel error -i "$sample" -vf "lutyuv=y=val*0.3" dark-30.mp4
# Filmed far too close: the runner's head and chest fill the picture, the legs never in it.
ffmpeg -loglevel error -i "$sample" -vf "crop=180:135:240:100,scale=640:480" head-and-chest.mp4
# The longest shutter a 30 fps camera has (the whole frame time) on a real runner crossing a field: frames made 8
# times as dense by motion-compensated interpolation, then each 8 averaged.
crossing="$root/sample-videos/real/sports2d-demo3.mp4"
ffmpeg -loglevel error -i "$crossing" -vf "minterpolate=fps=240:mi_mode=mci,tmix=frames=8,fps=30" -pix_fmt yuv420p \
  crossing-shutter-360.mp4
ffmpeg -loglevel error -i "$crossing" -vf "minterpolate=fps=240:mi_mode=mci,tmix=frames=4,fps=30" -pix_fmt yuv420p \
  crossing-shutter-180.mp4
ffmpeg -loglevel error -i "$sample" -c copy -metadata:s:v:0 rotate=90 rotation-tag-90.mp4
ffmpeg -loglevel error -f lavfi -i color=c=gray:s=640x480:d=3:r=30 -pix_fmt yuv420p nobody.mp4
# Formats a phone, a camera or an editor may hand over, beside the H.264 MP4 runpose is mostly fed.
ffmpeg -loglevel error -i "$sample" -c:v libx265 -x265-params log-level=error -pix_fmt yuv420p10le -tag:v hvc1 \
  hevc-10bit.mov
ffmpeg -loglevel error -i "$sample" -c:v libvpx-vp9 -b:v 1M vp9.webm
# A clip shared as an animated GIF (as coaches post them), and a GIF of one picture.
ffmpeg -loglevel error -i "$sample" -vf "fps=15,scale=320:-1" coach.gif
ffmpeg -loglevel error -i "$sample" -frames:v 1 still.gif
ffmpeg -loglevel error -i "$sample" -c:v libsvtav1 av1.mp4 2> /dev/null
ffmpeg -loglevel error -i "$sample" -c:v prores_ks -profile:v 2 prores.mov
ffmpeg -loglevel error -i "$sample" -c:v mjpeg -q:v 3 mjpeg.avi
ffmpeg -loglevel error -i "$sample" -vf scale=641:481 -c:v libx264 -pix_fmt yuv444p odd-641x481-444.mp4
ffmpeg -loglevel error -i "$sample" -c:v libx264 -flags +ildct+ilme -top 1 interlaced.mp4
ffmpeg -loglevel error -f lavfi -i sine=d=3 -i "$sample" -map 0:a -map 1:v -c:v copy -c:a aac audio-first.mp4
ffmpeg -loglevel error -i "$sample" -frames:v 1 one-frame.mp4
cp "$sample" ./-dash-first.mp4
printf 'x\n' > a-file
cp -r "$root/models" models-damaged
python3 - <<'PY'
import os, random
random.seed(4)  # the same damage every time, so the table does not change between runs
p = 'models-damaged/pose_landmark_full.pt'
with open(p, 'r+b') as f:
    f.seek(os.path.getsize(p) // 2)
    f.write(random.randbytes(4096))
PY
printf 'date,distance,duration,notes\n2025-03-03,10,55:00,"sunny\n2025-03-04,8,99:99:99,\n2025-03-05,6,-0:30:00,\n2025-03-06,6,33:00,fine\n' > log.csv
"$runpose" analyze "$sample" -o visit -q --no-overlay > /dev/null
python3 - <<'PY'
import json
a = json.load(open('visit/analysis.json'))
a['formatVersion'] = 2
json.dump(a, open('newer-format.json', 'w'))
k = json.load(open('visit/keypoints.json'))
k['formatVersion'] = 2
json.dump(k, open('newer-keypoints.json', 'w'))
PY

# --- runs: description | command ---
rows=(
  "a PNG still|analyze still.png -o out -q"
  "a text file named .mp4|analyze notes.mp4 -o out -q"
  "an empty file|analyze empty.mp4 -o out -q"
  "a file that does not exist|analyze missing.mp4 -o out -q"
  "an MP4 cut before its index (camera stopped)|analyze cut-before-index.mp4 -o out -q"
  "an MP4 cut to a third (index first)|analyze cut-short.mp4 -o out -q"
  "an MP4 cut just after its index, before the first frame|analyze header-only.mp4 -o out -q"
  "an MP4 with 20 % of its bytes randomised|analyze damaged-middle.mp4 -o out -q --no-overlay"
  "the sample scaled to 256x192|analyze small-256x192.mp4 -o out -q --no-overlay"
  "the sample scaled to 160x120|analyze tiny-160x120.mp4 -o out -q --no-overlay"
  "the sample at half its brightness|analyze dim-50.mp4 -o out -q --no-overlay"
  "the sample at 30 % of its brightness|analyze dark-30.mp4 -o out -q --no-overlay"
  "the sample cropped to the runner's head and chest|analyze head-and-chest.mp4 -o out -q --no-overlay"
  "a runner crossing the picture, blurred by a shutter open half the frame time|analyze crossing-shutter-180.mp4 -o out -q --no-overlay"
  "the same, shutter open the whole frame time|analyze crossing-shutter-360.mp4 -o out -q --no-overlay"
  "upright video with a rotation tag of 90|analyze rotation-tag-90.mp4 -o out -q --no-overlay"
  "3 s of grey, nobody in it|analyze nobody.mp4 -o out -q --no-overlay"
  "HEVC, 10 bits a sample, in a MOV (as an iPhone records HDR)|analyze hevc-10bit.mov -o out -q --no-overlay"
  "VP9 in WebM|analyze vp9.webm -o out -q --no-overlay"
  "AV1|analyze av1.mp4 -o out -q --no-overlay"
  "an animated GIF, 15 frames/s, 320x240|analyze coach.gif -o out -q --no-overlay"
  "a GIF of one picture|analyze still.gif -o out -q"
  "ProRes 422 in a MOV (an editor's export)|analyze prores.mov -o out -q --no-overlay"
  "Motion JPEG in an AVI|analyze mjpeg.avi -o out -q --no-overlay"
  "an odd size, 641x481, with full-resolution colour (4:4:4)|analyze odd-641x481-444.mp4 -o out -q"
  "interlaced H.264|analyze interlaced.mp4 -o out -q --no-overlay"
  "the audio stream first, the video second|analyze audio-first.mp4 -o out -q --no-overlay"
  "a video of one frame|analyze one-frame.mp4 -o out -q"
  "a video named -dash-first.mp4|analyze -dash-first.mp4 -o out -q"
  "-o naming an existing file|analyze $sample -o a-file -q"
  "-o under a folder nobody can write|analyze $sample -o /proc/runpose-out -q"
  "a model file with 4 KB corrupted|analyze $sample --models models-damaged -o out -q"
  "a mistyped option value|analyze $sample --lumbar-watch x"
  "a mistyped command|analyz $sample"
  "a training log with a stray quote and bad times|training log.csv -o out"
  "compare with an analysis in a newer format|compare visit newer-format.json -o out"
  "analyze --from keypoints in a newer format|analyze --from newer-keypoints.json -o out"
)

out="$root/docs/bad-input.md"
{
  echo "# Bad input: what runpose answers"
  echo
  echo "Generated by \`tools/bad-input/table.sh\`, which makes each input by hand and runs runpose on it; do not edit"
  echo "by hand. The message is what runpose printed on standard error, or, when it analysed the input, why findings"
  echo "were withheld (all of them, or one finding alone), what limits the recording (the frame rate's limit, which"
  echo "every 30 fps clip has, left out) and its notes (for a training log, the lines it left out), or else the first"
  echo "line it printed; *left* is what was in the output folder afterwards (\`out\` unless the row names another)."
  echo
  echo "| input | command | exit | message | left |"
  echo "| --- | --- | --- | --- | --- |"
  for row in "${rows[@]}"; do
    what="${row%%|*}"
    cmd="${row#*|}"
    rm -rf out
    set +e
    # shellcheck disable=SC2086
    "$runpose" $cmd > stdout.txt 2> stderr.txt
    code=$?
    set -e
    message="$(WORK="$work/" ROOT="$root/" python3 "$root/tools/bad-input/message.py")"
    if [[ -d out ]]; then left="$(ls -A out | tr '\n' ' ')"; else left="nothing"; fi
    [[ -z "$left" ]] && left="an empty folder"
    shown="${cmd//$root\//}"
    printf '| %s | `runpose %s` | %s | %s | %s |\n' "$what" "$shown" "$code" "${message//|/\\|}" "$left"
  done
} > "$out"
echo "wrote $out"
