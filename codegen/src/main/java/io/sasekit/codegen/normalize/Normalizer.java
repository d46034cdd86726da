package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import io.sasekit.codegen.normalize.draft.Resource;
import io.sasekit.codegen.normalize.draft.Schema;
import io.sasekit.codegen.parse.ParsedSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3: turns the parsed files of one API into its immutable spec model
 * ({@link io.sasekit.codegen.model.ApiModel}). Applies the naming table (failing when a spec operation
 * has no row or a row names no spec operation) to a mutable draft ({@link ApiModel}), dedupes shared
 * components, runs every rule of {@link Rules#ALL} in order on the draft, and ends with
 * {@link ApiModel#freeze()}. The Java face is the plan stage's ({@code plan/JavaPlanner}).
 */
public final class Normalizer {
  private final NamingStrategy naming = new NamingStrategy();

  /**
   * Normalizes one API.
   *
   * @param api short API name, e.g. {@code prisma-access}
   * @param specs the parsed files (order of the lock)
   * @param table the naming table
   * @param custom the customization
   * @return the immutable spec model
   */
  public io.sasekit.codegen.model.ApiModel normalize(String api, List<ParsedSpec> specs, NamingTable table, Customization custom) {
    return draft(api, specs, table, custom).freeze();
  }

  /** The draft after every rule has run (what {@link #normalize} freezes). */
  ApiModel draft(String api, List<ParsedSpec> specs, NamingTable table, Customization custom) {
    ApiModel model = new ApiModel(api);
    checkNamingTable(specs, table);
    SharedComponents shared = new SharedComponents();
    Map<String, Resource> resources = new LinkedHashMap<>();
    Map<Operation, Integer> order = new HashMap<>();
    List<NamingTable.Row> rows = table.rows();
    Map<String, Integer> rowIndex = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowIndex.put(rows.get(i).specKey(), i);
    }
    Map<String, String> resourceDocs = new HashMap<>();
    for (ParsedSpec spec : specs) {
      var comps = spec.openApi().getComponents();
      Map<String, io.swagger.v3.oas.models.media.Schema> raw =
          comps == null || comps.getSchemas() == null ? Map.of() : comps.getSchemas();
      SchemaConverter converter = new SchemaConverter(spec.path(), raw, model::note);
      Map<String, Schema> converted = new LinkedHashMap<>();
      raw.forEach((name, s) -> converted.put(name, converter.convert(s, spec.fileName() + "#" + name)));
      shared.add(spec.path(), converted);
      OperationReader reader = new OperationReader(spec, converter);
      for (OperationReader.RawOperation rawOp : reader.list()) {
        NamingTable.Row row = table.find(spec.path(), rawOp.method(), rawOp.path());
        Operation op = reader.read(rawOp, row.resource(), row.operation());
        if (custom.serverBasePath) {
          ServerBasePaths.apply(model, spec, op);
        }
        resources.computeIfAbsent(row.resource(), Resource::new);
        order.put(op, rowIndex.get(row.specKey()));
        resourceDocs.putIfAbsent(row.resource(), resourceDoc(spec));
        resources.get(row.resource()).operations.add(op);
      }
      List<String> servers = new ArrayList<>();
      if (spec.openApi().getServers() != null) {
        spec.openApi().getServers().forEach(sv -> {
          servers.add(sv.getUrl());
          if (sv.getDescription() != null && !sv.getDescription().isBlank()) {
            model.serverDescriptions.putIfAbsent(sv.getUrl(), sv.getDescription().strip());
          }
        });
      }
      model.specServers.put(spec.path(), servers);
      if (model.title == null && spec.openApi().getInfo() != null) {
        model.title = spec.openApi().getInfo().getTitle();
      }
      if (model.defaultBaseUrl == null && spec.openApi().getServers() != null && !spec.openApi().getServers().isEmpty()) {
        model.defaultBaseUrl = spec.openApi().getServers().get(0).getUrl();
      }
    }
    if (custom.title != null) {
      model.title = custom.title;
    }
    model.requiredOptions.addAll(custom.requiredOptions);
    if (custom.defaultBaseUrl != null) {
      model.defaultBaseUrl = custom.defaultBaseUrl;
    }
    // resources and operations in naming-table order
    List<Resource> sorted = new ArrayList<>(resources.values());
    for (Resource r : sorted) {
      r.operations.sort(Comparator.comparingInt(order::get));
      r.description = resourceDocs.get(r.key);
    }
    sorted.sort(Comparator.comparingInt(r -> order.get(r.operations.get(0))));
    model.resources.addAll(sorted);

    shared.resolve(model, custom, naming);
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        p.schema = shared.replaced(p.schema);
        shared.rewrite(p.schema);
      }
      op.body = shared.replaced(op.body);
      shared.rewrite(op.body);
      op.responseSchema = shared.replaced(op.responseSchema);
      shared.rewrite(op.responseSchema);
    }

    RuleContext ctx = new RuleContext(model, custom, naming);
    for (SpecRule rule : Rules.ALL) {
      rule.apply(ctx);
    }
    return model;
  }

  private static String resourceDoc(ParsedSpec spec) {
    var info = spec.openApi().getInfo();
    if (info == null) {
      return null;
    }
    String d = info.getDescription();
    return d != null && !d.isBlank() ? d.strip() : info.getTitle();
  }

  /** Fails when the naming table and the specs disagree in either direction. */
  static void checkNamingTable(List<ParsedSpec> specs, NamingTable table) {
    List<String> keys = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (ParsedSpec spec : specs) {
      files.add(spec.path());
      if (spec.openApi().getPaths() == null) {
        continue;
      }
      spec.openApi().getPaths().forEach((path, item) ->
          item.readOperationsMap().keySet().forEach(m -> keys.add(NamingTable.Row.specKey(spec.path(), m.name(), path))));
    }
    List<String> problems = table.check(keys, files);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("naming table and specs disagree:\n  " + String.join("\n  ", problems));
    }
  }
}
