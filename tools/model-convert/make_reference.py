#!/usr/bin/env python3
"""Write the reference outputs runpose's tests compare the runtime engine against.

    make_reference.py MODELS_DIR OUT_JSON

Each model gets one input that Java can rebuild exactly (a smooth pattern, no
random generator), run through the .pt file with torch 1.13 on one thread,
whose outputs agree with the TFLite originals (verify.sh).  Per output the JSON
holds its length, sum, sum of absolute values and 64 evenly spaced samples, so
a test catches an engine or a model file that computes something else.
"""

import json
import math
import sys

import numpy as np
import torch

MODELS = [
    # (name, input size, input value range)
    ("pose_detection", 224, (-1.0, 1.0)),
    ("pose_landmark_full", 256, (0.0, 1.0)),
    ("pose_landmark_lite", 256, (0.0, 1.0)),
]
SAMPLES = 64


def pattern(size, lo, hi):
    """NHWC float32; value at (y, x, c) = lo + (hi - lo) * (0.5 + 0.5 * sin(0.05 y + 0.08 x + 2.1 c) * cos(0.03 x - 0.04 y))."""
    y, x, c = np.meshgrid(np.arange(size), np.arange(size), np.arange(3), indexing="ij")
    y, x, c = (a.astype(np.float64) for a in (y, x, c))
    unit = 0.5 + 0.5 * np.sin(0.05 * y + 0.08 * x + 2.1 * c) * np.cos(0.03 * x - 0.04 * y)
    return (lo + (hi - lo) * unit).astype(np.float32)[None]


def summary(values):
    flat = values.reshape(-1).astype(np.float64)
    step = max(1, len(flat) // SAMPLES)
    return {
        "length": len(flat),
        "sum": float(flat.sum()),
        "sumAbs": float(np.abs(flat).sum()),
        "maxAbs": float(np.abs(flat).max()),
        "sampleStep": step,
        "samples": [float(v) for v in flat[::step][:SAMPLES]],
    }


def main(models_dir, out_json):
    torch.set_num_threads(1)
    result = {"generator": "tools/model-convert/make_reference.py", "torch": torch.__version__, "models": {}}
    for name, size, (lo, hi) in MODELS:
        module = torch.jit.load("%s/%s.pt" % (models_dir, name))
        with torch.no_grad():
            outputs = module(torch.from_numpy(pattern(size, lo, hi)))
        result["models"][name] = {
            "inputSize": size,
            "inputLow": lo,
            "inputHigh": hi,
            "outputs": [summary(o.numpy()) for o in outputs],
        }
    with open(out_json, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
