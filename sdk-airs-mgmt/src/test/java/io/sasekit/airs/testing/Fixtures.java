package io.sasekit.airs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Realistic answer bodies under {@code src/test/resources/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  /** The text of {@code fixtures/<name>}. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture as a JSON tree. */
  public static JsonNode json(String name) {
    try {
      return JsonMapper.shared().readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
