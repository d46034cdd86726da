package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.Map;

/** Visits every schema node of a model (named schemas, parameters, bodies, responses) with its location. */
final class SchemaWalk {

  /** Receives one node. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param node the node
     * @param parent the object node it is a member of (null when not a member)
     * @param member its JSON member name in {@code parent} (null when not a member)
     * @param where readable location
     */
    void visit(Schema node, Schema parent, String member, String where);
  }

  private SchemaWalk() {}

  static void all(ApiModel model, Visitor v) {
    for (Map.Entry<String, Schema> e : model.schemas.entrySet()) {
      tree(e.getValue(), null, null, e.getKey(), v);
    }
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        tree(p.schema, null, null, op.key() + "(" + p.name + ")", v);
      }
      tree(op.body, null, null, op.key() + ".body", v);
      tree(op.responseSchema, null, null, op.key() + ".response", v);
    }
  }

  static void tree(Schema s, Schema parent, String member, String where, Visitor v) {
    if (s == null) {
      return;
    }
    v.visit(s, parent, member, where);
    for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
      tree(e.getValue(), s, e.getKey(), where + "." + e.getKey(), v);
    }
    tree(s.items, null, null, where + "[]", v);
    int i = 0;
    for (Schema o : s.oneOf) {
      tree(o, null, null, where + ".oneOf[" + i++ + "]", v);
    }
  }
}
