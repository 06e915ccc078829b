#!/usr/bin/env bash
# Makes the report screenshots the README shows (docs/report-*.png, docs/compare-report-html.png) from the shipped
# clips: the HTML reports of a flagged and an upright runner, pages 1 and 2 of the flagged runner's PDF, the gait pages
# of a real treadmill runner's PDF and the recording checks of a real walker's. Needs Debian's chromium,
# poppler-utils and python3-pil; runs the model on four clips (about two minutes on 2 cores).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$here/docs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

analyze() { "$here/runpose" analyze "$here/$1" -o "$work/$2" -q --no-overlay >/dev/null; }
analyze sample-videos/run_lean18.mp4 lean18
analyze sample-videos/run_side_lean05.mp4 upright
analyze sample-videos/real/gaitlab-male-side.mp4 treadmill
analyze sample-videos/real/sports2d-demo.mp4 walker
"$here/runpose" compare "$work/lean18" "$work/upright" --labels "12 Mar,2 Apr" -o "$work/compare" >/dev/null

shot() { # file, window size, page
  rm -rf "$work/profile"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$2" --virtual-time-budget=8000 --screenshot="$out/$1" "file://$3" >/dev/null 2>&1
}
shot report-html.png 1100,1770 "$work/lean18/report.html"
shot report-html-ok.png 1100,720 "$work/upright/report.html"
shot compare-report-html.png 1100,1312 "$work/compare/compare.html"

python3 - "$work" "$out" <<'PY'
import re, subprocess, sys
from PIL import Image
work, out = sys.argv[1], sys.argv[2]
DPI = 80

def pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")

def page_with(pdf, heading):
    return next(i + 1 for i, p in enumerate(pages(pdf)) if re.search(r"^\s*" + re.escape(heading) + r"\s*$", p, re.M))

def render(pdf, page, dpi=DPI):
    prefix = f"{work}/page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix],
                   check=True)
    return Image.open(prefix + ".png").convert("RGB")

def side_by_side(pdf, first, second, name):
    a, b = render(pdf, first), render(pdf, second)
    both = Image.new("RGB", (a.width + b.width, max(a.height, b.height)), "white")
    both.paste(a, (0, 0))
    both.paste(b, (a.width, 0))
    both.save(f"{out}/{name}")

def heading_y(pdf, page, words):
    """Top of the first line that starts with the heading's words, in points."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)
    for i in range(len(found) - len(words) + 1):
        if [w for _, _, w in found[i:i + len(words)]] == words:
            return float(found[i][1])
    raise SystemExit(f"{pdf} page {page}: no heading {' '.join(words)}")

side_by_side(f"{work}/lean18/report.pdf", 1, 2, "report-pdf.png")
gait = f"{work}/treadmill/report.pdf"
side_by_side(gait, page_with(gait, "Steps and gait"), page_with(gait, "What was measured, and the basis of each threshold"),
             "report-gait-pdf.png")
walker = f"{work}/walker/report.pdf"
p = page_with(walker, "How the video was filmed")
image = render(walker, p, 90)
scale = 90 / 72
top = heading_y(walker, p, ["How", "the", "video", "was", "filmed"]) - 6
bottom = heading_y(walker, p, ["What", "the", "video", "shows"]) - 10
image.crop((int(30 * scale), int(top * scale), int(image.width - 30 * scale), int(bottom * scale))).save(
    f"{out}/report-capture-pdf.png")
PY
echo "screenshots written to $out"
