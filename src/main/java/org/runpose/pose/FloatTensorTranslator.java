package org.runpose.pose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Passes one float tensor of a fixed shape in and every output tensor back as a flat float array. No batchifier:
 * the TorchScript models already carry their batch dimension.
 */
final class FloatTensorTranslator implements NoBatchifyTranslator<float[], float[][]> {

  private final Shape inputShape;

  FloatTensorTranslator(long... inputShape) {
    this.inputShape = new Shape(inputShape);
  }

  @Override
  public NDList processInput(TranslatorContext ctx, float[] input) {
    if (input.length != inputShape.size()) {
      throw new IllegalArgumentException("input has " + input.length + " values, expected " + inputShape);
    }
    return new NDList(ctx.getNDManager().create(input, inputShape));
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
    float[][] out = new float[outputs.size()][];
    for (int i = 0; i < out.length; i++) {
      NDArray array = outputs.get(i);
      out[i] = array.toFloatArray();
    }
    return out;
  }
}
