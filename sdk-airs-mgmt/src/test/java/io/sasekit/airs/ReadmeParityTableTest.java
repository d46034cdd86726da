package io.sasekit.airs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root README's AIRS management section (quick starts are compiled by consumer-test; the
 * "What is specific" notes and the parity table are prose) names only Java that exists: every
 * {@code client.<accessor>().<method>(} is a method of that service, and every request, list and
 * params type it names ({@code ...Params}, {@code ...Request}, {@code ...List}) is a generated class.
 */
class ReadmeParityTableTest {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern CALL = Pattern.compile("client\\.(\\w+)\\(\\)\\.(\\w+)\\(");
  private static final Pattern TYPE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*(?:Params|Request|List))\\b");

  /** The README text from the heading of the AIRS management section to the next {@code ## } heading. */
  private static String airsMgmtSection() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme);
    int start = text.indexOf("## Prisma AIRS management API");
    assertThat(start).as("README has the AIRS management section").isNotNegative();
    int end = text.indexOf("\n## ", start + 3);
    String section = end < 0 ? text.substring(start) : text.substring(start, end);
    return section.replaceAll("(?s)```.*?```", ""); // the fenced snippets are compiled by consumer-test
  }

  private static List<String> codeSpans(String section) {
    List<String> out = new ArrayList<>();
    Matcher m = CODE.matcher(section);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyServiceMethodTheSectionNamesExists() throws Exception {
    Set<String> missing = new LinkedHashSet<>();
    int calls = 0;
    for (String code : codeSpans(airsMgmtSection())) {
      Matcher m = CALL.matcher(code);
      while (m.find()) {
        calls++;
        Method accessor;
        try {
          accessor = AirsMgmtClient.class.getMethod(m.group(1));
        } catch (NoSuchMethodException e) {
          missing.add("client." + m.group(1) + "()");
          continue;
        }
        String name = m.group(2);
        if (Arrays.stream(accessor.getReturnType().getMethods()).noneMatch(x -> x.getName().equals(name))) {
          missing.add("client." + m.group(1) + "()." + name);
        }
      }
    }
    assertThat(calls).as("the section names service calls").isPositive();
    assertThat(missing).as("README calls that do not exist").isEmpty();
  }

  @Test
  void everyParamsRequestAndListTypeTheSectionNamesExists() throws Exception {
    Set<String> missing = new LinkedHashSet<>();
    Set<String> found = new LinkedHashSet<>();
    for (String code : codeSpans(airsMgmtSection())) {
      Matcher m = TYPE.matcher(code);
      while (m.find()) {
        String type = m.group(1);
        if (exists("io.sasekit.airs.models." + type) || exists("io.sasekit.airs.params." + type)) {
          found.add(type);
        } else {
          missing.add(type);
        }
      }
    }
    assertThat(found).as("the section names generated types").isNotEmpty();
    assertThat(missing).as("README types that are not generated").isEmpty();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
