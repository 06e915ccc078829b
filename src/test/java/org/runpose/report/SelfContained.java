package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that an HTML page opens offline: nothing it shows is fetched from elsewhere. */
public final class SelfContained {
  private SelfContained() {}

  /** Asserts the page loads nothing and returns how many embedded images it holds. */
  public static int assertSelfContained(String html) {
    assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed");
    assertThat(Pattern.compile("url\\(").matcher(html).find()).as("no CSS url(...)").isFalse();
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).as("links stay beside the page").doesNotContain(":").doesNotStartWith("/");
    }
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (src.find()) {
      assertThat(src.group(1)).matches("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+");
      images++;
    }
    return images;
  }
}
