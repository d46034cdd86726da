package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sasekit.core.dynamic.DynamicDispatcher;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.folders.FolderInfo;
import io.sasekit.prismaaccess.folders.FolderService;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.SpecApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two SCM Setup operations folder discovery uses (ListFolders, ListSnippets; from the Setup
 * registry generated from the setup spec file), answered as the
 * Setup spec file declares them (declared status; bodies generated from the declared schema with
 * several seeds, optional members absent and present, unknown members added): {@code
 * client.folders().list()} and the dynamic door over the Setup registry both read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupOperationsContractTest {
  static final String SPEC = "scm/config/sase/setup/config-setup-feb-v1.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractServer wire;
  private JsonNode spec;

  @BeforeAll
  void start() throws Exception {
    wire = new ContractServer();
    spec = new ObjectMapper(new YAMLFactory()).readTree(SpecApi.mirror(SpecApi.repoRoot()).resolve(SPEC).toFile());
  }

  @AfterAll
  void stop() {
    wire.close();
  }

  Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (SpecBodyGenerator.Variant v : SpecBodyGenerator.Variant.standard(3, 1)) {
      out.add(Arguments.of(v));
    }
    return out.stream();
  }

  private JsonNode specOperation(OperationSpec op) {
    return spec.path("paths").path(op.pathTemplate()).path(op.method().toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void foldersAndSnippetsReadAsTheSpecDeclaresThem(SpecBodyGenerator.Variant variant) throws Exception {
    SpecBodyGenerator generator = new SpecBodyGenerator(spec);
    wire.reset();
    int expected = 0;
    List<OperationSpec> ops = List.of(FolderService.registry().require("folder", "list"),
        FolderService.registry().require("snippet", "list"));
    assertThat(ops).extracting(OperationSpec::operationId).containsExactlyInAnyOrder("ListFolders", "ListSnippets");
    for (OperationSpec op : ops) {
      JsonNode so = specOperation(op);
      String status = "200";
      for (var it = so.path("responses").fieldNames(); it.hasNext(); ) {
        String code = it.next();
        if (code.startsWith("2")) {
          status = code;
          break;
        }
      }
      JsonNode schema = generator.resolve(so.path("responses").path(status)).path("content").path("application/json").path("schema");
      JsonNode body = generator.instance(schema, variant);
      if (body instanceof ObjectNode envelope && envelope.path("data").isArray()) {
        // counts consistent with the items, as the service sends them (the pager trusts them)
        envelope.put("total", envelope.get("data").size()).put("offset", 0).put("limit", 200);
      }
      ObjectNode mapping = JSON.createObjectNode();
      mapping.putObject("request").put("method", op.method())
          .put("urlPathPattern", "/config/setup/v1" + ContractData.pathPattern(op.pathTemplate()));
      mapping.putObject("response").put("status", Integer.parseInt(status)).put("body", body.toString())
          .putObject("headers").put("Content-Type", "application/json");
      wire.stub(mapping.toString());
      JsonNode items = body.isArray() ? body : body.path("data");
      expected += items.size();

      // the dynamic door over the Setup registry reads the same list
      String setupBase = FolderService.defaultSetupBaseUrl(wire.client.executor().options());
      var executor = wire.client.executor().withOptions(wire.client.executor().options().toBuilder().baseUrl(setupBase).build());
      JsonNode dynamic = new DynamicDispatcher(FolderService.registry(), executor).execute(op.resource(), op.operation(), Map.of());
      assertThat(dynamic.path("data")).as("%s %s: dynamic items", op.key(), variant).hasSize(items.size());
    }
    List<FolderInfo> folders = wire.client.folders().list();
    assertThat(folders).as("folders and snippets, %s", variant).hasSize(expected);
    assertThat(folders).allSatisfy(f -> assertThat(f.name()).isNotNull());
  }
}
