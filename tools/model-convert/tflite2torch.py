#!/usr/bin/env python3
"""Rebuild a TFLite graph as a torch.nn.Module and save it as frozen TorchScript.

Part of runpose's one-time model conversion (see README.md beside this file).

    tflite2torch.py list   MODEL.tflite
    tflite2torch.py convert --kind {detector,landmark} MODEL.tflite OUT.pt

Inside the module activations run in NCHW; the module's input and its 4-D
outputs are NHWC, so shapes match the TFLite model exactly.

Supported TFLite operators: CONV_2D, DEPTHWISE_CONV_2D, ADD, MUL, SUB, PAD,
MAX_POOL_2D, AVERAGE_POOL_2D, RESIZE_BILINEAR, RESHAPE, LOGISTIC, RELU,
RELU6, PRELU, DEPTH_TO_SPACE, CONCATENATION, plus DEQUANTIZE and DENSIFY of
constant tensors, which are folded into float32 constants at conversion time.
Fused activations NONE, RELU, RELU_N1_TO_1, RELU6 and TANH are honoured.
"""

import argparse
import io
import os
import sys
import zipfile

import numpy as np
import torch
import torch.nn.functional as F

import tflite_reader as tfl

# Output order of the TorchScript modules: runpose's Java side relies on it.
# Each entry: (TFLite output tensor name, expected shape).
INTERFACES = {
    "detector": {
        "input": [1, 224, 224, 3],
        "outputs": [("Identity", [1, 2254, 12]),     # boxes + keypoints
                    ("Identity_1", [1, 2254, 1])],   # score logits
    },
    "landmark": {
        "input": [1, 256, 256, 3],
        "outputs": [("Identity", [1, 195]),           # landmarks 39 x 5
                    ("Identity_1", [1, 1]),           # pose presence score
                    ("Identity_2", [1, 256, 256, 1]),  # segmentation
                    ("Identity_3", [1, 64, 64, 39]),   # heatmap
                    ("Identity_4", [1, 117])],         # world landmarks 39 x 3
    },
}

FOLDABLE = ("DEQUANTIZE", "DENSIFY")


def _same_pad(size, k, stride, dilation):
    """TFLite/TensorFlow SAME padding: (before, after), extra on the after side."""
    out = -(-size // stride)
    eff_k = (k - 1) * dilation + 1
    total = max((out - 1) * stride + eff_k - size, 0)
    return total // 2, total - total // 2


def _nhwc_to_nchw_axis(axis, rank):
    if axis < 0:
        axis += rank
    if rank != 4:
        return axis
    return {0: 0, 1: 2, 2: 3, 3: 1}[axis]


class TFLiteModule(torch.nn.Module):
    """An interpreter of one TFLite subgraph; traced into a flat graph."""

    def __init__(self, model, output_names, subgraph=0):
        super().__init__()
        sg = model.subgraphs[subgraph]
        self.sg = sg
        if len(sg.inputs) != 1:
            raise ValueError("expected one graph input, found %d" % len(sg.inputs))
        self.input_index = sg.inputs[0]
        by_name = {sg.tensors[i].name: i for i in sg.outputs}
        missing = [n for n in output_names if n not in by_name]
        if missing:
            raise ValueError("model has no output named %s (outputs: %s)"
                             % (missing, sorted(by_name)))
        self.output_indices = [by_name[n] for n in output_names]

        # -- constants: raw buffers, then fold DENSIFY / DEQUANTIZE chains --
        consts = {}
        for t in sg.tensors:
            if t.buffer and t.sparsity is None:
                data = model.tensor_data(t)
                if data is not None:
                    consts[t.index] = data
        self.steps = []
        for op in sg.operators:
            if op.op in FOLDABLE:
                src = sg.tensors[op.inputs[0]]
                if op.op == "DENSIFY":
                    if src.sparsity is None:
                        raise ValueError("DENSIFY of a dense tensor %r" % src.name)
                    values = model.tensor_data(src)
                    consts[op.outputs[0]] = tfl.densify(values, src.shape, src.sparsity)
                else:
                    if src.index not in consts:
                        raise ValueError("DEQUANTIZE of a non-constant %r" % src.name)
                    if src.quantized:
                        raise ValueError("integer-quantized tensor %r not supported" % src.name)
                    consts[op.outputs[0]] = consts[src.index].astype(np.float32)
                continue
            self.steps.append(op)
        self.consts = consts

        # -- parameters: registered once, in operator order (deterministic) --
        self._n = 0
        self.plan = []
        for op in self.steps:
            self.plan.append(self._prepare(op))
        del self.consts
        self._fold_pads()

    def _fold_pads(self):
        """Moves a symmetric PAD into the padding of the one convolution that reads it: the pad would otherwise
        copy the whole activation just to add a border."""
        uses = {}
        for kind, ins, out, p in self.plan:
            for r in list(ins) + [r for tag, r in p.get("operands", []) if tag == "var"]:
                uses[r] = uses.get(r, 0) + 1
        for i in self.output_indices:
            uses[i] = uses.get(i, 0) + 1
        pads = {out: (ins[0], p["pad"]) for kind, ins, out, p in self.plan if kind == "pad"}
        folded = set()
        for kind, ins, out, p in self.plan:
            if kind != "conv" or p["pad"] is not None or p["pointwise"] or ins[0] not in pads or uses[ins[0]] != 1:
                continue
            src, (l, r, t, b) = pads[ins[0]]
            if l == r and t == b:
                folded.add(ins[0])
                ins[0] = src
                p["pad"] = (l, r, t, b)
        self.plan = [e for e in self.plan if not (e[0] == "pad" and e[2] in folded)]

    # ------------------------------------------------------------------
    def _param(self, array):
        name = "p%03d" % self._n
        self._n += 1
        # Activations stay channels-last (NHWC in memory, as TFLite keeps them), so 4-D weights are stored
        # channels-last too: oneDNN then runs every convolution without converting layouts.
        t = torch.from_numpy(np.array(array, dtype=np.float32, order="C", copy=True))
        if t.dim() == 4:
            t = t.contiguous(memory_format=torch.channels_last)
        self.register_buffer(name, t)
        return name

    def _const(self, idx):
        if idx not in self.consts:
            raise ValueError("tensor %r is not constant" % self.sg.tensors[idx].name)
        return self.consts[idx]

    def _shape(self, idx):
        return self.sg.tensors[idx].shape

    def _prepare(self, op):
        """Turn an operator into a (kind, inputs, output, params) plan entry."""
        o = op.options
        ins, out = op.inputs, op.outputs[0]
        kind = op.op
        p = {}
        if kind in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            w = self._const(ins[1])                       # [O, KH, KW, I] / [1, KH, KW, C*M]
            b = self._const(ins[2]) if len(ins) > 2 and ins[2] >= 0 else None
            in_c = self._shape(ins[0])[3]
            kh, kw = w.shape[1], w.shape[2]
            if kind == "CONV_2D":
                wt = w.transpose(0, 3, 1, 2)              # -> [O, I, KH, KW]
                groups = in_c // w.shape[3]
            else:
                wt = w.transpose(3, 0, 1, 2)              # -> [C*M, 1, KH, KW]
                groups = in_c
            p["w"] = self._param(wt)
            p["b"] = self._param(b) if b is not None else None
            p["stride"] = (o["stride_h"], o["stride_w"])
            p["dilation"] = (o["dilation_h"], o["dilation_w"])
            p["groups"] = groups
            p["pad"] = self._padding(o["padding"], ins[0], (kh, kw), p["stride"], p["dilation"])
            p["act"] = o["activation"]
            p["pointwise"] = (kh, kw) == (1, 1) and groups == 1 and p["stride"] == (1, 1) \
                and p["pad"] in (None, (0, 0, 0, 0))
            return ("conv", [ins[0]], out, p)
        if kind in ("ADD", "MUL", "SUB"):
            p["act"] = o["activation"]
            operands = []
            for i in ins[:2]:
                if i in self.consts:
                    c = self.consts[i]
                    if c.ndim == 4:
                        c = c.transpose(0, 3, 1, 2)
                    operands.append(("const", self._param(c)))
                else:
                    operands.append(("var", i))
            p["operands"] = operands
            return (kind.lower(), [], out, p)
        if kind == "PAD":
            pads = self._const(ins[1]).astype(np.int64).tolist()
            if len(pads) != 4 or pads[0] != [0, 0] or pads[3] != [0, 0]:
                raise ValueError("PAD only supported on H and W: %s" % pads)
            p["pad"] = (pads[2][0], pads[2][1], pads[1][0], pads[1][1])
            return ("pad", [ins[0]], out, p)
        if kind in ("MAX_POOL_2D", "AVERAGE_POOL_2D"):
            k = (o["filter_h"], o["filter_w"])
            p["k"] = k
            p["stride"] = (o["stride_h"], o["stride_w"])
            p["pad"] = self._padding(o["padding"], ins[0], k, p["stride"], (1, 1))
            p["act"] = o["activation"]
            return ("maxpool" if kind == "MAX_POOL_2D" else "avgpool", [ins[0]], out, p)
        if kind == "RESIZE_BILINEAR":
            size = self._const(ins[1]).astype(np.int64).tolist()
            if o["align_corners"]:
                p["mode"] = "align_corners"
            elif o["half_pixel_centers"]:
                p["mode"] = "half_pixel"
            else:
                p["mode"] = "legacy"
                in_shape = self._shape(ins[0])
                if size[0] % in_shape[1] or size[1] % in_shape[2]:
                    raise ValueError("legacy RESIZE_BILINEAR only for integer factors")
            p["size"] = (int(size[0]), int(size[1]))
            return ("resize", [ins[0]], out, p)
        if kind == "RESHAPE":
            p["in_rank"] = len(self._shape(ins[0]))
            p["shape"] = list(self._shape(out))
            return ("reshape", [ins[0]], out, p)
        if kind in ("LOGISTIC", "RELU", "RELU6", "TANH"):
            return (kind.lower(), [ins[0]], out, p)
        if kind == "PRELU":
            alpha = self._const(ins[1])
            if alpha.ndim == 3:           # [H, W, C] broadcast over NHWC
                alpha = alpha[None]
            if alpha.ndim == 4:
                alpha = alpha.transpose(0, 3, 1, 2)
            p["alpha"] = self._param(alpha)
            return ("prelu", [ins[0]], out, p)
        if kind == "DEPTH_TO_SPACE":
            p["bs"] = o["block_size"]
            return ("depth_to_space", [ins[0]], out, p)
        if kind == "CONCATENATION":
            rank = len(self._shape(out))
            p["axis"] = _nhwc_to_nchw_axis(o["axis"], rank)
            p["act"] = o["activation"]
            return ("concat", list(ins), out, p)
        raise NotImplementedError("TFLite operator %s is not supported" % kind)

    def _padding(self, padding, in_idx, k, stride, dilation):
        """(left, right, top, bottom) for F.pad, or None for VALID."""
        if padding == "VALID":
            return None
        shape = self._shape(in_idx)
        top, bottom = _same_pad(shape[1], k[0], stride[0], dilation[0])
        left, right = _same_pad(shape[2], k[1], stride[1], dilation[1])
        return (left, right, top, bottom)

    # ------------------------------------------------------------------
    @staticmethod
    def _act(x, act):
        # In place: x is always the fresh result of the operation the activation is fused into, and an
        # out-of-place clamp of a channels-last tensor is many times slower in libtorch 2.7.
        if act == "NONE":
            return x
        if act == "RELU":
            return torch.relu_(x)
        if act == "RELU6":
            return torch.clamp_(x, 0.0, 6.0)
        if act == "RELU_N1_TO_1":
            return torch.clamp_(x, -1.0, 1.0)
        if act == "TANH":
            return torch.tanh_(x)
        raise NotImplementedError("fused activation %s" % act)

    def forward(self, x):
        env = {self.input_index: x.permute(0, 3, 1, 2)}   # NHWC -> NCHW view, channels-last in memory
        for kind, ins, out, p in self.plan:
            a = env[ins[0]] if ins else None
            if kind == "conv":
                pad = p["pad"]
                padding = 0
                if pad is not None:
                    l, r, t, b = pad
                    if l == r and t == b:
                        padding = (t, l)
                    else:
                        a = F.pad(a, pad)
                w = getattr(self, p["w"])
                bias = getattr(self, p["b"]) if p["b"] is not None else None
                pp = [padding, padding] if isinstance(padding, int) else list(padding)
                if p["pointwise"]:
                    # A 1x1 convolution over channels-last data is a matrix product of its pixel rows. libtorch
                    # 2.7's oneDNN 1x1 kernel gets some of these shapes wrong (48 -> 39 channels at 64x64; 528 ->
                    # 144 at 8x8 on two threads); its matrix product does not.
                    n, c, h, ww = a.shape
                    rows = a.permute(0, 2, 3, 1).reshape(n * h * ww, c)
                    y = F.linear(rows, w.reshape(w.shape[0], c), bias)
                    y = y.reshape(n, h, ww, w.shape[0]).permute(0, 3, 1, 2)
                else:
                    y = torch.mkldnn_convolution(a, w, bias, pp, list(p["stride"]), list(p["dilation"]), p["groups"])
                y = self._act(y, p["act"])
            elif kind in ("add", "mul", "sub"):
                vals = [getattr(self, ref) if tag == "const" else env[ref]
                        for tag, ref in p["operands"]]
                if kind == "add":
                    y = vals[0] + vals[1]
                elif kind == "mul":
                    y = vals[0] * vals[1]
                else:
                    y = vals[0] - vals[1]
                y = self._act(y, p["act"])
            elif kind == "pad":
                y = F.pad(a, p["pad"])
            elif kind in ("maxpool", "avgpool"):
                if p["pad"] is not None:
                    if kind == "maxpool":
                        a = F.pad(a, p["pad"], value=float("-inf"))
                    else:
                        raise NotImplementedError("SAME AVERAGE_POOL_2D")
                if kind == "maxpool":
                    y = F.max_pool2d(a, p["k"], p["stride"])
                else:
                    y = F.avg_pool2d(a, p["k"], p["stride"])
                y = self._act(y, p["act"])
            elif kind == "resize":
                if p["mode"] == "align_corners":
                    y = F.interpolate(a, size=p["size"], mode="bilinear", align_corners=True)
                elif p["mode"] == "half_pixel":
                    # src = (dst + 0.5) * in/out - 0.5, edges clamped: identical
                    # to TFLite's half_pixel_centers=True, align_corners=False.
                    y = F.interpolate(a, size=p["size"], mode="bilinear", align_corners=False)
                else:
                    # legacy TF: src = dst * in/out, no half-pixel shift
                    fh = p["size"][0] // a.shape[2]
                    fw = p["size"][1] // a.shape[3]
                    a2 = F.pad(a, (0, 1, 0, 1), mode="replicate")
                    y = F.interpolate(a2, scale_factor=(fh, fw), mode="bilinear",
                                      align_corners=True)[:, :, :p["size"][0], :p["size"][1]]
            elif kind == "reshape":
                if p["in_rank"] == 4:
                    a = a.permute(0, 2, 3, 1)              # back to NHWC memory order
                y = a.reshape(p["shape"])
                if len(p["shape"]) == 4:
                    y = y.permute(0, 3, 1, 2)
            elif kind == "logistic":
                y = torch.sigmoid(a)
            elif kind == "relu":
                y = torch.relu(a)
            elif kind == "relu6":
                y = torch.clamp(a, 0.0, 6.0)
            elif kind == "tanh":
                y = torch.tanh(a)
            elif kind == "prelu":
                alpha = getattr(self, p["alpha"])
                y = torch.where(a >= 0, a, a * alpha)
            elif kind == "depth_to_space":
                # TFLite (NHWC, "DCR"): out[h*bs+i, w*bs+j, c] = in[h, w, (i*bs+j)*C + c]
                bs = p["bs"]
                n, c, h, w = a.shape
                oc = c // (bs * bs)
                y = a.reshape(n, bs, bs, oc, h, w).permute(0, 3, 4, 1, 5, 2)
                y = y.reshape(n, oc, h * bs, w * bs)
            elif kind == "concat":
                y = torch.cat([env[i] for i in ins], dim=p["axis"])
                y = self._act(y, p["act"])
            else:
                raise NotImplementedError(kind)
            env[out] = y
        outs = []
        for i in self.output_indices:
            y = env[i]
            if y.dim() == 4:
                y = y.permute(0, 2, 3, 1)                  # NCHW -> NHWC
            outs.append(y.contiguous())
        return tuple(outs)


# ----------------------------------------------------------------------
# Conversion and deterministic saving
# ----------------------------------------------------------------------

def build(model_path, kind):
    iface = INTERFACES[kind]
    model = tfl.Model(model_path)
    sg = model.subgraphs[0]
    in_shape = sg.tensors[sg.inputs[0]].shape
    if in_shape != iface["input"]:
        raise ValueError("input shape %s, expected %s" % (in_shape, iface["input"]))
    names = [n for n, _ in iface["outputs"]]
    module = TFLiteModule(model, names).eval()
    for (name, shape), idx in zip(iface["outputs"], module.output_indices):
        got = sg.tensors[idx].shape
        if got != shape:
            raise ValueError("output %s has shape %s, expected %s" % (name, got, shape))
    return module


def to_torchscript(module, in_shape):
    example = torch.zeros(in_shape, dtype=torch.float32)
    with torch.no_grad():
        traced = torch.jit.trace(module, example, check_trace=False)
        frozen = torch.jit.freeze(traced.eval())
    return frozen


def save_deterministic(script_module, path):
    """Save TorchScript with fixed archive name and no debug (source-range) records.

    torch.jit.save names the archive root after the output file and stores
    source ranges that point into this converter's absolute path; both would
    make the bytes depend on where the conversion ran.  The module is saved to
    memory and the zip is rewritten with a fixed root folder, sorted entries,
    fixed timestamps and the ``*.debug_pkl`` records dropped (they are
    optional for loading).  Tensor records stay 64-byte aligned as
    PyTorch's own writer does.
    """
    buf = io.BytesIO()
    torch.jit.save(script_module, buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    root = os.path.splitext(os.path.basename(path))[0]
    entries = []
    for info in src.infolist():
        name = info.filename
        if name.endswith(".debug_pkl"):
            continue
        rel = name.split("/", 1)[1] if "/" in name else name
        entries.append((rel, src.read(name)))
    # keep PyTorch's record order (version / data.pkl / code / constants / data)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        zf = zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED)
        for rel, data in entries:
            arcname = root + "/" + rel
            zi = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            # 64-byte alignment of every record's payload via the extra field
            header_len = 30 + len(arcname.encode("utf-8"))
            offset = f.tell()
            pad = (-(offset + header_len + 4)) % 64
            zi.extra = b"FB" + pad.to_bytes(2, "little") + b"Z" * pad
            zf.writestr(zi, data)
        zf.close()
    os.replace(tmp, path)


def convert(model_path, kind, out_path):
    torch.manual_seed(0)
    module = build(model_path, kind)
    scripted = to_torchscript(module, INTERFACES[kind]["input"])
    save_deterministic(scripted, out_path)
    # self-check: reload and compare with the eager module
    loaded = torch.jit.load(out_path)
    g = torch.Generator().manual_seed(1234)
    x = torch.rand(INTERFACES[kind]["input"], generator=g) * 2 - 1
    with torch.no_grad():
        ref = module(x)
        got = loaded(x)
    if len(got) != len(ref):
        raise RuntimeError("reloaded module returns %d outputs" % len(got))
    for (name, shape), r, o in zip(INTERFACES[kind]["outputs"], ref, got):
        if list(o.shape) != shape:
            raise RuntimeError("%s: reloaded shape %s != %s" % (name, list(o.shape), shape))
        d = (r - o).abs().max().item()
        if d > 1e-4 * max(1.0, r.abs().max().item()):
            raise RuntimeError("%s: reloaded module differs by %g" % (name, d))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p_list = sub.add_parser("list", help="print inputs, outputs and operator counts")
    p_list.add_argument("model")
    p_conv = sub.add_parser("convert", help="convert to frozen TorchScript")
    p_conv.add_argument("--kind", choices=sorted(INTERFACES), required=True)
    p_conv.add_argument("model")
    p_conv.add_argument("out")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    if args.cmd == "list":
        print(tfl.summary(tfl.Model(args.model)))
    else:
        convert(args.model, args.kind, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
