package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.schema.SchemaSpec;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry packaged in the jar against the spec files read directly with Jackson YAML. */
class RegistryMatchesSpecsTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static List<SpecFiles.Spec> specs;
  private static Set<String> specOperations;

  @BeforeAll
  static void readSpecs() throws Exception {
    specs = SpecFiles.prismaAccess();
    specOperations = new TreeSet<>();
    for (SpecFiles.Spec s : specs) {
      JsonNode doc = YAML.readTree(s.file().toFile());
      for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
        String path = paths.next();
        for (Iterator<String> ms = doc.path("paths").path(path).fieldNames(); ms.hasNext(); ) {
          String m = ms.next();
          if (METHODS.contains(m)) {
            specOperations.add(s.path() + " " + m.toUpperCase(Locale.ROOT) + " " + path);
          }
        }
      }
    }
  }

  @Test
  void everySpecFileOfTheLockIsRead() {
    assertThat(specs).hasSize(68);
  }

  @Test
  void registryHasExactlyTheSpecOperations() {
    OperationRegistry registry = PrismaAccessOperations.registry();
    Set<String> registryOperations = new TreeSet<>();
    for (OperationSpec op : registry.operations()) {
      registryOperations.add(op.specFile() + " " + op.method() + " " + op.pathTemplate());
    }
    assertThat(registry.operations()).hasSize(specOperations.size());
    assertThat(registryOperations).isEqualTo(specOperations);
    assertThat(PrismaAccessOperations.OPERATION_COUNT).isEqualTo(specOperations.size());
  }

  @Test
  void clientExposesTheSameRegistry() {
    try (PrismaAccessClient client = PrismaAccessClient.builder().clientId("id").clientSecret("secret").tsgId("1").build()) {
      assertThat(client.registry().operations()).hasSize(specOperations.size());
      assertThat(client.registry().resources()).hasSize(79);
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
