package io.sasekit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonModelTest {
  private final ObjectMapper mapper = JsonMapper.shared();

  /** Shaped like a generated model: typed getters and setters, nothing else. */
  @JsonDeserialize(builder = Tunnel.Builder.class)
  static final class Tunnel extends JsonModel {
    private Tunnel(Builder b) {
      super(b, "pre_shared_key");
    }

    static Builder builder() {
      return new Builder();
    }

    Builder toBuilder() {
      return copyInto(new Builder());
    }

    String name() {
      return member("name");
    }

    Optional<String> preSharedKey() {
      return optionalMember("pre_shared_key");
    }

    List<Tunnel> peers() {
      return listMember("peers");
    }

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder extends JsonModel.Builder<Tunnel, Builder> {
      @JsonProperty("name")
      Builder name(String name) {
        return setMember("name", name);
      }

      @JsonProperty("pre_shared_key")
      Builder preSharedKey(String preSharedKey) {
        return setMember("pre_shared_key", preSharedKey);
      }

      @JsonProperty("peers")
      Builder peers(List<Tunnel> peers) {
        return setMember("peers", peers);
      }

      Builder addPeer(Tunnel value) {
        return addElement("peers", value);
      }

      @Override
      public Tunnel build() {
        return new Tunnel(this);
      }
    }
  }

  @Test
  void readsTypedMembersAndKeepsUnknownOnesForTheWayBack() throws Exception {
    String json = "{\"name\":\"t1\",\"peers\":[{\"name\":\"t2\",\"extra\":1}],\"future\":{\"a\":true}}";
    Tunnel t = mapper.readValue(json, Tunnel.class);
    assertThat(t.name()).isEqualTo("t1");
    assertThat(t.peers()).singleElement().satisfies(p -> {
      assertThat(p).isInstanceOf(Tunnel.class);
      assertThat(p.name()).isEqualTo("t2");
      assertThat(p.additionalProperties()).containsKey("extra");
    });
    assertThat(t.additionalProperties()).containsOnlyKeys("future");
    assertThat(mapper.readTree(mapper.writeValueAsString(t))).isEqualTo(mapper.readTree(json));
  }

  @Test
  void absentMembersAreLeftOutAndReadAsEmpty() throws Exception {
    Tunnel t = Tunnel.builder().name("t1").preSharedKey(null).build();
    assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"name\":\"t1\"}");
    assertThat(t.preSharedKey()).isEmpty();
    assertThat(t.peers()).isEmpty();
  }

  @Test
  void isImmutableAndToBuilderCopies() {
    Tunnel.Builder b = Tunnel.builder().name("t1").addPeer(Tunnel.builder().name("p").build());
    Tunnel t = b.build();
    b.addPeer(Tunnel.builder().name("q").build()).name("changed");
    assertThat(t.name()).isEqualTo("t1");
    assertThat(t.peers()).hasSize(1);
    assertThatThrownBy(() -> t.peers().add(t)).isInstanceOf(UnsupportedOperationException.class);
    Tunnel copy = t.toBuilder().addPeer(Tunnel.builder().name("r").build()).putAdditionalProperty("x", 1).build();
    assertThat(copy.peers()).hasSize(2);
    assertThat(t.peers()).hasSize(1);
    assertThat(copy.toBuilder().removeAdditionalProperty("x").build().additionalProperties()).isEmpty();
  }

  @Test
  void equalityCoversKnownAndUnknownMembers() {
    Tunnel a = Tunnel.builder().name("t").build();
    assertThat(a).isEqualTo(Tunnel.builder().name("t").build()).hasSameHashCodeAs(Tunnel.builder().name("t").build());
    assertThat(a).isNotEqualTo(Tunnel.builder().name("u").build());
    assertThat(a).isNotEqualTo(a.toBuilder().putAdditionalProperty("x", 1).build());
  }

  @Test
  void toStringRedactsSecretsAndNamesUnknownMembersOnly() {
    Tunnel t = Tunnel.builder().name("t1").preSharedKey("s3cr3t").putAdditionalProperty("opaque", "v4lue").build();
    assertThat(t.toString())
        .isEqualTo("Tunnel{name=t1, pre_shared_key=***, additionalProperties=[opaque]}")
        .doesNotContain("s3cr3t", "v4lue");
  }

  @Test
  void anUnknownMemberNeverHidesAKnownOne() throws Exception {
    Tunnel t = Tunnel.builder().name("t1").putAdditionalProperty("name", "other").build();
    assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"name\":\"t1\"}");
  }

  @Test
  void membersAreWrittenInTheOrderTheyWereSetAndARemovedOneMovesToTheEnd() throws Exception {
    Tunnel.Builder b = Tunnel.builder().preSharedKey("k").name("t1");
    assertThat(mapper.writeValueAsString(b.build())).isEqualTo("{\"pre_shared_key\":\"k\",\"name\":\"t1\"}");
    b.preSharedKey(null).preSharedKey("k2");
    assertThat(mapper.writeValueAsString(b.build())).isEqualTo("{\"name\":\"t1\",\"pre_shared_key\":\"k2\"}");
    Tunnel read = mapper.readValue("{\"peers\":[],\"name\":\"x\"}", Tunnel.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo("{\"peers\":[],\"name\":\"x\"}");
  }

  @Test
  void aBuilderChangedAfterBuildLeavesTheBuiltModelAsItWas() throws Exception {
    Tunnel.Builder b = Tunnel.builder().name("t1").addPeer(Tunnel.builder().name("p").build())
        .putAdditionalProperty("x", 1);
    Tunnel first = b.build();
    Tunnel second = b.build();
    b.name(null).addPeer(Tunnel.builder().name("q").build()).removeAdditionalProperty("x").preSharedKey("k");
    Tunnel third = b.build();
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(mapper.writeValueAsString(first))
        .isEqualTo("{\"name\":\"t1\",\"peers\":[{\"name\":\"p\"}],\"x\":1}");
    assertThat(third.name()).isNull();
    assertThat(third.peers()).hasSize(2);
    assertThat(third.additionalProperties()).isEmpty();
    assertThat(first.toBuilder().build()).isEqualTo(first);
  }

  @Test
  void equalityDoesNotDependOnTheOrderMembersWereSet() {
    Tunnel a = Tunnel.builder().name("t").preSharedKey("k").build();
    Tunnel b = Tunnel.builder().preSharedKey("k").name("t").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Tunnel.builder().name("t").build());
    assertThat(Tunnel.builder().name("t").build()).isNotEqualTo(a);
  }

  @Test
  void anUnknownMemberWithANullValueIsWrittenAsNull() throws Exception {
    Tunnel t = mapper.readValue("{\"name\":\"t\",\"gone\":null}", Tunnel.class);
    assertThat(t.additionalProperties()).containsEntry("gone", null);
    assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"name\":\"t\",\"gone\":null}");
  }
}
