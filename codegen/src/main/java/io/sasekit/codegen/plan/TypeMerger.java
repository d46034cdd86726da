package io.sasekit.codegen.plan;

import io.sasekit.codegen.model.JavaEnum;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges structurally identical nested types of the plan into one shared type (issue 11), and
 * replaces a nested type that is a copy of a named schema's type by a reference to that type.
 *
 * <p>Every planned model and enum gets a structural signature, bottom-up: an enum its constants
 * (Java name and wire value, in order); a model its members sorted by JSON name (JSON name, Java name, Java
 * type with a nested type replaced by its own signature, required, read-only, secret, the
 * {@code Constraints:} line of its Javadoc) and the exactly-one facts of its class Javadoc (their
 * alternatives in any order).
 * Descriptions do not count: the merged type keeps those of the first group member in plan order.
 * Signatures are interned to small numbers, so a parent's signature holds its children's numbers
 * (one pass, no pairwise comparison).
 *
 * <p>Candidates are the nested types only (inline types the plan nested in a model): named schemas,
 * operation bodies and answers, parameter enums and customization-pinned names are top-level and
 * never move, and a type an operation names directly is left alone. Types merge when their
 * signatures are equal and their simple names are the same (a {@code Source} and a
 * {@code Destination} of the same shape are different things). Groups are taken outermost first; a
 * merged type keeps its own nested types, the copies' nested types go with the copies.
 *
 * <p>Where the merged type lives: nested in the lowest class that encloses every member, under the
 * members' simple name, when that name is free there; else top-level, named from the common
 * trailing words of the members' flat names (or customization {@code mergedTypeNames}, keyed by that
 * default name or by a member's dotted name), when that
 * name keeps {@link ClassNameCheck} and no other top-level type has it. A group with no free name
 * stays apart (counted in {@link Result#unplaced}).
 *
 * <p>Copies of named types come first: a nested candidate whose signature equals that of the
 * top-level type of a named schema (a spec component: {@code DdnsConfig}) and whose simple name
 * agrees with it (the same, or ending with it: {@code DdnsConfig} or {@code Layer3DdnsConfig}) is
 * dropped and every member of its type points at the named type; its nested types map to the named
 * type's. Outermost candidates first; a candidate enclosing a type an operation names stays. Where
 * several named types agree, the longest name wins. The other candidates then merge as above.
 */
final class TypeMerger {
  /** Marks the line of a named type that replaces copies in {@link Result#lines}. */
  static final String NAMED_TYPE = "(named type)";
  private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");

  /**
   * What the merge did.
   *
   * @param models the models after the merge (copies dropped, names and member types rewritten)
   * @param enums the enums after the merge
   * @param groups groups merged
   * @param removed types no longer emitted (the copies, with the types nested in them)
   * @param unplaced groups left apart because no name was free for the merged type
   * @param named nested copies of named types replaced by a reference to the named type
   * @param lines one line per group and per named type that replaces copies (see {@link JavaPlan.Merges#lines})
   */
  record Result(Map<String, JavaModel> models, Map<String, JavaEnum> enums, int groups, int removed, int unplaced,
      int named, List<String> lines) {}

  private final Map<String, JavaModel> models;
  private final Map<String, JavaEnum> enums;
  /** Flat name of every nested type by its (original) dotted name. */
  private final Map<String, String> flatNames;
  private final Map<String, String> overrides;
  private final Set<String> fixed;
  /** Top-level types of named schemas: what a nested copy may become a reference to. */
  private final Set<String> named;
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> signatureIds = new HashMap<>();
  /** Original name of a moved type -> its new name (its nested types move with it). */
  private final Map<String, String> moved = new HashMap<>();
  /** Original names of dropped copies (their nested types are dropped with them). */
  private final Set<String> removedRoots = new HashSet<>();
  /** Original name of a dropped type -> the original name of the type that replaces it. */
  private final Map<String, String> alias = new HashMap<>();
  /** Every type's current name, sorted so that a type's nested types are one range. */
  private final java.util.TreeSet<String> current = new java.util.TreeSet<>();
  private final Set<String> usedOverrides = new HashSet<>();
  private final List<String> lines = new ArrayList<>();

  private TypeMerger(Map<String, JavaModel> models, Map<String, JavaEnum> enums, Map<String, String> flatNames,
      Map<String, String> overrides, Set<String> fixed, Set<String> named) {
    this.models = models;
    this.enums = enums;
    this.flatNames = flatNames;
    this.overrides = overrides;
    this.fixed = fixed;
    this.named = named;
  }

  /**
   * Merges the structurally identical nested types of a plan.
   *
   * @param models planned models by dotted name, in plan order
   * @param enums planned enums by dotted name, in plan order
   * @param qualified dotted name of every inline type by its flat name
   * @param overrides customization {@code mergedTypeNames}
   * @param fixed names that must not move (types an operation names directly)
   * @param named names of the top-level types of named schemas (spec components); other names are ignored
   * @throws IllegalStateException when an override names no group, or an overriding name is taken or
   *     unreadable
   */
  static Result merge(Map<String, JavaModel> models, Map<String, JavaEnum> enums, Map<String, String> qualified,
      Map<String, String> overrides, Set<String> fixed, Set<String> named) {
    Map<String, String> flat = new HashMap<>();
    qualified.forEach((f, q) -> flat.put(q, f));
    return new TypeMerger(models, enums, flat, overrides, fixed, named).run();
  }

  private Result run() {
    current.addAll(models.keySet());
    current.addAll(enums.keySet());
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(models.keySet());
    all.addAll(enums.keySet());
    int copies = referenceNamedTypes(all);
    for (String name : all) {
      if (!JavaPlan.isTopLevel(name) && !fixed.contains(name)) {
        groups.computeIfAbsent(simple(name) + "\u0000" + id(name), k -> new ArrayList<>()).add(name);
      }
    }
    List<List<String>> ordered = new ArrayList<>();
    for (List<String> g : groups.values()) {
      if (g.size() > 1) {
        ordered.add(g);
      }
    }
    Map<String, List<String>> groupOf = new HashMap<>();
    ordered.forEach(g -> g.forEach(n -> groupOf.put(n, g)));
    Map<List<String>, Integer> ranks = new java.util.IdentityHashMap<>();
    ordered.forEach(g -> rank(g, groupOf, ranks));
    ordered.sort((a, b) -> Integer.compare(ranks.get(a), ranks.get(b)));
    int merged = 0;
    int unplaced = 0;
    for (List<String> g : ordered) {
      List<String> live = g.stream().filter(n -> !removed(n)).toList();
      if (live.size() < 2) {
        continue;
      }
      if (place(live)) {
        merged++;
      } else {
        unplaced++;
      }
    }
    for (String k : overrides.keySet()) {
      if (!usedOverrides.contains(k)) {
        throw new IllegalStateException("customization mergedTypeNames: no merged top-level type has the default name "
            + "or a member named " + k);
      }
    }
    Map<String, JavaModel> outModels = new LinkedHashMap<>();
    models.forEach((n, m) -> {
      if (!removed(n)) {
        String to = currentName(n);
        List<JavaField> fields = new ArrayList<>();
        for (JavaField f : m.fields()) {
          fields.add(new JavaField(f.jsonName(), f.javaName(), f.singularName(), rewrite(f.type()), f.required(),
              f.readOnly(), f.secret(), f.javadoc()));
        }
        outModels.put(to, new JavaModel(to, m.schemaName(), m.javadoc(), fields));
      }
    });
    Map<String, JavaEnum> outEnums = new LinkedHashMap<>();
    enums.forEach((n, e) -> {
      if (!removed(n)) {
        String to = currentName(n);
        outEnums.put(to, new JavaEnum(to, e.javadoc(), e.constants()));
      }
    });
    int removedCount = models.size() + enums.size() - outModels.size() - outEnums.size();
    return new Result(outModels, outEnums, merged, removedCount, unplaced, copies, lines);
  }

  /**
   * Drops every nested candidate that is a copy of a named type (same signature, agreeing simple
   * name; outermost first) in favour of that type, and records one line per named type.
   *
   * @return the copies dropped
   */
  private int referenceNamedTypes(List<String> all) {
    Map<Integer, List<String>> namedById = new HashMap<>();
    for (String n : all) {
      if (JavaPlan.isTopLevel(n) && named.contains(n)) {
        namedById.computeIfAbsent(id(n), k -> new ArrayList<>()).add(n);
      }
    }
    if (namedById.isEmpty()) {
      return 0;
    }
    List<String> candidates = new ArrayList<>();
    for (String n : all) {
      if (!JavaPlan.isTopLevel(n) && !fixed.contains(n)) {
        candidates.add(n);
      }
    }
    candidates.sort(java.util.Comparator.comparingInt(TypeMerger::depth)); // stable: plan order within a depth
    Map<String, List<String>> copiesOf = new LinkedHashMap<>();
    for (String n : candidates) {
      if (removed(n) || nestedIn(n).stream().anyMatch(fixed::contains)) {
        continue;
      }
      String target = null;
      String simple = simple(n);
      for (String t : namedById.getOrDefault(id(n), List.of())) {
        if (simple.endsWith(t) && (target == null || t.length() > target.length())) {
          target = t;
        }
      }
      if (target != null) {
        drop(n, target);
        copiesOf.computeIfAbsent(target, k -> new ArrayList<>()).add(n);
      }
    }
    copiesOf.forEach((t, c) -> lines.add(t + " " + NAMED_TYPE + " <- " + String.join(", ", c)));
    return copiesOf.values().stream().mapToInt(List::size).sum();
  }

  private static int depth(String name) {
    return name.length() - name.replace(".", "").length();
  }

  /** Moves the first member (or the one already at the chosen place) there and drops the others. */
  private boolean place(List<String> live) {
    String simple = simple(live.get(0));
    List<String> names = live.stream().map(this::currentName).toList();
    String owner = commonOwner(names);
    String target = null;
    if (!owner.isEmpty() && !List.of(owner.split("\\.")).contains(simple)) {
      String at = owner + "." + simple;
      if ((!current.contains(at) || names.contains(at)) && nestedFit(live, names, at, List.of(owner.split("\\.")))) {
        target = at;
      }
    }
    if (target == null) {
      String name = defaultName(live, simple);
      List<String> both = new ArrayList<>(live);
      both.addAll(names);
      String key = both.stream().filter(overrides::containsKey).findFirst().orElse(name);
      String chosen = overrides.get(key);
      if (chosen != null) {
        if (!usedOverrides.add(key)) {
          throw new IllegalStateException("customization mergedTypeNames: " + key + " is the default name of two merged "
              + "types; key the entry by a member's dotted name instead (" + names.get(0) + ")");
        }
        String problem = ClassNameCheck.problem(chosen);
        if (problem != null || !chosen.matches("[A-Z][A-Za-z0-9]*") || current.contains(chosen)) {
          throw new IllegalStateException("customization mergedTypeNames: " + name + " -> " + chosen + ": "
              + (problem != null ? problem : "not a free top-level Java type name"));
        }
        name = chosen;
      }
      if (ClassNameCheck.problem(name) != null || current.contains(name) || !nestedFit(live, names, name, List.of())) {
        lines.add("left apart (no free name; default " + name + "): " + String.join(", ", names));
        return false;
      }
      target = name;
    }
    String rep = live.get(names.indexOf(target) >= 0 ? names.indexOf(target) : 0);
    for (String n : live) {
      if (!n.equals(rep)) {
        drop(n, rep);
      }
    }
    move(rep, target);
    String dflt = JavaPlan.isTopLevel(target) ? " (default name " + defaultName(live, simple) + ")" : "";
    lines.add(target + dflt + " <- " + String.join(", ", names));
    return true;
  }

  /**
   * Whether the representative's nested types keep javac's rule (no simple name equal to that of an
   * enclosing class) once it sits at {@code target} inside {@code enclosing}.
   */
  private boolean nestedFit(List<String> live, List<String> names, String target, List<String> enclosing) {
    String rep = names.contains(target) ? names.get(names.indexOf(target)) : names.get(0);
    String newSimple = simple(target);
    String prefix = rep + ".";
    for (String n : nestedIn(rep)) {
      for (String segment : n.substring(prefix.length()).split("\\.")) {
        if (segment.equals(newSimple) || enclosing.contains(segment)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Drops a copy and maps it (and its nested types, member by member) to the kept type. */
  private void drop(String copy, String kept) {
    removedRoots.add(copy);
    String cur = currentName(copy);
    current.remove(cur);
    nestedIn(cur).clear();
    aliasTree(copy, kept);
  }

  private void aliasTree(String copy, String kept) {
    alias.put(copy, kept);
    JavaModel a = models.get(copy);
    JavaModel b = models.get(kept);
    if (a == null || b == null) {
      return;
    }
    Map<String, TypeRef> keptTypes = new HashMap<>();
    b.fields().forEach(f -> keptTypes.put(f.jsonName(), f.type()));
    for (JavaField f : a.fields()) {
      String child = nestedName(f.type());
      if (child != null && child.startsWith(copy + ".")) {
        aliasTree(child, nestedName(keptTypes.get(f.jsonName())));
      }
    }
  }

  private void move(String rep, String target) {
    String from = currentName(rep);
    if (from.equals(target)) {
      return;
    }
    List<String> subtree = new ArrayList<>(nestedIn(from));
    subtree.add(from);
    current.remove(from);
    nestedIn(from).clear();
    subtree.forEach(n -> current.add(target + n.substring(from.length())));
    moved.put(rep, target);
  }

  private TypeRef rewrite(TypeRef t) {
    if (t.kind() == TypeRef.Kind.LIST) {
      return TypeRef.listOf(rewrite(t.element()));
    }
    if ((t.kind() == TypeRef.Kind.MODEL || t.kind() == TypeRef.Kind.ENUM) && !JavaPlan.isTopLevel(t.name())) {
      String n = t.name();
      while (removed(n)) {
        String to = alias.get(n);
        if (to == null) {
          throw new IllegalStateException("merged type " + n + " has no replacement");
        }
        n = to;
      }
      return new TypeRef(t.kind(), currentName(n), null);
    }
    return t;
  }

  /** The current names of the types nested (at any depth) in the type of current name {@code name}: a live view. */
  private java.util.SortedSet<String> nestedIn(String name) {
    return current.subSet(name + ".", name + "/");
  }

  /** The current name of a type given by its original name (moved with its enclosing type). */
  private String currentName(String original) {
    String n = original;
    while (true) {
      String to = moved.get(n);
      if (to != null) {
        return to + original.substring(n.length());
      }
      int dot = n.lastIndexOf('.');
      if (dot < 0) {
        return original;
      }
      n = n.substring(0, dot);
    }
  }

  private boolean removed(String original) {
    String n = original;
    while (true) {
      if (removedRoots.contains(n)) {
        return true;
      }
      int dot = n.lastIndexOf('.');
      if (dot < 0) {
        return false;
      }
      n = n.substring(0, dot);
    }
  }

  /** The structural signature number of a type (by original name), computed once. */
  private int id(String name) {
    Integer known = ids.get(name);
    if (known != null) {
      return known;
    }
    StringBuilder sig = new StringBuilder();
    JavaModel m = models.get(name);
    if (m != null) {
      sig.append('M');
      List<JavaField> sorted = new ArrayList<>(m.fields());
      sorted.sort((a, b) -> a.jsonName().compareTo(b.jsonName()));
      for (JavaField f : sorted) {
        sig.append('{').append(f.jsonName()).append('|').append(f.javaName()).append('|');
        type(f.type(), sig);
        sig.append('|').append(f.required()).append(f.readOnly()).append(f.secret());
        for (String line : f.javadoc()) {
          if (line.startsWith("Constraints:")) {
            sig.append('|').append(line);
          }
        }
        sig.append('}');
      }
      for (String line : m.javadoc()) {
        if (line.startsWith("Exactly one of")) {
          sig.append('[').append(unordered(line)).append(']');
        }
      }
    } else {
      sig.append('E');
      for (JavaEnum.Constant c : enums.get(name).constants()) {
        sig.append('{').append(c.javaName()).append('=').append(c.value()).append('}');
      }
    }
    int id = signatureIds.computeIfAbsent(sig.toString(), k -> signatureIds.size());
    ids.put(name, id);
    return id;
  }

  private void type(TypeRef t, StringBuilder sig) {
    switch (t.kind()) {
      case LIST -> {
        sig.append("L<");
        type(t.element(), sig);
        sig.append('>');
      }
      case MODEL, ENUM -> {
        if (!JavaPlan.isTopLevel(t.name()) && (models.containsKey(t.name()) || enums.containsKey(t.name()))) {
          sig.append('#').append(id(t.name()));
        } else {
          sig.append(t.kind()).append(':').append(t.name());
        }
      }
      default -> sig.append(t);
    }
  }

  /**
   * An exactly-one line with its alternatives sorted: the order the spec lists the options in does
   * not change what the class accepts.
   */
  static String unordered(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line;
    }
    String body = line.substring(colon + 2);
    body = body.endsWith(".") ? body.substring(0, body.length() - 1) : body;
    List<String> items = new ArrayList<>(List.of(body.split(",\\s(?![^\\[]*\\])")));
    items.sort(null);
    return line.substring(0, colon) + ": " + String.join(", ", items);
  }

  /** The default top-level name: the common trailing words of the members' flat names. */
  private String defaultName(List<String> live, String simple) {
    List<List<String>> words = new ArrayList<>();
    for (String n : live) {
      String flat = flatNames.get(n);
      if (flat == null) {
        return simple;
      }
      words.add(words(flat));
    }
    List<String> first = words.get(0);
    int k = 0;
    outer:
    while (k < first.size()) {
      String w = first.get(first.size() - 1 - k);
      for (List<String> other : words) {
        if (other.size() <= k || !other.get(other.size() - 1 - k).equals(w)) {
          break outer;
        }
      }
      k++;
    }
    if (k == 0) {
      return simple;
    }
    String name = String.join("", first.subList(first.size() - k, first.size()));
    return Character.isDigit(name.charAt(0)) ? simple : name;
  }

  private static List<String> words(String flat) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(flat);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String nestedName(TypeRef t) {
    TypeRef e = t.kind() == TypeRef.Kind.LIST ? t.element() : t;
    while (e.kind() == TypeRef.Kind.LIST) {
      e = e.element();
    }
    return (e.kind() == TypeRef.Kind.MODEL || e.kind() == TypeRef.Kind.ENUM) && !JavaPlan.isTopLevel(e.name()) ? e.name() : null;
  }

  private static String commonOwner(List<String> names) {
    String[] first = names.get(0).split("\\.");
    int k = first.length - 1;
    for (String n : names) {
      String[] s = n.split("\\.");
      int i = 0;
      while (i < Math.min(k, s.length - 1) && s[i].equals(first[i])) {
        i++;
      }
      k = i;
    }
    return String.join(".", java.util.Arrays.asList(first).subList(0, k));
  }

  /**
   * A group's rank: 0 when no member sits inside a member of another group, else one more than the
   * highest rank of such an enclosing group, so that enclosing groups merge first.
   */
  private static int rank(List<String> g, Map<String, List<String>> groupOf, Map<List<String>, Integer> ranks) {
    Integer known = ranks.get(g);
    if (known != null) {
      return known;
    }
    int r = 0;
    for (String n : g) {
      for (int dot = n.lastIndexOf('.'); dot > 0; dot = n.lastIndexOf('.', dot - 1)) {
        List<String> enclosing = groupOf.get(n.substring(0, dot));
        if (enclosing != null && enclosing != g) {
          r = Math.max(r, rank(enclosing, groupOf, ranks) + 1);
        }
      }
    }
    ranks.put(g, r);
    return r;
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
