#!/usr/bin/env python3
"""Where the pose model puts the near hip and shoulder against the hand-digitised ones (docs/real-footage.md).

usage: trunk_points.py KEYPOINTS_DIR

KEYPOINTS_DIR holds NAME.keypoints.json (`runpose keypoints VIDEO -o ...`) of the real clips labelled in
sample-videos/real and of the two renders digitised by hand in sample-videos/real/hand-on-renders. For each clip it
prints the medians, over the frames the hand digitised, of the model's near hip and near shoulder minus the hand's,
in trunk lengths (the hand's hip to shoulder), forward along the running direction and down, and of the model's
near-side line's lean minus the hand's (the image's vertical; the labelled verticals are left out, as they turn both
lines alike). For the renders it also prints the rig's joint centres minus the hand's, and the rig's line's lean minus the hand's.
"""
import glob
import json
import math
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "sample-videos")


def keypoints(path):
    with open(path) as f:
        frames = json.load(f)["frames"]
    return {fr["index"]: {k["landmark"]: (k["xPx"], k["yPx"]) for k in fr["keypoints"]} for fr in frames if fr["found"]}


def offsets(points, hand, sign):
    """Forward and down offsets of points from the hand's, in the hand's trunk lengths."""
    length = math.dist(hand["hipPx"], hand["shoulderPx"])
    out = []
    for joint, (x, y) in zip(("hipPx", "shoulderPx"), points):
        out += [sign * (x - hand[joint][0]) / length, (y - hand[joint][1]) / length]
    return out


def lean(hip, shoulder, sign):
    return math.degrees(math.atan2(sign * (shoulder[0] - hip[0]), hip[1] - shoulder[1]))


def report(name, split, rows, leans):
    medians = [statistics.median(column) for column in zip(*rows)]
    print(f"{name:30s} {split:6s} {len(rows):3d} frames  hip {medians[0]:+.2f} fwd {medians[1]:+.2f} down  "
          f"shoulder {medians[2]:+.2f} fwd {medians[3]:+.2f} down  lean {statistics.median(leans):+.1f}°")


def main(kp_dir):
    print("model minus hand, trunk lengths; lean in degrees")
    for labels_file in sorted(glob.glob(os.path.join(SAMPLES, "real", "*.labels.json"))):
        with open(labels_file) as f:
            labels = json.load(f)
        name = labels["clip"]["name"]
        path = os.path.join(kp_dir, name + ".keypoints.json")
        if not os.path.exists(path) or not labels.get("trunk"):
            continue
        model = keypoints(path)
        sign = 1 if labels["scene"]["direction"] == "right" else -1
        near = "right" if sign == 1 else "left"
        rows, leans = [], []
        for hand in labels["trunk"]:
            kp = model.get(hand["frame"])
            if kp is None:
                continue
            hip, shoulder = kp[near + "_hip"], kp[near + "_shoulder"]
            rows.append(offsets((hip, shoulder), hand, sign))
            leans.append(lean(hip, shoulder, sign) - lean(hand["hipPx"], hand["shoulderPx"], sign))
        if rows:
            report(name, labels["split"], rows, leans)
    print("renders (right-running: the near side is the right)")
    for trunk_file in sorted(glob.glob(os.path.join(SAMPLES, "real", "hand-on-renders", "*.trunk.json"))):
        with open(trunk_file) as f:
            digitised = json.load(f)
        name = digitised["clip"]
        with open(os.path.join(SAMPLES, name + ".labels.json")) as f:
            rig = {fr["frame"]: fr["keypoints"] for fr in json.load(f)["frames"]}
        model = keypoints(os.path.join(kp_dir, name + ".keypoints.json"))
        model_rows, rig_rows, leans, rig_leans = [], [], [], []
        for hand in digitised["trunk"]:
            kp = model[hand["frame"]]
            model_rows.append(offsets((kp["right_hip"], kp["right_shoulder"]), hand, 1))
            joints = rig[hand["frame"]]
            rig_hip, rig_shoulder = joints["right_hip"]["px"], joints["right_shoulder"]["px"]
            rig_rows.append(offsets((rig_hip, rig_shoulder), hand, 1))
            rig_leans.append(lean(rig_hip, rig_shoulder, 1) - lean(hand["hipPx"], hand["shoulderPx"], 1))
            leans.append(lean(kp["right_hip"], kp["right_shoulder"], 1) - lean(hand["hipPx"], hand["shoulderPx"], 1))
        report(name + " (model)", "render", model_rows, leans)
        report(name + " (rig)", "render", rig_rows, rig_leans)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
