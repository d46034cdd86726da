package io.sasekit.testkit.contract;

import io.sasekit.testkit.contract.internal.RepairActions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of spec repairs, {@code specs/spec-repairs.md}: every known defect of the pinned spec
 * files that the SDK's generator (a normalization rule, by its note name) or the contract suites'
 * request validator (a repair of the parsed YAML, by its name) works around, each with its reason.
 * The generator's tests and the contract suites read the same file; the validator applies exactly
 * the repairs listed for its API with {@code validator: yes}, in the listed order, and nothing else.
 *
 * <p>An entry is a {@code ### name} heading under {@code ## Repairs} followed by the lines
 * {@code - validator: yes|no}, {@code - generator: RuleNote, ...|none} and
 * {@code - apis: prisma-access, scm, ...} (and, for a repair without which the file cannot be loaded
 * in reasonable time, {@code - needed: to load the file}), then the reason. Generator rules that repair no spec defect
 * (shapes, naming, paging) are not listed (the generator marks their note names {@code @NotASpecRepair}).
 */
public final class SpecRepairs {
  /** Operation extension naming query parameters of which a request must carry exactly one. */
  public static final String EXACTLY_ONE_OF = RepairActions.EXACTLY_ONE_OF;
  private static final String FILE = "specs/spec-repairs.md";

  /**
   * One listed repair.
   *
   * @param name the repair's name (the heading)
   * @param validator whether the contract validator applies it
   * @param generatorRules the generator's note names that repair the same defect (may be empty)
   * @param apis the APIs whose files it is applied to
   * @param reason the reason, as written
   * @param forLoading whether the entry says {@code - needed: to load the file}: the validator cannot
   *     load the file in reasonable time without it, so its need is not shown by re-validating
   *     requests without it (which would load the file unrepaired), only by its changing the file
   */
  public record Listed(String name, boolean validator, Set<String> generatorRules, Set<String> apis, String reason,
      boolean forLoading) {}

  private static volatile Map<String, Listed> listed;

  private SpecRepairs() {}

  /** Every listed repair, in order. */
  public static List<Listed> listed() {
    load();
    return List.copyOf(listed.values());
  }

  /** The names of the validator repairs listed for an API, in the order they are applied. */
  public static List<String> validatorRepairs(String api) {
    List<String> out = new ArrayList<>();
    for (Listed l : listed()) {
      if (l.validator() && l.apis().contains(api)) {
        out.add(l.name());
      }
    }
    return out;
  }

  /** The listed repair of that name; fails naming it when none is listed. */
  public static Listed listed(String name) {
    load();
    Listed l = listed.get(name);
    if (l == null) {
      throw new IllegalArgumentException("specs/spec-repairs.md lists no repair " + name);
    }
    return l;
  }

  /** The names of every validator repair the testkit knows how to apply. */
  public static Set<String> implemented() {
    return RepairActions.names();
  }

  /**
   * Applies the validator repairs listed for {@code api} to a document, except those named in
   * {@code skip}; returns the count of places changed per repair, in order.
   */
  public static Map<String, Integer> apply(String api, ObjectNode doc, Set<String> skip) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : validatorRepairs(api)) {
      if (!skip.contains(name)) {
        counts.put(name, RepairActions.apply(name, doc));
      }
    }
    return counts;
  }

  /**
   * Every operation of the API's files, each file read with the validator repairs listed for {@code
   * api}: for suites whose argument values and bodies are generated from the repaired schemas (a
   * body of the misplaced element schema, of the flat list). Their signatures are the original files'.
   *
   * @param api the API's name in {@code specs/spec-repairs.md}
   * @param spec its spec files
   */
  public static List<SpecOperation> operations(String api, SpecApi spec) {
    List<SpecOperation> out = new ArrayList<>();
    for (SpecApi.SpecFile f : spec.files()) {
      ObjectNode doc = SpecApi.freshDocument(f);
      apply(api, doc, Set.of());
      out.addAll(spec.operations(f.path(), doc));
    }
    return out;
  }

  private static synchronized void load() {
    if (listed != null) {
      return;
    }
    Path file = SpecApi.repoRoot().resolve(FILE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the list of spec repairs " + file, e);
    }
    Map<String, Listed> out = new LinkedHashMap<>();
    String section = "";
    String name = null;
    Map<String, String> fields = new LinkedHashMap<>();
    StringBuilder reason = new StringBuilder();
    for (String raw : lines) {
      String line = raw.strip();
      if (raw.startsWith("## ") || raw.startsWith("### ")) {
        if (name != null) {
          out.put(name, entry(file, name, fields, reason));
          name = null;
        }
        if (raw.startsWith("## ")) {
          section = line.substring(3).trim();
        } else if (section.equals("Repairs")) {
          name = line.substring(4).trim();
          fields = new LinkedHashMap<>();
          reason = new StringBuilder();
          if (out.containsKey(name)) {
            throw new IllegalStateException(file + ": repair " + name + " listed twice");
          }
        }
      } else if (name != null && line.matches("- (validator|generator|apis|needed): .*")) {
        int colon = line.indexOf(':');
        fields.put(line.substring(2, colon), line.substring(colon + 1).trim());
      } else if (name != null) {
        reason.append(line).append(' ');
      }
    }
    if (name != null) {
      out.put(name, entry(file, name, fields, reason));
    }
    listed = out;
  }

  private static Listed entry(Path file, String name, Map<String, String> fields, StringBuilder reason) {
    for (String k : List.of("validator", "generator", "apis")) {
      if (!fields.containsKey(k)) {
        throw new IllegalStateException(file + ": repair " + name + " has no '- " + k + ":' line");
      }
    }
    String v = fields.get("validator");
    if (!v.equals("yes") && !v.equals("no")) {
      throw new IllegalStateException(file + ": repair " + name + ": validator must be yes or no, not " + v);
    }
    Set<String> rules = new LinkedHashSet<>();
    if (!fields.get("generator").equals("none")) {
      for (String r : fields.get("generator").split(",")) {
        rules.add(r.strip().replace("`", ""));
      }
    }
    Set<String> apis = new LinkedHashSet<>();
    for (String a : fields.get("apis").split(",")) {
      apis.add(a.strip());
    }
    if (reason.toString().isBlank()) {
      throw new IllegalStateException(file + ": repair " + name + " gives no reason");
    }
    return new Listed(name, v.equals("yes"), Set.copyOf(rules), Set.copyOf(apis), reason.toString().strip(),
        "to load the file".equals(fields.get("needed")));
  }
}
