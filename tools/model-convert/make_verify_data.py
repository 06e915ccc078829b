#!/usr/bin/env python3
"""Write inputs and TorchScript outputs for the numeric check against TFLite.

    make_verify_data.py MODELS_DIR TFLITE_DIR OUT_DIR

For each converted model three inputs are written: two seeded uniform-random
tensors over the model's input range and one synthetic picture of a figure
(a stick person made of capsules over a gradient-and-noise background).  Each
is run through the .pt module.  Layout of OUT_DIR/<model>/:

    meta.txt              "tflite <file>", "input <shape>", "output <name> <shape>"...,
                          "case <name>"...
    <case>.input.f32      raw little-endian float32, NHWC
    <case>.<output>.f32   raw little-endian float32, TorchScript output

The Java tool in verify/ runs the .tflite on the same inputs and compares.
"""

import os
import sys

import numpy as np
import torch

from tflite2torch import INTERFACES

MODELS = [
    # (name, kind, tflite file inside TFLITE_DIR, input value range)
    ("pose_landmark_full", "landmark", "pose_landmark_full.tflite", (0.0, 1.0)),
    ("pose_detection", "detector", "pose_detection.tflite", (-1.0, 1.0)),
    ("pose_landmark_lite", "landmark", "pose_landmark_lite.tflite", (0.0, 1.0)),
]


def _capsule(img, p0, p1, radius, colour):
    h, w, _ = img.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    p0 = np.asarray(p0, np.float32)
    p1 = np.asarray(p1, np.float32)
    d = p1 - p0
    denom = float(d @ d) or 1.0
    t = np.clip(((xx - p0[0]) * d[0] + (yy - p0[1]) * d[1]) / denom, 0.0, 1.0)
    dist = np.hypot(xx - (p0[0] + t * d[0]), yy - (p0[1] + t * d[1]))
    mask = np.clip(radius + 0.5 - dist, 0.0, 1.0)[..., None]   # anti-aliased edge
    img[:] = img * (1 - mask) + mask * np.asarray(colour, np.float32)


def synthetic_person(size, scale, seed):
    """RGB float image in [0, 1], HxWx3, with a running-pose stick figure."""
    rng = np.random.default_rng(seed)
    s = float(size)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / s
    img = np.stack([0.55 + 0.25 * yy, 0.65 - 0.2 * xx, 0.45 + 0.3 * xx * yy], -1)
    img += rng.normal(0.0, 0.03, img.shape).astype(np.float32)
    c = s / 2.0
    k = s * scale   # body height in pixels ~ k

    def P(x, y):
        return (c + x * k, c + y * k)

    skin, shirt, pants, shoe = (0.85, 0.65, 0.5), (0.8, 0.15, 0.15), (0.1, 0.15, 0.4), (0.1, 0.1, 0.1)
    neck, hip = P(0.02, -0.28), P(0.0, 0.05)
    # back limbs first
    _capsule(img, hip, P(-0.12, 0.25), 0.045 * k, pants)
    _capsule(img, P(-0.12, 0.25), P(-0.25, 0.40), 0.04 * k, pants)
    _capsule(img, P(-0.25, 0.40), P(-0.20, 0.44), 0.03 * k, shoe)
    _capsule(img, neck, P(0.12, -0.12), 0.035 * k, shirt)
    _capsule(img, P(0.12, -0.12), P(0.22, -0.2), 0.03 * k, skin)
    # torso and head
    _capsule(img, neck, hip, 0.08 * k, shirt)
    _capsule(img, P(0.03, -0.34), P(0.03, -0.34), 0.07 * k, skin)
    # front limbs
    _capsule(img, hip, P(0.12, 0.22), 0.045 * k, pants)
    _capsule(img, P(0.12, 0.22), P(0.08, 0.45), 0.04 * k, pants)
    _capsule(img, P(0.08, 0.45), P(0.16, 0.46), 0.03 * k, shoe)
    _capsule(img, neck, P(-0.12, -0.12), 0.035 * k, shirt)
    _capsule(img, P(-0.12, -0.12), P(-0.06, 0.0), 0.03 * k, skin)
    return np.clip(img, 0.0, 1.0).astype(np.float32)


def cases_for(kind, lo, hi):
    shape = INTERFACES[kind]["input"]
    cases = []
    for seed in (1, 2):
        rng = np.random.default_rng(seed)
        cases.append(("random%d" % seed,
                      rng.uniform(lo, hi, size=shape).astype(np.float32)))
    size = shape[1]
    # landmark crops are person-centred and filled; detector sees a smaller figure
    img = synthetic_person(size, 0.85 if kind == "landmark" else 0.5, seed=3)
    img = lo + (hi - lo) * img
    cases.append(("figure", img[None].astype(np.float32)))
    return cases


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    models_dir, tflite_dir, out_dir = argv[1:]
    torch.set_num_threads(1)
    for name, kind, tflite_file, (lo, hi) in MODELS:
        pt = os.path.join(models_dir, name + ".pt")
        if not os.path.exists(pt):
            print("skipping", name, "(no", pt + ")")
            continue
        module = torch.jit.load(pt)
        d = os.path.join(out_dir, name)
        os.makedirs(d, exist_ok=True)
        iface = INTERFACES[kind]
        meta = ["tflite " + os.path.join(os.path.abspath(tflite_dir), tflite_file),
                "input " + ",".join(map(str, iface["input"]))]
        meta += ["output %s %s" % (n, ",".join(map(str, s))) for n, s in iface["outputs"]]
        for case, x in cases_for(kind, lo, hi):
            x.astype("<f4").tofile(os.path.join(d, case + ".input.f32"))
            with torch.no_grad():
                outs = module(torch.from_numpy(x))
            for (oname, shape), y in zip(iface["outputs"], outs):
                y = y.numpy()
                assert list(y.shape) == shape, (name, oname, y.shape)
                y.astype("<f4").tofile(os.path.join(d, "%s.%s.f32" % (case, oname)))
            meta.append("case " + case)
        with open(os.path.join(d, "meta.txt"), "w") as f:
            f.write("\n".join(meta) + "\n")
        print("wrote", d)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
