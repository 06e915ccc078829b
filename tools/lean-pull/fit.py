#!/usr/bin/env python3
"""Fits how far the pose model's near-side trunk line follows the limbs on rendered clips (see README.md here).

usage: fit.py KEYPOINTS_DIR LABELS_DIR [REAL_LABELS_DIR]

KEYPOINTS_DIR holds NAME.keypoints.json (`runpose keypoints VIDEO -o ...`) for rendered clips whose NAME.labels.json
(tools/synth) is in LABELS_DIR. The rig holds the trunk still within a clip, so every swing of the model's
hip-to-shoulder line there is the model's. Least squares, per clip about its own mean, over the tuning clips:
lean error = a * sin(far thigh angle) + b * sin(near upper arm angle). Prints a and b and the lean's spread within a
clip before and after, for the tuning and the check clips (the check clips are only scored). With REAL_LABELS_DIR
(sample-videos/real) and NAME.keypoints.json of the real clips in KEYPOINTS_DIR, it also prints, per real clip, the
spread of runpose's line minus the hand-digitised one on the labelled frames, before and after taking the pull out.
"""
import json
import math
import os
import sys

import numpy as np


def clip_rows(keypoints, labels):
    settings = labels["settings"]
    sign = 1 if settings["direction"] == "right" else -1
    near, far = ("right", "left") if sign == 1 else ("left", "right")
    roll = math.radians(settings["roll"])
    frames = {f["index"]: f for f in keypoints["frames"]}

    def forward(p):
        return sign * (p[0] * math.cos(roll) + p[1] * math.sin(roll))

    def up(p):
        return p[0] * math.sin(roll) - p[1] * math.cos(roll)

    rows = []
    for truth in labels["frames"]:
        frame = frames.get(truth["frame"])
        if not frame or not frame["found"]:
            continue
        kp = {k["landmark"]: (k["xPx"], k["yPx"]) for k in frame["keypoints"]}

        def angle(top, end):
            return math.atan2(forward(kp[end]) - forward(kp[top]), up(kp[top]) - up(kp[end]))

        line = math.degrees(math.atan2(forward(kp[near + "_shoulder"]) - forward(kp[near + "_hip"]),
                                       up(kp[near + "_shoulder"]) - up(kp[near + "_hip"])))
        rows.append((math.sin(angle(far + "_hip", far + "_knee")),
                     math.sin(angle(near + "_shoulder", near + "_elbow")),
                     line - truth["trunk_lean_deg"]["image_2d"]))
    rows = np.array(rows)
    return rows - rows.mean(axis=0)


def real_rows(keypoints, labels):
    sign = 1 if labels["scene"]["direction"] == "right" else -1
    near, far = ("right", "left") if sign == 1 else ("left", "right")
    frames = {f["index"]: f for f in keypoints["frames"]}

    def angle(a, b):
        return math.atan2(sign * (b[0] - a[0]), a[1] - b[1])

    rows = []
    for hand in labels.get("trunk", []):
        frame = frames.get(hand["frame"])
        if not frame or not frame["found"]:
            continue
        kp = {k["landmark"]: (k["xPx"], k["yPx"]) for k in frame["keypoints"]}
        line = math.degrees(math.atan2(sign * (kp[near + "_shoulder"][0] - kp[near + "_hip"][0]),
                                       kp[near + "_hip"][1] - kp[near + "_shoulder"][1]))
        by_hand = math.degrees(math.atan2(sign * (hand["shoulderPx"][0] - hand["hipPx"][0]),
                                          hand["hipPx"][1] - hand["shoulderPx"][1]))
        # Limb angles hang downward: from the vertical below the top joint.
        rows.append((math.sin(-angle(kp[far + "_knee"], kp[far + "_hip"])),
                     math.sin(-angle(kp[near + "_elbow"], kp[near + "_shoulder"])), line - by_hand))
    return np.array(rows)


def labelled(keypoints_dir, labels_dir):
    """Each clip of labels_dir whose keypoints are in keypoints_dir: (name, labels, keypoints)."""
    for name in sorted(os.listdir(labels_dir)):
        if not name.endswith(".labels.json"):
            continue
        clip = name[: -len(".labels.json")]
        path = os.path.join(keypoints_dir, clip + ".keypoints.json")
        if not os.path.exists(path):
            print(f"{clip}: no keypoints, left out")
            continue
        with open(os.path.join(labels_dir, name)) as f:
            labels = json.load(f)
        with open(path) as f:
            yield clip, labels, json.load(f)


def report_real(keypoints_dir, real_dir, coef):
    before, after = [], []
    for clip, labels, keypoints in labelled(keypoints_dir, real_dir):
        rows = real_rows(keypoints, labels)
        if len(rows) < 6:
            continue
        rows = rows - rows.mean(axis=0)
        corrected = rows[:, 2] - rows[:, :2] @ coef
        before.append(rows[:, 2])
        after.append(corrected)
        print(f"{clip}: runpose minus hand, SD {rows[:, 2].std():.2f}° -> {corrected.std():.2f}° "
              f"({len(rows)} frames)")
    if before:
        print(f"real, pooled: {np.concatenate(before).std():.2f}° -> {np.concatenate(after).std():.2f}°")


def main(keypoints_dir, labels_dir, real_dir=None):
    splits = {"tuning": [], "check": []}
    for _, labels, keypoints in labelled(keypoints_dir, labels_dir):
        splits[labels.get("split", "tuning")].append(clip_rows(keypoints, labels))
    tuning = np.vstack(splits["tuning"])
    coef = np.linalg.lstsq(tuning[:, :2], tuning[:, 2], rcond=None)[0]
    print(f"far thigh {coef[0]:.2f}° and near upper arm {coef[1]:.2f}° of lean per unit sine "
          f"({len(splits['tuning'])} tuning clips, {len(tuning)} frames)")
    for split, clips in splits.items():
        if clips:
            rows = np.vstack(clips)
            print(f"{split}: the lean's spread within a clip (SD) {rows[:, 2].std():.2f}° -> "
                  f"{(rows[:, 2] - rows[:, :2] @ coef).std():.2f}° ({len(clips)} clips)")
    if real_dir:
        report_real(keypoints_dir, real_dir, coef)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
