package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.ContainerFace;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.Fragments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The customization {@code container} on {@code anyof-oneof-groups.yaml}: operations that take a choice
 * of containers get overloads taking the container type, in the query (list, getByName) or in the body
 * (create, update); without the key nothing changes (the Prisma Access client keeps its API).
 */
class ContainerFaceEmitTest {
  private static final String TABLE_FILE = "anyof-oneof-groups.yaml";

  private static ApiModel model(String customization) {
    return Fragments.normalize("test", Fragments.parse(TABLE_FILE),
        Fragments.table(TABLE_FILE + " GET /addresses address list", TABLE_FILE + " POST /addresses address create",
            TABLE_FILE + " PUT /addresses/{id} address update", TABLE_FILE + " POST /security-rules securityRule create",
            TABLE_FILE + " POST /nat-rules natRule create"),
        Customization.parse(customization));
  }

  private static final String WITH_CONTAINER = "{\"modelNames\": {\"addresses\": \"Address\", \"security-rules\": \"SecurityRule\","
      + " \"nat-rules\": \"NatRule\"}, \"exactlyOneOfGroups\": [[\"folder\", \"snippet\", \"device\"]],"
      + " \"container\": {\"type\": \"com.example.Container\", \"members\": [\"folder\", \"snippet\", \"device\"]}}";

  private static String source(List<JavaFile> files, String name) {
    return files.stream().filter(f -> f.typeSpec().name().equals(name)).findFirst().orElseThrow().toString();
  }

  @Test
  void planPlacesTheContainerWhereTheSpecDoes() {
    JavaPlan plan = Fragments.plan(model(WITH_CONTAINER));
    ContainerFace list = plan.methods().get("address.list").container();
    assertThat(list.queryMembers()).containsExactly("folder", "snippet", "device");
    assertThat(list.inBody()).isFalse();
    assertThat(plan.spec().operation("address", "list").exactlyOneOf).containsExactly("folder", "snippet", "device");
    ContainerFace create = plan.methods().get("address.create").container();
    assertThat(create.bodyMembers()).containsExactly("folder", "snippet");
    assertThat(create.positional()).extracting(p -> p.javaName()).containsExactly("container", "address");
    assertThat(plan.methods().get("address.update").container().positional()).extracting(p -> p.javaName())
        .containsExactly("id", "container", "address");
    // the container group of a security rule is its body's single oneOf
    assertThat(plan.methods().get("securityRule.create").container().bodyMembers()).containsExactly("folder", "device");
  }

  @Test
  void servicesGetTheOverloadsAndTheImplementationPlacesTheContainer() {
    List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(model(WITH_CONTAINER)));
    String service = source(files, "AddressService");
    assertThat(service)
        .contains("Page<Address> list(Container container, AddressListParams params, RequestOptions options);")
        .contains("default Page<Address> list(Container container) {")
        .contains("Address create(Container container, Address address, RequestOptions options);")
        .contains("Address create(Address address, RequestOptions options);")
        .contains("Address update(String id, Container container, Address address, RequestOptions options);")
        .contains("Address getByName(Container container, String name, RequestOptions options);")
        .contains("import com.example.Container;")
        // without a container the positional-only list would always be refused: not offered
        .doesNotContain("default Page<Address> list() {");
    String impl = source(files, "AddressImpl");
    assertThat(impl)
        .contains("ContainerArguments.inQuery(opList, Arguments.builder()")
        .contains(".body(ContainerArguments.inBody(opCreate, address, container, List.of(\"folder\", \"snippet\")))");
    assertThat(source(files, "AddressAsyncImpl")).contains("return CompletableFuture.failedFuture(e);");
  }

  @Test
  void withoutTheKeyNothingChanges() {
    JavaPlan plan = Fragments.plan(model("{\"modelNames\": {\"addresses\": \"Address\", \"security-rules\": \"SecurityRule\","
        + " \"nat-rules\": \"NatRule\"}}"));
    assertThat(plan.methods().values()).allMatch(m -> m.container() == null);
    List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(plan);
    assertThat(source(files, "AddressService")).doesNotContain("Container").contains("default Page<Address> list() {");
  }
}
