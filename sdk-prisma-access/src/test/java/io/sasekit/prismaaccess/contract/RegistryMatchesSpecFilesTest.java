package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.ServiceDriver;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one registry-vs-spec test: the registry the generator compiled against the locked original
 * files read as plain YAML here ({@link SpecApi}): the same operations (spec file, method,
 * path), the same count, the same path stems and operation ids; the naming table names each of them
 * exactly once; and the spec defects the generator repairs show repaired in the registry. Every count
 * is computed from the files.
 */
class RegistryMatchesSpecFilesTest {
  private static List<SpecOperation> specOps;
  private static Set<String> specKeys;

  @BeforeAll
  static void readFiles() {
    specOps = PrismaAccessSpec.SPEC.operations();
    specKeys = new TreeSet<>();
    specOps.forEach(o -> specKeys.add(o.specFile() + " " + o.signature()));
  }

  @Test
  void everyLockedFileIsReadAndDeclaresOperations() throws IOException {
    long locked = Files.readAllLines(SpecApi.repoRoot().resolve("specs/specs.lock.tsv")).stream()
        .filter(l -> l.startsWith(PrismaAccessSpec.SPEC.prefix())).count();
    assertThat(PrismaAccessSpec.SPEC.files()).hasSize((int) locked);
    for (SpecApi.SpecFile f : PrismaAccessSpec.SPEC.files()) {
      assertThat(PrismaAccessSpec.SPEC.operations(f)).as(f.path()).isNotEmpty();
    }
    assertThat(specKeys).as("no operation declared twice").hasSize(specOps.size());
  }

  @Test
  void registryHasExactlyTheOperationsTheFilesDeclare() {
    List<OperationSpec> ops = PrismaAccessOperations.registry().operations();
    Set<String> registryKeys = new TreeSet<>();
    ops.forEach(op -> registryKeys.add(op.specFile() + " " + op.method() + " " + op.pathTemplate()));
    assertThat(ops).hasSize(specOps.size());
    assertThat(registryKeys).hasSize(specOps.size());
    assertThat(registryKeys).isEqualTo(specKeys);
    assertThat(PrismaAccessOperations.OPERATION_COUNT).isEqualTo(specOps.size());
  }

  @Test
  void registryHasTheSamePathStems() {
    Set<String> specStems = new TreeSet<>();
    specOps.forEach(o -> specStems.add(o.stem()));
    Set<String> registryStems = new TreeSet<>();
    PrismaAccessOperations.registry().operations().forEach(op -> registryStems.add(SpecApi.stem(op.pathTemplate())));
    assertThat(registryStems).isEqualTo(specStems);
    assertThat(specStems).contains("/sse/config/v1/addresses", "/sse/config/v1/config-versions",
        "/sse/config/v1/certificates", "/sse/config/v1/mobile-agent/user-authentication");
  }

  @Test
  void operationIdsMatch() {
    Map<String, String> specIds = new LinkedHashMap<>();
    specOps.forEach(o -> specIds.put(o.specFile() + " " + o.signature(), o.operationId()));
    for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
      assertThat(op.operationId()).as(op.toString())
          .isEqualTo(specIds.get(op.specFile() + " " + op.method() + " " + op.pathTemplate()));
    }
  }

  /** The naming table's rows by {@code specFile METHOD path}; fails on a repeated row. */
  private static Map<String, String[]> namingRows() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : Files.readAllLines(SpecApi.repoRoot().resolve("specs/prisma-access-naming.tsv"))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("spec_file\t")) {
        continue;
      }
      String[] c = line.split("\t");
      if (rows.put(c[0] + " " + c[1] + " " + c[2], c) != null) {
        duplicates.add(line);
      }
    }
    assertThat(duplicates).isEmpty();
    return rows;
  }

  @Test
  void namingTableCoversEveryOperationOnce() throws IOException {
    Map<String, String[]> rows = namingRows();
    assertThat(rows.keySet()).isEqualTo(specKeys);

    Set<String> resources = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
      String[] row = rows.get(op.specFile() + " " + op.method() + " " + op.pathTemplate());
      assertThat(row).as(op.toString()).isNotNull();
      assertThat(op.operationId()).as("operation id of " + op).isEqualTo(row[3]);
      assertThat(op.resource() + "." + op.operation()).as(op.toString()).isEqualTo(row[4] + "." + row[5]);
      resources.add(row[4]);
      keys.add(row[4] + "." + row[5]);
    }
    assertThat(keys).as("resource.operation is unique").hasSize(specOps.size());

    // one service accessor on the client per resource key of the table (found by the operations its
    // service runs: service names may differ from the key, customization serviceNames)
    Map<String, Method> accessors = ServiceDriver.accessorsByResource(PrismaAccessClient.class);
    assertThat(new TreeSet<>(accessors.keySet())).isEqualTo(new TreeSet<>(resources));
    assertThat(new HashSet<>(accessors.values())).hasSize(ServiceDriver.services(PrismaAccessClient.class).size());
  }

  @Test
  void clientExposesTheSameRegistry() throws IOException {
    try (PrismaAccessClient client = PrismaAccessClient.builder().clientId("id").clientSecret("secret").tsgId("1").build()) {
      assertThat(client.registry().operations()).hasSize(specOps.size());
      Set<String> tableResources = new TreeSet<>();
      namingRows().values().forEach(row -> tableResources.add(row[4]));
      assertThat(client.registry().resources()).containsExactlyInAnyOrderElementsOf(tableResources);
      assertThat(client.options().baseUrl()).isEqualTo("https://api.sase.paloaltonetworks.com");
    }
  }

  @Test
  void addressIsExactlyOneOfFourAddressKinds() throws Exception {
    SchemaSpec address = PrismaAccessOperations.registry().schemas().get("Address");
    assertThat(address).isNotNull();
    assertThat(address.required()).contains("name");
    assertThat(address.oneOf()).hasSize(4);
    Set<String> keys = new TreeSet<>();
    for (SchemaSpec option : address.oneOf()) {
      assertThat(option.required()).hasSize(1);
      keys.addAll(option.required());
    }
    assertThat(keys).containsExactlyInAnyOrder("ip_netmask", "ip_range", "ip_wildcard", "fqdn");

    try (InputStream in = getClass().getClassLoader().getResourceAsStream(PrismaAccessOperations.RESOURCE)) {
      JsonNode raw = new ObjectMapper().readTree(in);
      JsonNode create = null;
      for (JsonNode op : raw.path("operations")) {
        if (op.path("resource").asText().equals("address") && op.path("operation").asText().equals("create")) {
          create = op;
        }
      }
      assertThat(create).isNotNull();
      assertThat(create.path("body").path("schema").path("$ref").asText()).isEqualTo("Address");
      assertThat(create.path("response").path("shape").asText()).isEqualTo("object");
      assertThat(raw.path("schemas").path("Address").path("oneOf")).hasSize(4);
    }
  }

  @Test
  void specQuirksAreRepairedInTheRegistry() {
    OperationRegistry r = PrismaAccessOperations.registry();
    // folder: plain string with the translated pattern
    SchemaSpec folder = r.require("address", "list").parameter("folder").orElseThrow().schema();
    assertThat(folder.enumValues()).isEmpty();
    assertThat(folder.pattern().orElseThrow().pattern()).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
    assertThat(folder.pattern().orElseThrow().matcher("Mobile Users Explicit Proxy").matches()).isTrue();
    // GET by id typed as array -> single
    assertThat(r.require("address", "get").responseShape().name()).isEqualTo("SINGLE");
    // exactly one of folder/snippet/device
    OperationSpec kerberos = r.require("kerberosServerProfile", "create");
    assertThat(kerberos.exactlyOneOf()).containsExactly("folder", "snippet", "device");
    assertThat(kerberos.parameter("folder").orElseThrow().required()).isFalse();
    // wrongly required position
    assertThat(r.require("mfaServer", "create").parameter("position").orElseThrow().required()).isFalse();
    // TLS service profile update body
    assertThat(r.require("tlsServiceProfile", "update").body().schema().ref()).contains("TlsServiceProfile");
  }
}
