#!/usr/bin/python3
"""Draw runpose synth labels on a rendered frame (or a frame of the MP4).

usage: overlay.py LABELS.json FRAME_INDEX IMAGE.png OUT.png [--scale 2] [--crop]

IMAGE.png must be the upright displayed frame (the PNG written by gen_run.py,
or a frame extracted with ffmpeg, which honours the rotation metadata).
Needs Debian's python3-pil.
"""
import argparse
import json

from PIL import Image, ImageDraw

EDGES = [("left_shoulder", "right_shoulder"), ("left_hip", "right_hip"),
         ("left_shoulder", "left_elbow"), ("left_elbow", "left_wrist"),
         ("right_shoulder", "right_elbow"), ("right_elbow", "right_wrist"),
         ("left_shoulder", "left_hip"), ("right_shoulder", "right_hip"),
         ("left_hip", "left_knee"), ("left_knee", "left_ankle"),
         ("right_hip", "right_knee"), ("right_knee", "right_ankle"),
         ("left_ankle", "left_heel"), ("left_heel", "left_foot_index"),
         ("left_ankle", "left_foot_index"),
         ("right_ankle", "right_heel"), ("right_heel", "right_foot_index"),
         ("right_ankle", "right_foot_index"),
         ("left_ear", "left_eye"), ("right_ear", "right_eye")]
COLORS = {"near": (255, 40, 40), "far": (40, 90, 255), "center": (0, 200, 0)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("frame", type=int)
    ap.add_argument("image")
    ap.add_argument("out")
    ap.add_argument("--scale", type=int, default=2)
    ap.add_argument("--crop", action="store_true", help="crop to the runner")
    a = ap.parse_args()
    lab = json.load(open(a.labels))
    fr = lab["frames"][a.frame]
    kp = fr["keypoints"]
    img = Image.open(a.image).convert("RGB")
    s = a.scale
    img = img.resize((img.width * s, img.height * s), Image.NEAREST)
    d = ImageDraw.Draw(img)

    def P(name):
        u, v = kp[name]["px"]
        return (u * s, v * s)
    for e0, e1 in EDGES:
        c = COLORS[kp[e0]["side"]] if kp[e0]["side"] == kp[e1]["side"] else (220, 220, 0)
        d.line([P(e0), P(e1)], fill=c, width=1)
    for name, k in kp.items():
        x, y = P(name)
        c = COLORS[k["side"]]
        rr = 3
        d.ellipse([x - rr, y - rr, x + rr, y + rr], outline=c, width=1)
        d.point((x, y), fill=(255, 255, 255))
    # trunk line hip-mid -> shoulder-mid
    hm = [(kp["left_hip"]["px"][i] + kp["right_hip"]["px"][i]) / 2 * s for i in (0, 1)]
    sm = [(kp["left_shoulder"]["px"][i] + kp["right_shoulder"]["px"][i]) / 2 * s for i in (0, 1)]
    d.line([tuple(hm), tuple(sm)], fill=(255, 0, 255), width=2)
    txt = "frame %d  stance %s  lean2d %.2f  lean3d %.2f  lumbar %.2f" % (
        fr["frame"], fr["stance"], fr["trunk_lean_deg"]["image_2d"],
        fr["trunk_lean_deg"]["sagittal_3d"], fr["lumbar_extension_deg"]["sagittal_3d"])
    d.text((5, 5), txt, fill=(0, 0, 0))
    if a.crop:
        us = [k["px"][0] * s for k in kp.values()]
        vs = [k["px"][1] * s for k in kp.values()]
        m = 40 * s
        box = (max(0, int(min(us)) - m), max(0, int(min(vs)) - m),
               min(img.width, int(max(us)) + m), min(img.height, int(max(vs)) + m))
        img = img.crop(box)
    img.save(a.out)


if __name__ == "__main__":
    main()
