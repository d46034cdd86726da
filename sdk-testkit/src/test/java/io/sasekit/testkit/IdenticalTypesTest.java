package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IdenticalTypes} on small sources written like the generator's: it finds two nested types of
 * one name and one structure (their own nested types compared by structure), and leaves apart the
 * same structure under other names, other constraints, and other alternatives.
 */
class IdenticalTypesTest {
  @TempDir Path dir;

  @Test
  void twoNestedTypesOfOneNameAndStructureAreFoundWithTheirNestedTypes() throws IOException {
    write("Lists", model("Lists", "  ", nested("Recurring", "max length 5", "Daily"), nested("Daily", "pattern x", null)));
    write("Feeds", model("Feeds", "  ", nested("Recurring", "max length 5", "Daily"), nested("Daily", "pattern x", null)));
    List<String> groups = IdenticalTypes.groups(dir);
    assertThat(groups).containsExactly("Feeds.Daily, Lists.Daily", "Feeds.Recurring, Lists.Recurring");
    assertThat(IdenticalTypes.redundant(groups)).isEqualTo(2);
  }

  @Test
  void otherConstraintsOrOtherNestedStructuresStayApart() throws IOException {
    write("Lists", model("Lists", "  ", nested("Recurring", "max length 5", "Daily"), nested("Daily", "pattern x", null)));
    write("Feeds", model("Feeds", "  ", nested("Recurring", "max length 5", "Daily"), nested("Daily", "pattern y", null)));
    write("Other", model("Other", "  ", nested("Schedule", "max length 6", null)));
    assertThat(IdenticalTypes.groups(dir)).isEmpty();
  }

  @Test
  void aCopyOfATopLevelModelWhoseNameEndsWithTheModelsIsInItsGroup() throws IOException {
    write("DdnsConfig", topLevel(nested("DdnsConfig", "max length 5", null)));
    write("InterfaceDdnsConfig", topLevel(nested("InterfaceDdnsConfig", "max length 5", null)));
    write("Ethernet", model("Ethernet", "  ", nested("DdnsConfig", "max length 5", null),
        nested("Layer3DdnsConfig", "max length 5", null)));
    List<String> groups = IdenticalTypes.groups(dir);
    assertThat(groups).containsExactly("DdnsConfig, Ethernet.DdnsConfig, Ethernet.Layer3DdnsConfig, InterfaceDdnsConfig");
    assertThat(IdenticalTypes.redundant(groups)).isEqualTo(3);
  }

  @Test
  void aCopyOfATopLevelModelUnderAnotherNameOrWithOtherConstraintsStaysApart() throws IOException {
    write("DdnsConfig", topLevel(nested("DdnsConfig", "max length 5", null)));
    write("Ethernet", model("Ethernet", "  ", nested("DnsSettings", "max length 5", null),
        nested("Layer3DdnsConfig", "max length 6", null), nested("DdnsConfigs", "max length 5", null)));
    assertThat(IdenticalTypes.groups(dir)).isEmpty();
  }

  @Test
  void aFolderWithoutSourcesIsRefused() {
    assertThatThrownBy(() -> IdenticalTypes.groups(dir)).hasMessageContaining("no generated model");
  }

  private void write(String name, String source) throws IOException {
    Files.writeString(dir.resolve(name + ".java"), source);
  }

  /** A top-level model with one member {@code value} and the nested classes given. */
  private static String model(String name, String indent, String... nested) {
    StringBuilder sb = new StringBuilder("package com.example.models;\n\nimport io.sasekit.core.json.JsonModel;\n\n");
    sb.append("public final class ").append(name).append(" extends JsonModel {\n");
    for (String n : nested) {
      sb.append(n.indent(indent.length()));
    }
    return sb.append("}\n").toString();
  }

  /** A top-level model: the class of {@link #nested} in a file of its own. */
  private static String topLevel(String type) {
    return "package com.example.models;\n\nimport io.sasekit.core.json.JsonModel;\n\n" + type;
  }

  /** A nested model with a member {@code at} (its constraints given) and optionally a member of a nested type. */
  private static String nested(String name, String constraints, String memberType) {
    StringBuilder sb = new StringBuilder("/**\n * JSON object of " + name + ".\n */\n");
    sb.append("public static final class ").append(name).append(" extends JsonModel {\n");
    sb.append("  /**\n   * Constraints: ").append(constraints).append(".\n   */\n");
    sb.append("  public Optional<String> at() {\n    return optionalMember(\"at\");\n  }\n");
    if (memberType != null) {
      sb.append("  public Optional<").append(memberType).append("> next() {\n    return optionalMember(\"next\");\n  }\n");
    }
    sb.append("  public static final class Builder extends JsonModel.Builder<").append(name).append(", Builder> {\n");
    sb.append("    public Builder at(String at) {\n      return setMember(\"at\", at);\n    }\n  }\n");
    return sb.append("}\n").toString();
  }
}
