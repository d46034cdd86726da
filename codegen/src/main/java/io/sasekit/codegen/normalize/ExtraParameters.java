package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ParamLocation;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import io.sasekit.codegen.normalize.draft.Resource;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.List;
import java.util.Map;

/**
 * Rule: parameters the service accepts although the spec does not declare them are added from the
 * customization's {@code extraParameters} (appended after the declared ones; optional ones become
 * members of the operation's params class).
 *
 * <ul>
 *   <li>{@code resource.operation}: that operation; it must exist and must not declare the parameter
 *       already (the entry would be stale);
 *   <li>{@code *.operation}: every operation of that name that takes a path parameter (GET by id)
 *       and whose resource's {@code list} operation declares a parameter of the same name, e.g.
 *       {@code *.get} + {@code folder}: the service resolves the object in that folder. Operations
 *       that already declare it keep their own; a wildcard that adds nothing anywhere fails.
 * </ul>
 */
public final class ExtraParameters implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "UndeclaredParameterAdded";

  ExtraParameters() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().extraParameters);
  }

  /** Applies the entries. */
  public static void apply(ApiModel model, Map<String, List<Customization.ExtraParameter>> entries) {
    for (Map.Entry<String, List<Customization.ExtraParameter>> e : entries.entrySet()) {
      String key = e.getKey();
      String where = "customization extraParameters " + key;
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw new IllegalStateException(where + ": lists no parameter");
      }
      if (key.startsWith("*.")) {
        String opName = key.substring(2);
        for (Customization.ExtraParameter x : e.getValue()) {
          Parameter template = parameter(x, where);
          int added = 0;
          for (Resource r : model.resources) {
            Operation list = operation(r, "list");
            for (Operation op : r.operations) {
              if (op.name.equals(opName) && hasPathParameter(op) && list != null && list.parameter(x.name) != null
                  && op.parameter(x.name) == null) {
                add(model, op, template, key);
                added++;
              }
            }
          }
          if (added == 0) {
            throw new IllegalStateException(where + ": adds " + x.name + " to no operation (no " + opName
                + " by path parameter whose resource's list takes " + x.name + " and that lacks it)");
          }
        }
      } else {
        Operation op = Customizations.requireOperation(model, key, "extraParameters");
        for (Customization.ExtraParameter x : e.getValue()) {
          Parameter template = parameter(x, where);
          if (op.parameter(x.name) != null) {
            throw new IllegalStateException(where + ": the spec now declares " + x.name + "; remove it from the customization");
          }
          add(model, op, template, key);
        }
      }
    }
  }

  private static void add(ApiModel model, Operation op, Parameter template, String key) {
    Parameter p = new Parameter(template.name, template.in, template.required, template.description,
        template.schema == null ? null : template.schema.copy());
    op.parameters.add(p);
    model.note(RULE, op.key() + "(" + p.name + ")", "not declared by the spec: " + (p.required ? "required " : "optional ")
        + p.in.wireName() + " parameter added (customization extraParameters " + key + ")");
  }

  private static Parameter parameter(Customization.ExtraParameter x, String where) {
    if (x == null || x.name == null || x.name.isBlank()) {
      throw new IllegalStateException(where + ": a parameter needs a name");
    }
    ParamLocation in;
    if ("query".equals(x.in)) {
      in = ParamLocation.QUERY;
    } else if ("header".equals(x.in)) {
      in = ParamLocation.HEADER;
    } else {
      throw new IllegalStateException(where + ": parameter " + x.name + " must be in query or header, got " + x.in);
    }
    if (x.schema == null || x.schema.isNull()) {
      throw new IllegalStateException(where + ": parameter " + x.name + " needs a schema");
    }
    Schema schema = RegistrySchemas.read(x.schema, where + "(" + x.name + ")");
    if (schema.isRef()) {
      throw new IllegalStateException(where + ": parameter " + x.name + " takes an inline schema");
    }
    return new Parameter(x.name, in, x.required, x.description, schema);
  }

  private static boolean hasPathParameter(Operation op) {
    return op.parameters.stream().anyMatch(p -> p.in == ParamLocation.PATH);
  }

  private static Operation operation(Resource r, String name) {
    return r.operations.stream().filter(o -> o.name.equals(name)).findFirst().orElse(null);
  }
}
