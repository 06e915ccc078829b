#!/usr/bin/env python3
"""Fits how far the pose model's near-side trunk line follows the limbs, and how far short of the rig's lean it
falls, on rendered clips (see README.md here).

usage: fit.py KEYPOINTS_DIR LABELS_DIR [REAL_LABELS_DIR]

KEYPOINTS_DIR holds NAME.keypoints.json (`runpose keypoints VIDEO -o ...`) for rendered clips whose NAME.labels.json
(tools/synth) is in LABELS_DIR. The rig holds the trunk still within a clip, so every swing of the model's
hip-to-shoulder line there is the model's. Least squares, per clip about its own mean, over the tuning clips:
lean error = a * sin(far thigh angle) + b * sin(near upper arm angle). Prints a and b and the lean's spread within a
clip before and after, for the tuning and the check clips (the check clips are only scored). With REAL_LABELS_DIR
(sample-videos/real) and NAME.keypoints.json of the real clips in KEYPOINTS_DIR, it also prints, per real clip, the
spread of runpose's line minus the hand-digitised one on the labelled frames, before and after taking the pull out.

The gain: per clip, the median of the model's line against the median of the rig's lean, both from the true
vertical; least squares through zero over the tuning clips (true = gain * model's). Prints it and each clip's error
of the median lean before and after.
"""
import json
import math
import os
import sys

import numpy as np


def clip_rows(keypoints, labels):
    """Per labelled frame: sine of the far thigh's angle, of the near upper arm's, the line's lean and the rig's."""
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
                     line, truth["trunk_lean_deg"]["image_2d"]))
    return np.array(rows)


def pull_rows(rows):
    """The two sines and the line's error, each about the clip's mean."""
    pull = np.column_stack([rows[:, 0], rows[:, 1], rows[:, 2] - rows[:, 3]])
    return pull - pull.mean(axis=0)


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


def report_gain(clips):
    """clips: split -> [(name, rows)]. Fits the gain on the tuning clips' medians; prints it and every clip's error."""
    medians = {split: [(name, np.median(rows[:, 2]), np.median(rows[:, 3])) for name, rows in named]
               for split, named in clips.items()}
    model = np.array([m for _, m, _ in medians["tuning"]])
    rig = np.array([t for _, _, t in medians["tuning"]])
    gain = (model * rig).sum() / (model * model).sum()
    print(f"gain {gain:.3f}: the rig's lean over the model line's ({len(model)} tuning clips)")
    for split, rows in medians.items():
        for name, m, t in rows:
            print(f"{split:7} {name:34} true {t:5.1f}  error {m - t:+5.2f} -> {gain * m - t:+5.2f}")


def main(keypoints_dir, labels_dir, real_dir=None):
    clips = {"tuning": [], "check": []}
    for name, labels, keypoints in labelled(keypoints_dir, labels_dir):
        clips[labels.get("split", "tuning")].append((name, clip_rows(keypoints, labels)))
    splits = {split: [pull_rows(rows) for _, rows in named] for split, named in clips.items()}
    tuning = np.vstack(splits["tuning"])
    coef = np.linalg.lstsq(tuning[:, :2], tuning[:, 2], rcond=None)[0]
    print(f"far thigh {coef[0]:.2f}° and near upper arm {coef[1]:.2f}° of lean per unit sine "
          f"({len(splits['tuning'])} tuning clips, {len(tuning)} frames)")
    for split, pulls in splits.items():
        if pulls:
            rows = np.vstack(pulls)
            print(f"{split}: the lean's spread within a clip (SD) {rows[:, 2].std():.2f}° -> "
                  f"{(rows[:, 2] - rows[:, :2] @ coef).std():.2f}° ({len(pulls)} clips)")
    report_gain(clips)
    if real_dir:
        report_real(keypoints_dir, real_dir, coef)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
