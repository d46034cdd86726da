package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.Generator;
import io.sasekit.codegen.GeneratorConfig;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.Parameter;
import io.sasekit.codegen.model.Resource;
import io.sasekit.codegen.model.RuleNote;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.parse.ParsedSpec;
import io.sasekit.codegen.resolve.SpecResolver;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spec model the normalize stage hands to the registry emitter, the plan stage and the emitters
 * cannot be changed (final members, unmodifiable collections down to every schema node and plain
 * value), is cut off from the draft the rules worked on, and is the same for the same input.
 */
class SpecModelImmutableTest {


  @Test
  void everySpecMemberIsFinal() {
    List<String> notFinal = new ArrayList<>();
    for (Class<?> type : List.of(ApiModel.class, Resource.class, Operation.class, Parameter.class, Schema.class)) {
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
          notFinal.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(notFinal).as("the spec model carries no Java name the plan stage writes").isEmpty();
  }

  @Test
  void noCollectionOfTheNormalizedFragmentsCanBeChanged() {
    for (ApiModel model : List.of(Fragments.objects(), Fragments.hooks(), Fragments.rules())) {
      assertUnmodifiable(model);
    }
  }

  @Test
  void changingTheModelFails() {
    ApiModel model = Fragments.rules();
    Operation op = model.operations().get(0);
    Schema schema = model.schemas.values().iterator().next();
    assertThatThrownBy(() -> model.schemas.put("Other", schema)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.resources.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.notes.add(new RuleNote("X", "here", "did"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.resources.get(0).operations.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> op.parameters.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schema.properties.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schema.required.add("x")).isInstanceOf(UnsupportedOperationException.class);
    // operations() is a fresh list: changing it leaves the model alone
    model.operations().clear();
    assertThat(model.operations()).isNotEmpty();
  }

  @Test
  void theFrozenModelDoesNotSeeLaterChangesOfTheDraft() {
    io.sasekit.codegen.normalize.draft.ApiModel draft = new Normalizer()
        .draft("test", Fragments.parse("rules.yaml"), Fragments.rulesTable(), Fragments.rulesCustomization());
    ApiModel frozen = draft.freeze();
    ApiModel again = draft.freeze();
    String name = frozen.schemas.keySet().iterator().next();
    draft.schemas.get(name).properties.clear();
    draft.schemas.get(name).description = "changed";
    draft.resources.get(0).operations.clear();
    draft.note("X", "here", "did");
    assertThat(frozen).isEqualTo(again);
    assertThat(frozen.schemas.get(name).properties).isNotEmpty();
    assertThat(frozen.resources.get(0).operations).isNotEmpty();
    assertThat(draft.freeze()).isNotEqualTo(frozen);
  }

  @Test
  void theFragmentsNormalizeToEqualModelsTwice() {
    assertSameTwice(Fragments::objects);
    assertSameTwice(Fragments::hooks);
    assertSameTwice(Fragments::rules);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "prisma-access, access/prisma-access-config/",
      "airs-mgmt, prisma-airs/management/",
      "airs-scan, prisma-airs/scan/"})
  void theSpecFilesNormalizeToEqualUnmodifiableModelsTwice(String api, String prefix) {
    Path root = root();
    Path out = root.resolve("codegen/target/spec-model-test");
    GeneratorConfig config = new GeneratorConfig(api, root, root.resolve("specs/specs.lock.tsv"),
        root.resolve("specs/" + api + "-naming.tsv"), root.resolve("specs/" + api + "-customization.json"), prefix,
        "io.sasekit.test", "TestClient", SpecResolver.defaultMirror(root, null), SpecResolver.defaultCache(), null,
        out.resolve("sources"), out.resolve("resources"));
    Generator generator = new Generator();
    List<ParsedSpec> parsed = generator.parse(generator.resolve(config));
    ApiModel first = generator.normalize(config, parsed);
    ApiModel second = generator.normalize(config, parsed);
    assertThat(first.operations()).isNotEmpty();
    assertThat(second).isNotSameAs(first).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertUnmodifiable(first);
  }

  private static void assertSameTwice(Supplier<ApiModel> normalize) {
    ApiModel first = normalize.get();
    ApiModel second = normalize.get();
    assertThat(second).isNotSameAs(first).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(second.schemas.keySet()).containsExactlyElementsOf(first.schemas.keySet());
  }

  /** Every collection reachable from the model (members of every node, values inside them) refuses changes. */
  private static void assertUnmodifiable(ApiModel model) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<String> modifiable = new ArrayList<>();
    visit(model, "model", seen, modifiable);
    assertThat(seen).as("nodes visited").hasSizeGreaterThan(model.resources.size());
    assertThat(modifiable).as("modifiable collections").isEmpty();
  }

  private static void visit(Object node, String where, Map<Object, Boolean> seen, List<String> modifiable) {
    if (node == null || seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (node instanceof Collection<?> c) {
      if (!refusesChange(c::clear)) {
        modifiable.add(where);
      }
      int i = 0;
      for (Object e : c) {
        visit(e, where + "[" + i++ + "]", seen, modifiable);
      }
      return;
    }
    if (node instanceof Map<?, ?> m) {
      if (!refusesChange(m::clear)) {
        modifiable.add(where);
      }
      m.forEach((k, v) -> visit(v, where + "." + k, seen, modifiable));
      return;
    }
    if (!(node instanceof ApiModel || node instanceof Resource || node instanceof Operation
        || node instanceof Parameter || node instanceof Schema)) {
      return; // strings, numbers, records (immutable by construction)
    }
    for (Field f : node.getClass().getDeclaredFields()) {
      String member = node.getClass().getSimpleName() + "." + f.getName();
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      try {
        visit(f.get(node), where + "." + f.getName(), seen, modifiable);
      } catch (IllegalAccessException e) {
        throw new AssertionError(member, e);
      }
    }
  }

  private static boolean refusesChange(Runnable change) {
    try {
      change.run();
      return false;
    } catch (UnsupportedOperationException expected) {
      return true;
    }
  }

  private static Path root() {
    String root = System.getProperty("sasekit.root");
    return root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
  }
}
