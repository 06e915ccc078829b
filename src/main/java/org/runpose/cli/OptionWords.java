package org.runpose.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting's own check, worded for the command line: the settings' records name their fields (cutoffHz), the user
 * typed an option (--cutoff), and Java writes 0.0001 as 1.0E-4.
 */
final class OptionWords {
  private OptionWords() {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  /** {@code message} with each field named by its option, and its numbers as typed. */
  static String of(String message, Map<String, String> options) {
    String m = message;
    for (Map.Entry<String, String> e : options.entrySet()) {
      m = m.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    Matcher n = NUMBER.matcher(m);
    StringBuilder b = new StringBuilder();
    while (n.find()) {
      n.appendReplacement(b, new BigDecimal(n.group()).stripTrailingZeros().toPlainString());
    }
    return n.appendTail(b).toString();
  }
}
