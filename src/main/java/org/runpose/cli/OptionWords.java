package org.runpose.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting's own check, worded for the command line: the settings' records name their fields (cutoffHz), the user
 * typed an option (--cutoff), and Java writes 0.0001 as 1.0E-4 and 45 as 45.0.
 */
final class OptionWords {
  private OptionWords() {}

  /** A number standing alone (not part of a path, a version or a date), as Double.toString writes one. */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+\\.\\d+(E-?\\d+)?(?![\\w.]*\\w)");

  private static final int MAX_PLAIN_EXPONENT = 6;

  /** {@code message} with each field named by its option, and Java's 1.0E-4 and 45.0 as 0.0001 and 45. */
  static String of(String message, Map<String, String> options) {
    String m = message;
    for (Map.Entry<String, String> e : options.entrySet()) {
      m = m.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    Matcher n = NUMBER.matcher(m);
    StringBuilder b = new StringBuilder();
    while (n.find()) {
      String number = n.group();
      // A huge or tiny one stays in Java's notation: written out it would be a line of zeros.
      boolean plain = n.group(1) != null ? Math.abs(Integer.parseInt(n.group(1).substring(1))) <= MAX_PLAIN_EXPONENT
          : number.endsWith(".0");
      n.appendReplacement(b, plain ? new BigDecimal(number).stripTrailingZeros().toPlainString() : number);
    }
    return n.appendTail(b).toString();
  }
}
