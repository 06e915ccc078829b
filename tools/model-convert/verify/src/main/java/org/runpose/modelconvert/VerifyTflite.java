package org.runpose.modelconvert;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the original TFLite models on the inputs written by {@code make_verify_data.py} and
 * compares every output with the TorchScript output stored beside it.
 *
 * <p>Usage: {@code VerifyTflite DATA_DIR [TOLERANCE_SCALE]}. DATA_DIR holds one folder per model
 * (see make_verify_data.py). For each output the maximum absolute difference over all cases and
 * the value range of the TFLite result are printed; the TFLite outputs are written beside the
 * inputs as {@code <case>.<output>.tflite.f32}. Exits with status 1 when a difference is larger
 * than {@code 1e-3 * max(1, max |value|)} times TOLERANCE_SCALE (default 1).
 */
public final class VerifyTflite {

    private VerifyTflite() {}

    /** Passes a single input through and returns the raw outputs; no batch dimension added. */
    private static final class RawTranslator implements Translator<float[], float[][]> {
        private final Shape inputShape;

        RawTranslator(Shape inputShape) {
            this.inputShape = inputShape;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, float[] input) {
            return new NDList(ctx.getNDManager().create(input, inputShape));
        }

        @Override
        public float[][] processOutput(TranslatorContext ctx, NDList list) {
            float[][] out = new float[list.size()][];
            for (int i = 0; i < list.size(); i++) {
                out[i] = list.get(i).toFloatArray();
            }
            return out;
        }

        @Override
        public Batchifier getBatchifier() {
            return null;
        }
    }

    private record Output(String name, long[] shape) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: VerifyTflite DATA_DIR [TOLERANCE_SCALE]");
            System.exit(2);
        }
        Path dataDir = Paths.get(args[0]);
        double tolScale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        List<Path> modelDirs;
        try (Stream<Path> s = Files.list(dataDir)) {
            modelDirs = s.filter(p -> Files.exists(p.resolve("meta.txt"))).sorted().toList();
        }
        if (modelDirs.isEmpty()) {
            System.err.println("no model folders with meta.txt in " + dataDir);
            System.exit(2);
        }
        boolean ok = true;
        for (Path dir : modelDirs) {
            ok &= verifyModel(dir, tolScale);
        }
        System.out.println(ok ? "RESULT: all outputs within tolerance" : "RESULT: FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean verifyModel(Path dir, double tolScale) throws Exception {
        String tflite = null;
        long[] inputShape = null;
        List<Output> outputs = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("meta.txt"))) {
            String[] f = line.trim().split(" ");
            switch (f[0]) {
                case "tflite" -> tflite = f[1];
                case "input" -> inputShape = parseShape(f[1]);
                case "output" -> outputs.add(new Output(f[1], parseShape(f[2])));
                case "case" -> cases.add(f[1]);
                default -> { }
            }
        }
        if (tflite == null || inputShape == null) {
            throw new IOException("incomplete meta.txt in " + dir);
        }
        Path modelPath = Paths.get(tflite);
        System.out.printf(Locale.ROOT, "== %s (%s)%n", dir.getFileName(), modelPath.getFileName());

        double[] maxDiff = new double[outputs.size()];
        double[] maxAbs = new double[outputs.size()];
        double[] lo = new double[outputs.size()];
        double[] hi = new double[outputs.size()];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);

        try (Model model = Model.newInstance(dir.getFileName().toString(), "TFLite")) {
            model.load(modelPath.getParent(), modelPath.getFileName().toString());
            try (Predictor<float[], float[][]> predictor =
                    model.newPredictor(new RawTranslator(new Shape(inputShape)))) {
                for (String c : cases) {
                    float[] input = readFloats(dir.resolve(c + ".input.f32"));
                    float[][] result = predictor.predict(input);
                    if (result.length != outputs.size()) {
                        throw new IllegalStateException(
                                "TFLite returned " + result.length + " outputs, expected "
                                        + outputs.size());
                    }
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s", c));
                    for (int i = 0; i < outputs.size(); i++) {
                        Output o = outputs.get(i);
                        float[] ref = result[i];
                        float[] pt = readFloats(dir.resolve(c + "." + o.name() + ".f32"));
                        if (ref.length != pt.length || ref.length != numel(o.shape())) {
                            throw new IllegalStateException(String.format(
                                    "%s %s: %d TFLite values, %d TorchScript values, shape %s",
                                    c, o.name(), ref.length, pt.length,
                                    Arrays.toString(o.shape())));
                        }
                        writeFloats(dir.resolve(c + "." + o.name() + ".tflite.f32"), ref);
                        double d = 0;
                        for (int k = 0; k < ref.length; k++) {
                            d = Math.max(d, Math.abs((double) ref[k] - pt[k]));
                            maxAbs[i] = Math.max(maxAbs[i], Math.abs(ref[k]));
                            lo[i] = Math.min(lo[i], ref[k]);
                            hi[i] = Math.max(hi[i], ref[k]);
                        }
                        maxDiff[i] = Math.max(maxDiff[i], d);
                        line.append(String.format(Locale.ROOT, "  %s=%.3g", o.name(), d));
                    }
                    System.out.println(line);
                }
            }
        }
        boolean ok = true;
        for (int i = 0; i < outputs.size(); i++) {
            Output o = outputs.get(i);
            double tol = 1e-3 * Math.max(1.0, maxAbs[i]) * tolScale;
            boolean pass = maxDiff[i] <= tol;
            ok &= pass;
            System.out.printf(Locale.ROOT,
                    "  %-10s %-16s max|diff| %.3e  (TFLite range [%.4g, %.4g], tol %.1e) %s%n",
                    o.name(), Arrays.toString(o.shape()), maxDiff[i], lo[i], hi[i], tol,
                    pass ? "OK" : "TOO LARGE");
        }
        return ok;
    }

    private static long[] parseShape(String s) {
        return Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private static float[] readFloats(Path p) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bb.remaining() / 4];
        bb.asFloatBuffer().get(out);
        return out;
    }

    private static void writeFloats(Path p, float[] v) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bb.asFloatBuffer().put(v);
        Files.write(p, bb.array());
    }
}
