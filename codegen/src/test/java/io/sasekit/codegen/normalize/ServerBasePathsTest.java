package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.parse.ParsedSpec;
import io.sasekit.codegen.parse.SpecParser;
import org.junit.jupiter.api.Test;

/** Rule {@code ServerBasePathPrefixed}: a file's first server path prefixes its operation paths. */
class ServerBasePathsTest {
  private static ParsedSpec spec(String servers) {
    return new SpecParser().parseText("scm/x.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n" + servers
        + "paths:\n  /addresses:\n    get:\n      responses:\n        '200': {description: ok}\n");
  }

  @Test
  void firstServerPathPrefixesTheOperationAndIsNoted() {
    ParsedSpec s = spec("servers:\n  - url: https://api.strata.paloaltonetworks.com/config/objects/v1/\n"
        + "  - url: https://api.sase.paloaltonetworks.com/sse/config/v1\n");
    ApiModel model = new ApiModel("scm");
    Operation op = new Operation();
    op.resource = "address";
    op.name = "list";
    op.path = "/addresses";
    ServerBasePaths.apply(model, s, op);
    assertThat(op.path).isEqualTo("/config/objects/v1/addresses");
    assertThat(model.notes).anySatisfy(n -> {
      assertThat(n.rule()).isEqualTo(ServerBasePaths.RULE);
      assertThat(n.where()).isEqualTo("address.list");
    });
  }

  @Test
  void aFileWithoutServerOrServerPathFails() {
    assertThatThrownBy(() -> ServerBasePaths.basePath(spec("")))
        .hasMessageContaining("scm/x.yaml");
    assertThatThrownBy(() -> ServerBasePaths.basePath(spec("servers:\n  - url: https://api.strata.paloaltonetworks.com\n")))
        .hasMessageContaining("has no path");
  }

  @Test
  void theCustomizationKeyIsReadAndOffByDefault() {
    assertThat(Customization.parse("{}").serverBasePath).isFalse();
    assertThat(Customization.parse("{\"serverBasePath\": true}").serverBasePath).isTrue();
  }
}
