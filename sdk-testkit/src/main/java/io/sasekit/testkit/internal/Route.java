package io.sasekit.testkit.internal;

import io.sasekit.core.operation.OperationSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a mounted registry, compiled for matching: the full path (mount prefix plus
 * template) as a regex with one group per {@code {param}}, and how specific it is (literal
 * characters), so {@code /rules/{id}:move} wins over {@code /rules/{id}}.
 */
public final class Route {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private final ApiMount mount;
  private final OperationSpec spec;
  private final OperationKind kind;
  private final Pattern pattern;
  private final List<String> names;
  private final int literalChars;

  /** Compiles the route. */
  public Route(ApiMount mount, OperationSpec spec, OperationKind kind) {
    this.mount = mount;
    this.spec = spec;
    this.kind = kind;
    String template = mount.prefix() + spec.pathTemplate();
    StringBuilder re = new StringBuilder("^");
    List<String> n = new ArrayList<>();
    Matcher m = PARAM.matcher(template);
    int last = 0;
    int literal = 0;
    while (m.find()) {
      String lit = template.substring(last, m.start());
      literal += lit.length();
      re.append(Pattern.quote(lit)).append("([^/]+?)");
      n.add(m.group(1));
      last = m.end();
    }
    String tail = template.substring(last);
    literal += tail.length();
    re.append(Pattern.quote(tail)).append('$');
    this.pattern = Pattern.compile(re.toString());
    this.names = List.copyOf(n);
    this.literalChars = literal;
  }

  /** The path parameters if the raw path matches, else {@code null}. */
  public Map<String, String> match(String rawPath) {
    Matcher m = pattern.matcher(rawPath);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), SimRequest.decodeSegment(m.group(i + 1)));
    }
    return Collections.unmodifiableMap(values);
  }

  /** The mount this route belongs to. */
  public ApiMount mount() {
    return mount;
  }

  /** The operation. */
  public OperationSpec spec() {
    return spec;
  }

  /** What the simulator does for it. */
  public OperationKind kind() {
    return kind;
  }

  /** Literal characters in the template: higher is more specific. */
  public int specificity() {
    return literalChars;
  }

  @Override
  public String toString() {
    return kind + " " + spec;
  }
}
