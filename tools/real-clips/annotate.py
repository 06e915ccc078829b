#!/usr/bin/env python3
"""Aids for annotating real clips by hand (see docs/real-footage.md for the protocol).

Nothing here looks at runpose's output: the pictures show only the video's own pixels, the frame numbers and a
coordinate grid, so the labels stay independent of what is being scored.

  annotate.py extract CLIP DIR                 every frame as DIR/NNNNN.jpg, upright (decode order = runpose's frame
                                               index)
  annotate.py strip DIR FROM TO OUT [--roi x,y,w,h] [--step N] [--cols C] [--width W]
                                               frames FROM..TO (inclusive) side by side, each with its number,
                                               cropped to the region of interest: for foot contacts and toe-offs
  annotate.py grid DIR FRAME OUT --roi x,y,w,h [--scale S] [--every P]
                                               one frame's region enlarged with a grid labelled in the full
                                               frame's pixel coordinates: for reading off hip, shoulder and
                                               vertical-line points
  annotate.py check LABELS DIR OUT FRAME...    draws a labels file's points and events on frames, to review them

Needs Debian's ffmpeg, python3-opencv and python3-numpy.
"""
import argparse
import json
import os
import subprocess
import sys

import cv2
import numpy as np


def frame_path(d, i):
    return os.path.join(d, "%05d.jpg" % i)


def load(d, i):
    img = cv2.imread(frame_path(d, i))
    if img is None:
        sys.exit("no frame %d in %s (run 'extract' first)" % (i, d))
    return img


def roi_of(text, img):
    if not text:
        return 0, 0, img.shape[1], img.shape[0]
    x, y, w, h = (int(v) for v in text.split(","))
    x, y = max(0, x), max(0, y)
    return x, y, min(w, img.shape[1] - x), min(h, img.shape[0] - y)


def label(img, text, org, scale=0.6):
    cv2.putText(img, text, org, cv2.FONT_HERSHEY_SIMPLEX, scale, (0, 0, 0), 3, cv2.LINE_AA)
    cv2.putText(img, text, org, cv2.FONT_HERSHEY_SIMPLEX, scale, (255, 255, 255), 1, cv2.LINE_AA)


def extract(args):
    # FFmpeg cuts the frames, each decoded frame once, numbered from 0: it turns a phone's rotation tag upright as
    # players and runpose do, which OpenCV's reader does differently from one version to the next.
    os.makedirs(args.dir, exist_ok=True)
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", args.clip, "-fps_mode", "passthrough", "-q:v", "2",
                    "-start_number", "0", os.path.join(args.dir, "%05d.jpg")], check=True)
    n = len([f for f in os.listdir(args.dir) if f.endswith(".jpg")])
    h, w = load(args.dir, 0).shape[:2]
    print("%d frames of %dx%d into %s" % (n, w, h, args.dir))


def strip(args):
    frames = list(range(args.start, args.end + 1, args.step))
    tiles = []
    for i in frames:
        img = load(args.dir, i)
        x, y, w, h = roi_of(args.roi, img)
        tile = img[y:y + h, x:x + w].copy()
        s = args.width / w
        tile = cv2.resize(tile, (args.width, max(1, int(round(h * s)))), interpolation=cv2.INTER_CUBIC)
        label(tile, str(i), (4, 18))
        tiles.append(tile)
    cols = args.cols
    h = max(t.shape[0] for t in tiles)
    blank = np.zeros((h, args.width, 3), np.uint8)
    rows = []
    for r in range(0, len(tiles), cols):
        row = tiles[r:r + cols]
        row = [np.vstack([t, np.zeros((h - t.shape[0], args.width, 3), np.uint8)]) for t in row]
        row += [blank] * (cols - len(row))
        rows.append(np.hstack([np.hstack([t, np.full((h, 2, 3), 255, np.uint8)]) for t in row]))
    cv2.imwrite(args.out, np.vstack([np.vstack([r, np.full((2, r.shape[1], 3), 255, np.uint8)]) for r in rows]))


def grid(args):
    img = load(args.dir, args.frame)
    x, y, w, h = roi_of(args.roi, img)
    s = args.scale
    big = cv2.resize(img[y:y + h, x:x + w], (int(w * s), int(h * s)), interpolation=cv2.INTER_CUBIC)
    p = args.every
    for gx in range((x // p + 1) * p, x + w, p):
        major = gx % (5 * p) == 0
        u = int(round((gx - x) * s))
        cv2.line(big, (u, 0), (u, big.shape[0]), (0, 255, 255) if major else (0, 160, 160), 1)
        if major:
            label(big, str(gx), (u + 2, 14), 0.45)
    for gy in range((y // p + 1) * p, y + h, p):
        major = gy % (5 * p) == 0
        v = int(round((gy - y) * s))
        cv2.line(big, (0, v), (big.shape[1], v), (0, 255, 255) if major else (0, 160, 160), 1)
        if major:
            label(big, str(gy), (2, v - 3), 0.45)
    label(big, "frame %d" % args.frame, (4, big.shape[0] - 8))
    cv2.imwrite(args.out, big)


def check(args):
    with open(args.labels) as f:
        labels = json.load(f)
    trunk = {t["frame"]: t for t in labels.get("trunk", [])}
    out = []
    for i in args.frames:
        img = load(args.dir, i)
        t = trunk.get(i)
        if t:
            hip, sh = tuple(int(round(v)) for v in t["hipPx"]), tuple(int(round(v)) for v in t["shoulderPx"])
            cv2.line(img, hip, sh, (0, 0, 255), 2)
            cv2.circle(img, hip, 5, (0, 255, 0), -1)
            cv2.circle(img, sh, 5, (255, 0, 0), -1)
        for v in labels.get("verticals", []):
            if v["fromFrame"] <= i <= v["toFrame"]:
                a, b = (tuple(int(round(c)) for c in v[k]) for k in ("topPx", "bottomPx"))
                cv2.line(img, a, b, (255, 0, 255), 2)
        events = [e for e in labels.get("events", []) if e["frame"] == i]
        label(img, "frame %d %s" % (i, " ".join(e["kind"] + ":" + e["leg"] for e in events)), (8, 28), 0.8)
        out.append(img)
    cv2.imwrite(args.out, np.hstack(out) if len(out) < 4 else np.vstack([np.hstack(out[r:r + 3] + [np.zeros_like(
        out[0])] * (3 - len(out[r:r + 3]))) for r in range(0, len(out), 3)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("extract")
    a.add_argument("clip")
    a.add_argument("dir")
    a.set_defaults(run=extract)
    a = sub.add_parser("strip")
    a.add_argument("dir")
    a.add_argument("start", type=int)
    a.add_argument("end", type=int)
    a.add_argument("out")
    a.add_argument("--roi")
    a.add_argument("--step", type=int, default=1)
    a.add_argument("--cols", type=int, default=6)
    a.add_argument("--width", type=int, default=240)
    a.set_defaults(run=strip)
    a = sub.add_parser("grid")
    a.add_argument("dir")
    a.add_argument("frame", type=int)
    a.add_argument("out")
    a.add_argument("--roi")
    a.add_argument("--scale", type=float, default=4)
    a.add_argument("--every", type=int, default=10)
    a.set_defaults(run=grid)
    a = sub.add_parser("check")
    a.add_argument("labels")
    a.add_argument("dir")
    a.add_argument("out")
    a.add_argument("frames", type=int, nargs="+")
    a.set_defaults(run=check)
    args = ap.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
