"""Minimal, dependency-free reader for TensorFlow Lite flatbuffer models.

Only the parts of the TFLite schema (tensorflow/lite/schema/schema.fbs) that
runpose's model conversion needs are decoded:

  Model -> subgraphs -> tensors / operators / inputs / outputs
        -> buffers
        -> operator_codes (builtin_code and deprecated_builtin_code)

plus the builtin options of the operators that occur in the BlazePose graphs
and the sparsity parameters used by DENSIFY.  Field numbers below are the
declaration order of the fields in schema.fbs (a union field takes two slots:
its type byte, then its value).

Uses only the Python standard library and numpy.
"""

import struct

import numpy as np

# --------------------------------------------------------------------------
# Enums (values from schema.fbs)
# --------------------------------------------------------------------------

TENSOR_TYPES = {
    0: ("FLOAT32", np.float32),
    1: ("FLOAT16", np.float16),
    2: ("INT32", np.int32),
    3: ("UINT8", np.uint8),
    4: ("INT64", np.int64),
    5: ("STRING", None),
    6: ("BOOL", np.bool_),
    7: ("INT16", np.int16),
    8: ("COMPLEX64", np.complex64),
    9: ("INT8", np.int8),
    10: ("FLOAT64", np.float64),
}

BUILTIN_OPS = {
    0: "ADD", 1: "AVERAGE_POOL_2D", 2: "CONCATENATION", 3: "CONV_2D",
    4: "DEPTHWISE_CONV_2D", 5: "DEPTH_TO_SPACE", 6: "DEQUANTIZE",
    7: "EMBEDDING_LOOKUP", 8: "FLOOR", 9: "FULLY_CONNECTED",
    10: "HASHTABLE_LOOKUP", 11: "L2_NORMALIZATION", 12: "L2_POOL_2D",
    13: "LOCAL_RESPONSE_NORMALIZATION", 14: "LOGISTIC", 15: "LSH_PROJECTION",
    16: "LSTM", 17: "MAX_POOL_2D", 18: "MUL", 19: "RELU", 20: "RELU_N1_TO_1",
    21: "RELU6", 22: "RESHAPE", 23: "RESIZE_BILINEAR", 24: "RNN",
    25: "SOFTMAX", 26: "SPACE_TO_DEPTH", 27: "SVDF", 28: "TANH",
    29: "CONCAT_EMBEDDINGS", 30: "SKIP_GRAM", 31: "CALL", 32: "CUSTOM",
    33: "EMBEDDING_LOOKUP_SPARSE", 34: "PAD",
    35: "UNIDIRECTIONAL_SEQUENCE_RNN", 36: "GATHER", 37: "BATCH_TO_SPACE_ND",
    38: "SPACE_TO_BATCH_ND", 39: "TRANSPOSE", 40: "MEAN", 41: "SUB",
    42: "DIV", 43: "SQUEEZE", 44: "UNIDIRECTIONAL_SEQUENCE_LSTM",
    45: "STRIDED_SLICE", 46: "BIDIRECTIONAL_SEQUENCE_RNN", 47: "EXP",
    48: "TOPK_V2", 49: "SPLIT", 50: "LOG_SOFTMAX", 51: "DELEGATE",
    52: "BIDIRECTIONAL_SEQUENCE_LSTM", 53: "CAST", 54: "PRELU",
    55: "MAXIMUM", 56: "ARG_MAX", 57: "MINIMUM", 58: "LESS", 59: "NEG",
    60: "PADV2", 61: "GREATER", 62: "GREATER_EQUAL", 63: "LESS_EQUAL",
    64: "SELECT", 65: "SLICE", 66: "SIN", 67: "TRANSPOSE_CONV",
    68: "SPARSE_TO_DENSE", 69: "TILE", 70: "EXPAND_DIMS", 71: "EQUAL",
    72: "NOT_EQUAL", 73: "LOG", 74: "SUM", 75: "SQRT", 76: "RSQRT",
    77: "SHAPE", 78: "POW", 79: "ARG_MIN", 80: "FAKE_QUANT",
    81: "REDUCE_PROD", 82: "REDUCE_MAX", 83: "PACK", 84: "LOGICAL_OR",
    85: "ONE_HOT", 86: "LOGICAL_AND", 87: "LOGICAL_NOT", 88: "UNPACK",
    89: "REDUCE_MIN", 90: "FLOOR_DIV", 91: "REDUCE_ANY", 92: "SQUARE",
    93: "ZEROS_LIKE", 94: "FILL", 95: "FLOOR_MOD", 96: "RANGE",
    97: "RESIZE_NEAREST_NEIGHBOR", 98: "LEAKY_RELU", 99: "SQUARED_DIFFERENCE",
    100: "MIRROR_PAD", 101: "ABS", 102: "SPLIT_V", 103: "UNIQUE",
    104: "CEIL", 105: "REVERSE_V2", 106: "ADD_N", 107: "GATHER_ND",
    108: "COS", 109: "WHERE", 110: "RANK", 111: "ELU",
    112: "REVERSE_SEQUENCE", 113: "MATRIX_DIAG", 114: "QUANTIZE",
    115: "MATRIX_SET_DIAG", 116: "ROUND", 117: "HARD_SWISH", 118: "IF",
    119: "WHILE", 120: "NON_MAX_SUPPRESSION_V4",
    121: "NON_MAX_SUPPRESSION_V5", 122: "SCATTER_ND", 123: "SELECT_V2",
    124: "DENSIFY", 125: "SEGMENT_SUM", 126: "BATCH_MATMUL",
}

ACTIVATIONS = {0: "NONE", 1: "RELU", 2: "RELU_N1_TO_1", 3: "RELU6",
               4: "TANH", 5: "SIGN_BIT"}
PADDINGS = {0: "SAME", 1: "VALID"}
DIM_TYPES = {0: "DENSE", 1: "SPARSE_CSR"}


# --------------------------------------------------------------------------
# Flatbuffer primitives
# --------------------------------------------------------------------------

class Table:
    """A flatbuffer table located at absolute byte position ``pos``."""

    __slots__ = ("buf", "pos", "vtable", "vtable_len")

    def __init__(self, buf, pos):
        self.buf = buf
        self.pos = pos
        soffset = struct.unpack_from("<i", buf, pos)[0]
        self.vtable = pos - soffset
        self.vtable_len = struct.unpack_from("<H", buf, self.vtable)[0]

    def _field_pos(self, field):
        """Absolute position of field number ``field`` or None if absent."""
        entry = 4 + 2 * field
        if entry >= self.vtable_len:
            return None
        rel = struct.unpack_from("<H", self.buf, self.vtable + entry)[0]
        if rel == 0:
            return None
        return self.pos + rel

    def scalar(self, field, fmt, default=0):
        p = self._field_pos(field)
        if p is None:
            return default
        return struct.unpack_from("<" + fmt, self.buf, p)[0]

    def _indirect(self, field):
        p = self._field_pos(field)
        if p is None:
            return None
        return p + struct.unpack_from("<I", self.buf, p)[0]

    def table(self, field):
        p = self._indirect(field)
        return None if p is None else Table(self.buf, p)

    def string(self, field):
        p = self._indirect(field)
        if p is None:
            return None
        n = struct.unpack_from("<I", self.buf, p)[0]
        return bytes(self.buf[p + 4:p + 4 + n]).decode("utf-8")

    def vector_info(self, field):
        """(absolute start of the elements, length) or None."""
        p = self._indirect(field)
        if p is None:
            return None
        n = struct.unpack_from("<I", self.buf, p)[0]
        return p + 4, n

    def scalar_vector(self, field, dtype):
        info = self.vector_info(field)
        if info is None:
            return None
        start, n = info
        return np.frombuffer(self.buf, dtype=np.dtype(dtype).newbyteorder("<"),
                             count=n, offset=start).copy()

    def table_vector(self, field):
        info = self.vector_info(field)
        if info is None:
            return []
        start, n = info
        out = []
        for i in range(n):
            p = start + 4 * i
            out.append(Table(self.buf, p + struct.unpack_from("<I", self.buf, p)[0]))
        return out

    def union(self, type_field):
        """A union occupies two slots: type (ubyte) then value (offset)."""
        utype = self.scalar(type_field, "B", 0)
        if utype == 0:
            return 0, None
        return utype, self.table(type_field + 1)


# --------------------------------------------------------------------------
# Decoded schema objects
# --------------------------------------------------------------------------

class Sparsity:
    """SparsityParameters: traversal_order, block_map, dim_metadata."""

    def __init__(self, t):
        self.traversal_order = [int(v) for v in t.scalar_vector(0, np.int32)]
        bm = t.scalar_vector(1, np.int32)
        self.block_map = [] if bm is None else [int(v) for v in bm]
        self.dim_metadata = []
        for dm in t.table_vector(2):
            fmt = DIM_TYPES[dm.scalar(0, "b", 0)]
            entry = {"format": fmt, "dense_size": dm.scalar(1, "i", 0)}
            if fmt == "SPARSE_CSR":
                entry["array_segments"] = _index_vector(*dm.union(2))
                entry["array_indices"] = _index_vector(*dm.union(4))
            self.dim_metadata.append(entry)


def _index_vector(utype, table):
    # union SparseIndexVector { Int32Vector = 1, Uint16Vector = 2, Uint8Vector = 3 }
    # each is a table with a single field ``values``.
    dtype = {1: np.int32, 2: np.uint16, 3: np.uint8}.get(utype)
    if dtype is None or table is None:
        raise ValueError("unsupported SparseIndexVector type %d" % utype)
    return table.scalar_vector(0, dtype).astype(np.int64)


class Tensor:
    def __init__(self, index, t):
        self.index = index
        shape = t.scalar_vector(0, np.int32)
        self.shape = [] if shape is None else [int(v) for v in shape]
        self.type_code = t.scalar(1, "b", 0)
        self.type, self.np_dtype = TENSOR_TYPES[self.type_code]
        self.buffer = t.scalar(2, "I", 0)
        self.name = t.string(3) or ""
        q = t.table(4)
        self.quantized = False
        if q is not None:
            scale = q.scalar_vector(2, np.float32)
            self.quantized = scale is not None and len(scale) > 0
        sp = t.table(6)
        self.sparsity = Sparsity(sp) if sp is not None else None

    def __repr__(self):
        return "Tensor(%d, %r, %s, %s)" % (self.index, self.name, self.type, self.shape)


class Operator:
    def __init__(self, t, opcodes):
        self.opcode_index = t.scalar(0, "I", 0)
        self.op = opcodes[self.opcode_index]
        ins = t.scalar_vector(1, np.int32)
        outs = t.scalar_vector(2, np.int32)
        self.inputs = [] if ins is None else [int(v) for v in ins]
        self.outputs = [] if outs is None else [int(v) for v in outs]
        self.options_type, opt = t.union(3)
        self.options = _decode_options(self.op, opt)


def _act(t, field):
    return ACTIVATIONS[t.scalar(field, "b", 0)] if t is not None else "NONE"


def _decode_options(op, t):
    """Builtin options of the operators runpose's converter understands."""
    if op == "CONV_2D":
        return {"padding": PADDINGS[t.scalar(0, "b", 0)],
                "stride_w": t.scalar(1, "i", 0), "stride_h": t.scalar(2, "i", 0),
                "activation": _act(t, 3),
                "dilation_w": t.scalar(4, "i", 1), "dilation_h": t.scalar(5, "i", 1)}
    if op == "DEPTHWISE_CONV_2D":
        return {"padding": PADDINGS[t.scalar(0, "b", 0)],
                "stride_w": t.scalar(1, "i", 0), "stride_h": t.scalar(2, "i", 0),
                "depth_multiplier": t.scalar(3, "i", 0),
                "activation": _act(t, 4),
                "dilation_w": t.scalar(5, "i", 1), "dilation_h": t.scalar(6, "i", 1)}
    if op in ("MAX_POOL_2D", "AVERAGE_POOL_2D"):
        return {"padding": PADDINGS[t.scalar(0, "b", 0)],
                "stride_w": t.scalar(1, "i", 0), "stride_h": t.scalar(2, "i", 0),
                "filter_w": t.scalar(3, "i", 0), "filter_h": t.scalar(4, "i", 0),
                "activation": _act(t, 5)}
    if op in ("ADD", "MUL", "SUB", "DIV", "FULLY_CONNECTED"):
        return {"activation": _act(t, 0)}
    if op == "CONCATENATION":
        return {"axis": t.scalar(0, "i", 0) if t is not None else 0,
                "activation": _act(t, 1)}
    if op == "RESHAPE":
        ns = t.scalar_vector(0, np.int32) if t is not None else None
        return {"new_shape": None if ns is None else [int(v) for v in ns]}
    if op == "RESIZE_BILINEAR":
        # fields 0/1 (new_height/new_width) are deprecated
        return {"align_corners": bool(t.scalar(2, "B", 0)) if t is not None else False,
                "half_pixel_centers": bool(t.scalar(3, "B", 0)) if t is not None else False}
    if op == "DEPTH_TO_SPACE":
        return {"block_size": t.scalar(0, "i", 0)}
    if op == "LEAKY_RELU":
        return {"alpha": t.scalar(0, "f", 0.0)}
    return {}


class SubGraph:
    def __init__(self, t, opcodes):
        self.tensors = [Tensor(i, tt) for i, tt in enumerate(t.table_vector(0))]
        self.inputs = [int(v) for v in t.scalar_vector(1, np.int32)]
        self.outputs = [int(v) for v in t.scalar_vector(2, np.int32)]
        self.operators = [Operator(o, opcodes) for o in t.table_vector(3)]
        self.name = t.string(4) or ""


class Model:
    """A decoded TFLite model.  ``Model(path)`` or ``Model.from_bytes(b)``."""

    def __init__(self, path=None, data=None):
        if data is None:
            with open(path, "rb") as f:
                data = f.read()
        self.data = data
        if data[4:8] != b"TFL3":
            raise ValueError("not a TFLite flatbuffer (identifier %r)" % data[4:8])
        root = Table(data, struct.unpack_from("<I", data, 0)[0])
        self.version = root.scalar(0, "I", 0)
        self.opcodes = []
        for oc in root.table_vector(1):
            deprecated = oc.scalar(0, "b", 0)
            builtin = oc.scalar(3, "i", 0)
            # builtin_code was added later; old writers fill only the
            # deprecated byte, new ones cap it at 127 (PLACEHOLDER).
            code = max(deprecated, builtin)
            name = BUILTIN_OPS.get(code, "UNKNOWN_%d" % code)
            if name == "CUSTOM":
                name = "CUSTOM:" + (oc.string(1) or "")
            self.opcodes.append(name)
        self.subgraphs = [SubGraph(s, self.opcodes) for s in root.table_vector(2)]
        self.description = root.string(3)
        self._buffers = root.table_vector(4)

    def buffer_bytes(self, index):
        """Raw bytes of buffer ``index`` (empty for activation tensors)."""
        b = self._buffers[index]
        info = b.vector_info(0)
        if info is not None and info[1] > 0:
            start, n = info
            return self.data[start:start + n]
        offset = b.scalar(1, "Q", 0)  # large models keep data after the flatbuffer
        size = b.scalar(2, "Q", 0)
        if offset > 1 and size > 0:
            return self.data[offset:offset + size]
        return b""

    def tensor_data(self, tensor):
        """Constant contents of ``tensor`` as a numpy array, or None."""
        raw = self.buffer_bytes(tensor.buffer)
        if not raw:
            return None
        dtype = np.dtype(tensor.np_dtype).newbyteorder("<")
        arr = np.frombuffer(raw, dtype=dtype).copy()
        if tensor.sparsity is None:
            arr = arr.reshape(tensor.shape)
        return arr


def densify(values, shape, sparsity):
    """Expand a TFLite sparse constant (format of DENSIFY) into a dense array.

    ``values`` are the stored non-zero values in traversal order.  The
    traversal order covers the original dimensions, followed by the block
    dimensions when ``block_map`` is present; dim_metadata gives for each
    traversed dimension either DENSE (dense_size) or SPARSE_CSR
    (array_segments / array_indices).
    """
    order = sparsity.traversal_order
    block_map = sparsity.block_map
    meta = sparsity.dim_metadata
    rank = len(shape)
    n_trav = len(order)
    if len(meta) != n_trav:
        raise ValueError("dim_metadata length does not match traversal_order")
    # block sizes of the blocked original dimensions
    block_size = {}
    for k, orig_dim in enumerate(block_map):
        block_size[orig_dim] = meta[rank + k]["dense_size"]

    dense = np.zeros(shape, dtype=values.dtype)
    # expanded coordinates: index t in traversal list -> coordinate of
    # expanded dim order[t]; expanded dims 0..rank-1 are (possibly blocked)
    # original dims, rank.. are the intra-block dims of block_map entries.
    coords = [0] * n_trav
    counter = [0]

    def emit():
        expanded = [0] * n_trav
        for t in range(n_trav):
            expanded[order[t]] = coords[t]
        orig = []
        for d in range(rank):
            c = expanded[d]
            if d in block_size:
                k = block_map.index(d)
                c = c * block_size[d] + expanded[rank + k]
            orig.append(c)
        dense[tuple(orig)] = values[counter[0]]
        counter[0] += 1

    def walk(level, prev_pos):
        if level == n_trav:
            emit()
            return
        m = meta[level]
        if m["format"] == "DENSE":
            size = m["dense_size"]
            for i in range(size):
                coords[level] = i
                walk(level + 1, prev_pos * size + i)
        else:
            seg = m["array_segments"]
            idx = m["array_indices"]
            for pos in range(int(seg[prev_pos]), int(seg[prev_pos + 1])):
                coords[level] = int(idx[pos])
                walk(level + 1, pos)

    walk(0, 0)
    if counter[0] != len(values):
        raise ValueError("densify consumed %d of %d values" % (counter[0], len(values)))
    return dense


def summary(model):
    """Human-readable dump (used by ``tflite2torch.py --list``)."""
    lines = []
    for si, sg in enumerate(model.subgraphs):
        lines.append("subgraph %d %r: %d tensors, %d operators"
                     % (si, sg.name, len(sg.tensors), len(sg.operators)))
        for i in sg.inputs:
            t = sg.tensors[i]
            lines.append("  input  %d %-28s %s %s" % (i, t.name, t.type, t.shape))
        for i in sg.outputs:
            t = sg.tensors[i]
            lines.append("  output %d %-28s %s %s" % (i, t.name, t.type, t.shape))
        counts = {}
        for op in sg.operators:
            counts[op.op] = counts.get(op.op, 0) + 1
        for name in sorted(counts):
            lines.append("  op %-22s x%d" % (name, counts[name]))
    return "\n".join(lines)
