package io.sasekit.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.json.JsonModel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link NameLookup#missingIdName}: a model is read from its values (no JSON tree), and says the
 * same as its JSON tree for every shape of {@code id} and {@code name}, known or unknown members.
 */
class NameLookupMissingIdTest {

  /** Shaped like a generated model with {@code id} and {@code name} members of any type. */
  @JsonDeserialize(builder = Thing.Builder.class)
  static final class Thing extends JsonModel {
    private Thing(Builder b) {
      super(b);
    }

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder extends JsonModel.Builder<Thing, Builder> {
      @JsonProperty("id")
      Builder id(Object id) {
        return setMember("id", id);
      }

      @JsonProperty("name")
      Builder name(Object name) {
        return setMember("name", name);
      }

      @Override
      public Thing build() {
        return new Thing(this);
      }
    }
  }

  @Test
  void aModelSaysWhatItsJsonTreeSays() throws Exception {
    List<Thing> cases = new ArrayList<>();
    Object[] ids = {null, "", "abc", UUID.fromString("00000000-0000-4000-8000-000000000007"), 7, List.of("x")};
    Object[] names = {null, "", "web", 12, List.of("web")};
    for (Object id : ids) {
      for (Object name : names) {
        Thing.Builder b = new Thing.Builder();
        if (id != null) {
          b.id(id);
        }
        if (name != null) {
          b.name(name);
        }
        cases.add(b.build());
      }
    }
    cases.add(new Thing.Builder().id(null).name(null).build()); // set to null: written as null
    for (String json : List.of("{\"name\":\"web\"}", "{\"id\":\"x1\",\"name\":\"web\"}", "{}",
        "{\"name\":\"web\",\"extra\":{\"id\":\"inner\"}}")) {
      cases.add(JsonMapper.shared().readValue(json, Thing.class));
    }
    // unknown members that carry id or name (the model's own members absent)
    cases.add(new Thing.Builder().name("web").putAdditionalProperty("id", "from-unknown").build());
    cases.add(new Thing.Builder().putAdditionalProperty("name", "unknown-name").build());
    cases.add(new Thing.Builder().id("").putAdditionalProperty("name", "unknown-name").build());

    for (Thing t : cases) {
      String fromTree = NameLookup.missingIdName(JsonMapper.shared().valueToTree(t));
      assertThat(NameLookup.missingIdName(t)).as("%s", t).isEqualTo(fromTree);
    }
    // and the answers themselves, for the common shapes
    assertThat(NameLookup.missingIdName(new Thing.Builder().name("web").build())).isEqualTo("web");
    assertThat(NameLookup.missingIdName(new Thing.Builder().id("").name("web").build())).isEqualTo("web");
    assertThat(NameLookup.missingIdName(new Thing.Builder().id("x1").name("web").build())).isNull();
    assertThat(NameLookup.missingIdName(new Thing.Builder().name("").build())).isNull();
    assertThat(NameLookup.missingIdName(new Thing.Builder().name("web").putAdditionalProperty("id", "u1").build()))
        .isNull();
  }
}
