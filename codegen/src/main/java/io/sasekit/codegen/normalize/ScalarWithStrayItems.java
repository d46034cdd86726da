package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.Schema;
import io.sasekit.codegen.parse.SpecParser;

/**
 * Rule {@value #RULE}: a schema whose {@code type} is a scalar ({@code string}, {@code integer},
 * {@code number}, {@code boolean}) but that carries {@code items} keeps its type; an enum on the
 * stray items becomes the scalar's enum, the items are dropped. Prisma Access
 * {@code VulnerabilityProtectionProfiles.yaml} declares {@code rules[].host} as {@code type: string}
 * with {@code items: {type: string, enum: [any, client, server]}}; the service sends and takes one
 * string ({@code "host": "client"}).
 *
 * <p>Swagger Parser infers {@code type: array} for every schema with {@code items}, so the declared
 * type is recorded by the parse stage ({@link SpecParser#DECLARED_TYPE}) and this rule runs while
 * the schema is converted, before any rule that looks for arrays ({@link MisplacedArrayItems}: a
 * scalar with a stray element schema is not one of the item-less arrays that rule counts).
 */
public final class ScalarWithStrayItems {
  /** Rule name used in notes. */
  public static final String RULE = "ScalarWithStrayItems";

  private ScalarWithStrayItems() {}

  /**
   * Repairs {@code s}, converted from a schema the parser made an array although it declared
   * {@code declaredType}.
   */
  static void repair(Schema s, String declaredType, String where, SchemaConverter.NoteSink notes) {
    Schema stray = s.items;
    s.type = declaredType;
    s.items = null;
    // array constraints beside a scalar type mean nothing
    s.minItems = null;
    s.maxItems = null;
    s.uniqueItems = null;
    String detail;
    if (stray != null && !stray.isRef() && !stray.enumValues.isEmpty() && s.enumValues.isEmpty()
        && (stray.type == null || stray.type.equals(declaredType))) {
      s.enumValues.addAll(stray.enumValues);
      detail = "declared type " + declaredType + " kept (not an array); the stray items' enum " + stray.enumValues
          + " is its enum";
    } else {
      detail = "declared type " + declaredType + " kept (not an array); the stray items " + stray
          + (stray == null || stray.enumValues.isEmpty() ? "" : " enum " + stray.enumValues) + " dropped";
    }
    notes.note(RULE, where, detail);
  }
}
