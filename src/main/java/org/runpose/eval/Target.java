package org.runpose.eval;

/**
 * An accuracy goal and whether this run reached it.
 *
 * @param name what is measured
 * @param requirement the goal, in words
 * @param result what this run got (worst case and where)
 * @param met whether the goal was reached; null when no clip could show it
 */
public record Target(String name, String requirement, String result, Boolean met) {
  public Target {
    if (name == null || requirement == null || result == null) {
      throw new IllegalArgumentException("name, requirement and result are required");
    }
  }
}
