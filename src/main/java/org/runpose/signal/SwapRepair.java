package org.runpose.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.runpose.pose.BodyLandmark;

/**
 * Finds the frames where a pose model exchanged the left and right labels of a limb, by continuity of motion.
 *
 * <p>Method: per limb chain (all joints of a leg, or of an arm, together) and per frame, two hidden states: labels
 * as given, or exchanged. A Viterbi pass finds the state sequence of least cost, where the cost of a frame is the
 * squared distance, summed over the chain's joints on both sides, between where the joints are under that frame's
 * state and where constant velocity from the two frames before (under their states) puts them. Constant velocity
 * rather than nearest position because in a side view the legs cross twice a stride: at a crossing the nearest
 * neighbour is the other leg, but the other leg moves the opposite way, so an exchange there bends both paths
 * sharply. Whole chains rather than single joints because the joints of two legs never all meet at once, and a model
 * exchanges a limb, not a knee. Costs are divided by the median frame cost of the labels as given, which makes them
 * independent of image size, frame rate and the model's jitter, and capped at {@value #MAX_FRAME_COST}, so one
 * grossly wrong frame cannot outweigh the rest. Each change of state costs {@value #SWITCH_COST} typical frames, so
 * noise does not make a repair; time spent exchanged is priced too (one change of state per
 * {@value #EXCHANGE_HORIZON_SECONDS} s), so of two equally continuous labellings the one agreeing with the model
 * wins, and a slip is repaired where it happened rather than by exchanging the rest of the clip. Positions are raw
 * (before any filtering) and taken whatever their visibility: an occluded leg's guessed path is still continuous.
 *
 * <p>A sequence is cut where no pose was found for longer than the given step; each piece is solved on its own, and
 * pieces of fewer than three frames keep their labels. On synthetic runs at 24 to 240 fps with white noise up to 4 %
 * of the torso's length, every exchange (of 1 frame to half a second, starting anywhere or at a crossing) was
 * repaired exactly and no correct frame was touched (measured when a change of state cost 5; the tests' cases, at 30
 * and 60 fps, hold at {@value #SWITCH_COST} too).
 */
public final class SwapRepair {

  /**
   * Cost of a change of state, in median frame costs: a repair must explain more than noise. It sets the cap on a
   * frame's misfit and the price of time spent exchanged too (both below). Chosen on the tuning clips: at 5 and 6
   * the repair left unrepaired the stretches where the model labels the legs unsteadily on a treadmill runner filmed
   * by a phone (IMG5396) with a red line drawn down his body, as another program's posture line is (5 steps, taken
   * for slowed playback, against 17 without the line); from 7 to 8 they are repaired (15 steps, cadence 167 for 169)
   * and no tuning target is lost; from 9 the same clip without the line and a walker lose their steps. 7.5 is the
   * middle of that window. The synthetic exchanges of the tests (the class comment) are repaired at 5, 7.5 and 8.
   */
  static final double SWITCH_COST = 7.5;
  /**
   * Time in the exchanged state that costs as much as one change of state. Continuity alone cannot tell a
   * labelling from its mirror image, so without this price a one-frame slip near the end of a clip would be
   * "repaired" by exchanging every frame after it; with it, the model's own labels win over any stretch longer
   * than this that continuity does not demand.
   */
  static final double EXCHANGE_HORIZON_SECONDS = 0.25;
  /**
   * Most a frame's misfit counts, in median frame costs: two changes of state. Past that a frame is a gross error
   * of the model whichever way it is read (as when it puts both feet on the planted one while the legs pass), and
   * how gross says nothing about the labels. Unbounded, such a frame bought stretches of exchanged labels between
   * two of them; bounded, a real exchange still pays for its repair, as it spoils two frames where it begins and
   * two where it ends.
   */
  static final double MAX_FRAME_COST = 2 * SWITCH_COST;
  /** Least median frame cost, (0.01 px)^2: keeps the scale finite on noise-free, constant-velocity motion. */
  private static final double MIN_FRAME_COST_PX2 = 1e-4;

  private SwapRepair() {}

  /**
   * Per sample of {@code tracks}, whether the chain's left and right labels are exchanged and should be swapped
   * back.
   *
   * @param maxStepSeconds longest time between frames with a pose over which motion is still followed
   */
  public static boolean[] exchangedSamples(KeypointTracks tracks, LimbChain chain, double maxStepSeconds) {
    Positions c = Positions.of(tracks, chain);
    List<int[]> pieces = c.pieces(maxStepSeconds);
    double scale = c.medianFrameCost(pieces);
    boolean[] exchanged = new boolean[tracks.size()];
    for (int[] piece : pieces) {
      c.decode(piece, scale, exchanged);
    }
    return exchanged;
  }

  /** The chain's positions: {@code xPx[side][joint][sample]}, side 0 left, 1 right. */
  private record Positions(double[] timesSeconds, double[][][] xPx, double[][][] yPx) {

    static Positions of(KeypointTracks tracks, LimbChain chain) {
      List<List<BodyLandmark>> sides = List.of(chain.left(), chain.right());
      double[][][] x = new double[2][][];
      double[][][] y = new double[2][][];
      for (int side = 0; side < 2; side++) {
        x[side] = sides.get(side).stream().map(l -> tracks.x(l).values()).toArray(double[][]::new);
        y[side] = sides.get(side).stream().map(l -> tracks.y(l).values()).toArray(double[][]::new);
      }
      return new Positions(tracks.timesSeconds(), x, y);
    }

    /** Samples with every joint present, split where consecutive ones are more than {@code maxStep} apart. */
    List<int[]> pieces(double maxStepSeconds) {
      List<int[]> pieces = new ArrayList<>();
      List<Integer> current = new ArrayList<>();
      for (int i = 0; i < timesSeconds.length; i++) {
        if (!complete(i)) {
          continue;
        }
        if (!current.isEmpty()
            && timesSeconds[i] - timesSeconds[current.get(current.size() - 1)]
                > maxStepSeconds + Track.TIME_TOLERANCE_SECONDS) {
          pieces.add(current.stream().mapToInt(Integer::intValue).toArray());
          current.clear();
        }
        current.add(i);
      }
      if (!current.isEmpty()) {
        pieces.add(current.stream().mapToInt(Integer::intValue).toArray());
      }
      return pieces;
    }

    private boolean complete(int i) {
      for (int side = 0; side < 2; side++) {
        for (int joint = 0; joint < xPx[side].length; joint++) {
          if (Double.isNaN(xPx[side][joint][i]) || Double.isNaN(yPx[side][joint][i])) {
            return false;
          }
        }
      }
      return true;
    }

    /** Median cost of a frame under the labels as given, in px^2. */
    double medianFrameCost(List<int[]> pieces) {
      double[] costs = new double[timesSeconds.length];
      int n = 0;
      for (int[] p : pieces) {
        for (int k = 2; k < p.length; k++) {
          costs[n++] = cost(p[k - 2], p[k - 1], p[k], 0, 0, 0);
        }
      }
      return n == 0 ? MIN_FRAME_COST_PX2 : Math.max(MIN_FRAME_COST_PX2, Medians.median(costs, n));
    }

    /**
     * Squared distance, summed over the chain, of sample {@code k}'s positions from their constant-velocity
     * prediction from samples {@code i} and {@code j}, each sample read with its state (1 = exchanged).
     */
    double cost(int i, int j, int k, int si, int sj, int sk) {
      double ratio = (timesSeconds[k] - timesSeconds[j]) / (timesSeconds[j] - timesSeconds[i]);
      double sum = 0;
      for (int side = 0; side < 2; side++) {
        for (int joint = 0; joint < xPx[side].length; joint++) {
          double[] xi = xPx[side ^ si][joint];
          double[] xj = xPx[side ^ sj][joint];
          double[] yi = yPx[side ^ si][joint];
          double[] yj = yPx[side ^ sj][joint];
          double dx = xPx[side ^ sk][joint][k] - (xj[j] + (xj[j] - xi[i]) * ratio);
          double dy = yPx[side ^ sk][joint][k] - (yj[j] + (yj[j] - yi[i]) * ratio);
          sum += dx * dx + dy * dy;
        }
      }
      return sum;
    }

    /** Viterbi over states {@code 2 * previous + current}; marks the piece's exchanged samples. */
    void decode(int[] piece, double scale, boolean[] exchanged) {
      int n = piece.length;
      if (n < 3) {
        return;
      }
      double[] best = new double[4];
      for (int s = 0; s < 4; s++) {
        best[s] = exchangedCost(piece, 0) * (s >> 1) + stepCost(s >> 1, s & 1, exchangedCost(piece, 1));
      }
      byte[][] from = new byte[n][4];
      for (int k = 2; k < n; k++) {
        double[] next = new double[4];
        Arrays.fill(next, Double.POSITIVE_INFINITY);
        for (int s = 0; s < 4; s++) {
          int b = s >> 1;
          int c = s & 1;
          for (int a = 0; a < 2; a++) {
            double total =
                best[2 * a + b]
                    + Math.min(MAX_FRAME_COST, cost(piece[k - 2], piece[k - 1], piece[k], a, b, c) / scale)
                    + stepCost(b, c, exchangedCost(piece, k));
            if (total < next[s]) {
              next[s] = total;
              from[k][s] = (byte) a;
            }
          }
        }
        best = next;
      }
      int s = 0;
      for (int t = 1; t < 4; t++) {
        if (best[t] < best[s]) {
          s = t;
        }
      }
      int[] state = new int[n];
      state[n - 1] = s & 1;
      state[n - 2] = s >> 1;
      for (int k = n - 1; k >= 2; k--) {
        state[k - 2] = from[k][2 * state[k - 1] + state[k]];
      }
      for (int k = 0; k < n; k++) {
        exchanged[piece[k]] = state[k] == 1;
      }
    }

    private static double stepCost(int previous, int current, double exchangedCost) {
      return (previous != current ? SWITCH_COST : 0) + exchangedCost * current;
    }

    /** Price of sample {@code k} of a piece in the exchanged state, by the time it stands for. */
    private double exchangedCost(int[] piece, int k) {
      int a = piece[Math.max(0, k - 1)];
      int b = piece[Math.max(1, k)];
      return SWITCH_COST * (timesSeconds[b] - timesSeconds[a]) / EXCHANGE_HORIZON_SECONDS;
    }
  }
}
