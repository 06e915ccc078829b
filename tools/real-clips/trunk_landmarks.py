#!/usr/bin/env python3
"""Trunk lean from the trochanter-acromion landmarks against the first pass's hip and shoulder and against runpose.

usage: trunk_landmarks.py ANALYSES_DIR

Reads, for every clip with a second-pass landmarks file (sample-videos/real/landmarks/NAME.A.json, A the
annotator's letter; the two renders' in sample-videos/real/hand-on-renders/NAME.landmarks.A.json), the frames it
covers, and prints per clip the median lean, forward positive, against the labelled true vertical (the renders':
the picture's, their camera is level) of
  - the line greater trochanter -> acromion (second pass; per annotator where two did the clip),
  - the first pass's near hip -> shoulder on the same frames (the renders: the rig's joint centres instead),
  - runpose, from ANALYSES_DIR/NAME/analysis.json (`runpose analyze VIDEO -o ANALYSES_DIR/NAME`) at those frames.
"""
import glob
import json
import math
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "..", "..", "sample-videos", "real")
SAMPLES = os.path.join(HERE, "..", "..", "sample-videos")


def lean_deg(hip, shoulder, bottom, top, sign):
    """Angle of hip -> shoulder from the vertical bottom -> top, forward (sign +1: toward the image right) positive."""
    ux, uy = top[0] - bottom[0], top[1] - bottom[1]
    norm = math.hypot(ux, uy)
    ux, uy = ux / norm, uy / norm
    fx, fy = -uy * sign, ux * sign
    lx, ly = shoulder[0] - hip[0], shoulder[1] - hip[1]
    return math.degrees(math.atan2(lx * fx + ly * fy, lx * ux + ly * uy))


def direction_at(labels, frame):
    for p in labels["scene"].get("passes", []):
        if p["fromFrame"] <= frame <= p["toFrame"]:
            return p["direction"]
    return labels["scene"]["direction"]


def vertical_at(labels, frame):
    for v in labels["verticals"]:
        if v["fromFrame"] <= frame <= v["toFrame"]:
            return v["bottomPx"], v["topPx"]
    return None


def runpose_leans(analyses, name):
    path = os.path.join(analyses, name, "analysis.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        frames = json.load(f)["frames"]
    return {fr["index"]: fr["leanDeg"] for fr in frames if fr.get("leanDeg") is not None}


def median(values):
    return statistics.median(values) if values else float("nan")


def landmark_files(name):
    files = sorted(glob.glob(os.path.join(REAL, "landmarks", name + ".*.json")))
    return files or sorted(glob.glob(os.path.join(REAL, "hand-on-renders", name + ".landmarks.*.json")))


def compared(name, analyses, geometry):
    """Per annotator of the clip: the frames and the median leans of the second pass, of the reference line and of
    runpose. geometry(frame) gives the vertical's bottom and top, the direction's sign and the reference line's hip
    and shoulder (None where the reference has no line there), or None where the frame has no vertical."""
    ours = runpose_leans(analyses, name)
    rows = []
    for path in landmark_files(name):
        with open(path) as f:
            marks = json.load(f)
        second, reference, runpose = [], [], []
        for p in marks["points"]:
            frame = p["frame"]
            found = geometry(frame)
            if found is None:
                continue
            bottom, top, sign, hip, shoulder = found
            second.append(lean_deg(p["trochanterPx"], p["acromionPx"], bottom, top, sign))
            if hip is not None:
                reference.append(lean_deg(hip, shoulder, bottom, top, sign))
            if frame in ours:
                runpose.append(ours[frame])
        rows.append((os.path.basename(path).split(".")[-2], len(second), median(second), median(reference),
                     median(runpose)))
    return rows


def real_clip(labels, analyses):
    first = {t["frame"]: t for t in labels.get("trunk", [])}

    def geometry(frame):
        vertical = vertical_at(labels, frame)
        if vertical is None:
            return None
        sign = 1 if direction_at(labels, frame) == "right" else -1
        line = first.get(frame)
        return (*vertical, sign, line and line["hipPx"], line and line["shoulderPx"])

    return compared(labels["clip"]["name"], analyses, geometry)


def render_clip(name, analyses):
    with open(os.path.join(SAMPLES, name + ".labels.json")) as f:
        rig = {fr["frame"]: fr["keypoints"] for fr in json.load(f)["frames"]}
    # The renders' camera is level: the picture's vertical is the true one.
    return compared(name, analyses, lambda frame: ((0, 1), (0, 0), 1, rig[frame]["right_hip"]["px"],
                                                   rig[frame]["right_shoulder"]["px"]))


def main(analyses):
    print("median lean, degrees: trochanter-acromion (second pass) | first pass (renders: the rig's joint centres)"
          " | runpose; runpose minus the second pass")
    for labels_file in sorted(glob.glob(os.path.join(REAL, "*.labels.json"))):
        with open(labels_file) as f:
            labels = json.load(f)
        for who, n, second, first, ours in real_clip(labels, analyses):
            print(f"{labels['clip']['name']:30s} {labels['split']:6s} {who} {n:2d} frames  {second:+6.1f} | "
                  f"{first:+6.1f} | {ours:+6.1f}   {ours - second:+5.1f}")
    for name in ("run_side_lean05", "run_lean18"):
        for who, n, second, joints, ours in render_clip(name, analyses):
            print(f"{name:30s} render {who} {n:2d} frames  {second:+6.1f} | {joints:+6.1f} | {ours:+6.1f}   "
                  f"{ours - second:+5.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
