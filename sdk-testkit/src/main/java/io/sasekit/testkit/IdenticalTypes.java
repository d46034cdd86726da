package io.sasekit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds generated model and enum classes that are structurally identical and share a simple name,
 * for a test that keeps the generator's merge of identical types working (issue 11): such classes
 * describe the same thing and should be one type. Read from the generated sources of a models
 * package, not from the generator, so a regression of the generator shows.
 *
 * <p>A class that is a structural copy of a top-level model whose name its simple name ends with
 * ({@code EthernetInterface.Layer3.DdnsConfig}, {@code Layer3DdnsConfig} or {@code InterfaceDdnsConfig}
 * against {@code DdnsConfig}) is counted in that model's group: it should be a reference to the model.
 * Among several such models the shortest name is the group's.
 *
 * <p>The structure of a model is its getters sorted by JSON member (JSON member, Java name, return type with a
 * generated nested type replaced by its own structure, the {@code Constraints:} line of the
 * getter's Javadoc), its secret members and the exactly-one lines of its class Javadoc (alternatives
 * in any order); that of an
 * enum its constants in order. Descriptions do not count.
 */
public final class IdenticalTypes {
  private static final Pattern CLASS =
      Pattern.compile("^( *)public (?:static )?(?:final )?class (\\w+)(?: extends (\\S+))?(?: implements (\\S+))? \\{$");
  private static final Pattern GETTER = Pattern.compile("^ *public (.+) (\\w+)\\(\\) \\{$");
  private static final Pattern MEMBER = Pattern.compile("^ *return (member|optionalMember|listMember)\\(\"(.*)\"\\);$");
  private static final Pattern CONSTANT = Pattern.compile("^ *public static final (\\w+) (\\w+) = new \\1\\((\".*\"), (true|false)\\);$");
  private static final Pattern SUPER = Pattern.compile("^ *super\\(b(.*)\\);$");
  private static final Pattern TYPE_NAME = Pattern.compile("(?:[a-z]\\w*\\.)*[A-Z]\\w*(?:\\.[A-Z]\\w*)*");

  /** One parsed class: its dotted name within the package and the raw parts of its structure. */
  private static final class Type {
    final String name;
    boolean model;
    final List<String[]> getters = new ArrayList<>();
    final List<String> parts = new ArrayList<>();

    Type(String name) {
      this.name = name;
    }
  }

  private final Map<String, Type> types = new LinkedHashMap<>();
  private final Map<String, String> signatures = new HashMap<>();
  /** The package of the sources followed by a dot: stripped from fully qualified names. */
  private String qualifiedPrefix = "";

  private IdenticalTypes() {}

  /**
   * The groups of structurally identical classes with the same simple name among the models and
   * enums of a generated models package; a model whose simple name ends with the name of a
   * top-level model of its structure is in that model's group.
   *
   * @param modelsDir the folder of the generated models package (e.g.
   *     {@code target/generated-sources/sasekit/io/sasekit/scm/models})
   * @return one line per group, naming its classes (dotted within the package), sorted; empty when
   *     no two classes are identical
   * @throws IllegalStateException when the folder holds no generated source
   */
  public static List<String> groups(Path modelsDir) {
    IdenticalTypes it = new IdenticalTypes();
    try (Stream<Path> files = Files.list(modelsDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        it.read(Files.readAllLines(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the generated sources in " + modelsDir, e);
    }
    if (it.types.isEmpty()) {
      throw new IllegalStateException("no generated model in " + modelsDir.toAbsolutePath());
    }
    Map<String, List<String>> topLevelModels = new HashMap<>();
    for (Type t : it.types.values()) {
      if (t.model && t.name.indexOf('.') < 0) {
        topLevelModels.computeIfAbsent(it.signature(t.name), k -> new ArrayList<>()).add(t.name);
      }
    }
    Map<String, List<String>> bySignature = new TreeMap<>();
    for (Type t : it.types.values()) {
      String signature = it.signature(t.name);
      String key = t.name.substring(t.name.lastIndexOf('.') + 1);
      if (t.model) {
        for (String named : topLevelModels.getOrDefault(signature, List.of())) {
          if (key.endsWith(named) && named.length() < key.length()) {
            key = named;
          }
        }
      }
      bySignature.computeIfAbsent(key + " " + signature, k -> new ArrayList<>()).add(t.name);
    }
    List<String> out = new ArrayList<>();
    for (List<String> g : bySignature.values()) {
      if (g.size() > 1) {
        out.add(String.join(", ", g));
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The number of classes the groups of {@link #groups} hold beyond one per group (what a merge
   * would remove).
   *
   * @param groups lines of {@link #groups}
   * @return the redundant classes
   */
  public static int redundant(List<String> groups) {
    return groups.stream().mapToInt(g -> g.split(", ").length - 1).sum();
  }

  private void read(List<String> lines) {
    List<Type> stack = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    List<String> javadoc = new ArrayList<>();
    List<String> lastDoc = List.of();
    String packageLine = lines.stream().filter(l -> l.startsWith("package ")).findFirst().orElse("package ;");
    String pkg = packageLine.substring("package ".length(), packageLine.length() - 1);
    boolean inDoc = false;
    String[] pendingGetter = null;
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.startsWith("/**")) {
        inDoc = true;
        javadoc = new ArrayList<>();
        continue;
      }
      if (inDoc) {
        if (trimmed.startsWith("*/")) {
          inDoc = false;
          lastDoc = javadoc;
        } else {
          String text = trimmed.startsWith("*") ? trimmed.substring(1).strip() : trimmed;
          javadoc.add(text.startsWith("<p>") ? text.substring("<p>".length()) : text);
        }
        continue;
      }
      Matcher c = CLASS.matcher(line);
      if (c.matches()) {
        String simple = c.group(2);
        String owner = stack.isEmpty() ? "" : stack.get(stack.size() - 1).name + ".";
        boolean kept = !"Builder".equals(simple)
            && ("JsonModel".equals(c.group(3)) || "OpenEnum".equals(c.group(4)));
        Type t = new Type(owner + simple);
        if (kept) {
          t.model = "JsonModel".equals(c.group(3));
          lastDoc.stream().filter(d -> d.startsWith("Exactly one of")).forEach(d -> t.parts.add("[" + unordered(d) + "]"));
          types.put(t.name, t);
        }
        stack.add(t);
        indents.add(c.group(1).length());
        lastDoc = List.of();
        pendingGetter = null;
        continue;
      }
      if (!stack.isEmpty() && line.equals(" ".repeat(indents.get(indents.size() - 1)) + "}")) {
        stack.remove(stack.size() - 1);
        indents.remove(indents.size() - 1);
        continue;
      }
      if (stack.isEmpty()) {
        continue;
      }
      Type t = stack.get(stack.size() - 1);
      Matcher g = GETTER.matcher(line);
      if (g.matches() && !line.contains(" static ")) {
        String constraints = lastDoc.stream().filter(d -> d.startsWith("Constraints:")).findFirst().orElse("");
        pendingGetter = new String[] {null, g.group(2), g.group(1), constraints};
        lastDoc = List.of();
        continue;
      }
      Matcher m = MEMBER.matcher(line);
      if (m.matches() && pendingGetter != null) {
        pendingGetter[0] = m.group(2);
        t.getters.add(pendingGetter);
        pendingGetter = null;
        continue;
      }
      Matcher k = CONSTANT.matcher(line);
      if (k.matches() && t.name.endsWith(k.group(1))) {
        t.parts.add("=" + k.group(2) + k.group(3));
        continue;
      }
      Matcher s = SUPER.matcher(line);
      if (s.matches() && !s.group(1).isEmpty()) {
        t.parts.add("secret" + s.group(1));
      }
    }
    if (!pkg.isEmpty()) {
      qualifiedPrefix = pkg + ".";
    }
  }

  /** An exactly-one line with its alternatives sorted (their order does not change the class). */
  private static String unordered(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line;
    }
    List<String> items = new ArrayList<>(List.of(line.substring(colon + 2).replaceAll("\\.$", "").split(",\\s(?![^\\[]*\\])")));
    items.sort(null);
    return line.substring(0, colon) + ": " + String.join(", ", items);
  }

  /** The structure of a class: its parts, with generated nested types replaced by their structure. */
  private String signature(String name) {
    String known = signatures.get(name);
    if (known != null) {
      return known;
    }
    Type t = types.get(name);
    StringBuilder sig = new StringBuilder();
    List<String[]> getters = new ArrayList<>(t.getters);
    getters.sort((a, b) -> a[0].compareTo(b[0]));
    for (String[] getter : getters) {
      sig.append('{').append(getter[0]).append('|').append(getter[1]).append('|')
          .append(resolveAll(getter[2], name)).append('|').append(getter[3]).append('}');
    }
    t.parts.forEach(sig::append);
    String out = sig.toString();
    signatures.put(name, out);
    return out;
  }

  /** A return type with every generated type named: top-level by name, nested by structure. */
  private String resolveAll(String typeText, String scope) {
    Matcher m = TYPE_NAME.matcher(typeText);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group();
      if (token.startsWith(qualifiedPrefix) && !qualifiedPrefix.isEmpty()) {
        token = token.substring(qualifiedPrefix.length());
      }
      String resolved = resolve(token, scope);
      String replacement = resolved == null ? token
          : resolved.indexOf('.') < 0 ? resolved : "#(" + signature(resolved) + ")";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The dotted name of the generated class a name written in {@code scope} refers to, or null. */
  private String resolve(String token, String scope) {
    String s = scope;
    while (true) {
      String candidate = s.isEmpty() ? token : s + "." + token;
      if (types.containsKey(candidate)) {
        return candidate;
      }
      if (s.isEmpty()) {
        return null;
      }
      int dot = s.lastIndexOf('.');
      s = dot < 0 ? "" : s.substring(0, dot);
    }
  }
}
