package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The naming table must name every spec operation, and only spec operations. */
class NamingTableTest {

  @Test
  void aSpecOperationWithoutRowFailsTheBuild() {
    NamingTable table = Fragments.table(
        "objects.yaml GET /things thing list",
        "objects.yaml POST /things thing create",
        "objects.yaml GET /things/{id} thing get");
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("objects.yaml"), table, Fragments.objectsCustomization()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spec operation has no naming-table row: fragments/objects.yaml DELETE /things/{id}");
  }

  @Test
  void aRowNamingNoSpecOperationFailsTheBuild() {
    NamingTable table = Fragments.table(
        "objects.yaml GET /things thing list",
        "objects.yaml POST /things thing create",
        "objects.yaml GET /things/{id} thing get",
        "objects.yaml DELETE /things/{id} thing delete",
        "objects.yaml PUT /things/{id} thing update");
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("objects.yaml"), table, Fragments.objectsCustomization()))
        .hasMessageContaining("naming-table row names no spec operation: fragments/objects.yaml PUT /things/{id} -> thing.update");
  }

  @Test
  void aCompleteTableApplies() {
    var model = Fragments.objects();
    assertThat(model.resources).hasSize(1);
    assertThat(model.resource("thing").operations).extracting(o -> o.name).containsExactly("list", "create", "get", "delete");
  }

  @Test
  void duplicateNamesAreRejected() {
    assertThatThrownBy(() -> Fragments.table("objects.yaml GET /things thing list", "objects.yaml GET /things/{id} thing list"))
        .hasMessageContaining("thing.list names two operations");
  }

  @Test
  void aTableRestrictedToSomeFilesChecksOnlyTheirRows() {
    NamingTable table = Fragments.table(
        "objects.yaml GET /things thing list",
        "objects.yaml POST /things thing create",
        "objects.yaml GET /things/{id} thing get",
        "objects.yaml DELETE /things/{id} thing delete",
        "other.yaml GET /others other list");
    // whole table: the row of a file this generation does not read fails
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("objects.yaml"), table, Fragments.objectsCustomization()))
        .hasMessageContaining("naming-table row names a spec file that was not read: fragments/other.yaml GET /others");
    // restricted to the generation's selection: only its rows, still checked both ways
    NamingTable objectsOnly = table.under("fragments/objects.yaml");
    assertThat(objectsOnly.rows()).hasSize(4);
    var model = Fragments.normalize("test", Fragments.parse("objects.yaml"), objectsOnly, Fragments.objectsCustomization());
    assertThat(model.resource("thing").operations).hasSize(4);
    assertThat(table.under("fragments/").rows()).hasSize(5);
  }
}
