package io.sasekit.codegen.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.ObjectMapperFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one OpenAPI 3 file with Swagger Parser, keeping {@code $ref}s to its own components.
 *
 * <p>The text is read into a tree the way Swagger Parser reads it ({@link ObjectMapperFactory}),
 * and one fact the parser would lose is recorded on it first: a schema that declares a scalar
 * {@code type} but carries {@code items} is turned into an array by Swagger Parser (type
 * inference), silently. Such a node gets the extension {@value #DECLARED_TYPE} holding the declared
 * type, so that the normalize stage (rule {@code ScalarWithStrayItems}) can let the declared type win.
 */
public final class SpecParser {
  /** Extension recording the scalar type a schema with a stray {@code items} declared. */
  public static final String DECLARED_TYPE = "x-sasekit-declared-type";

  private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");
  private static final ObjectMapper JSON = ObjectMapperFactory.createJson();
  private static final ObjectMapper YAML = ObjectMapperFactory.createYaml();

  /** Parses a file read from disk; {@code specPath} is its lock path (used in messages and the model). */
  public ParsedSpec parse(String specPath, Path file) {
    try {
      return parseText(specPath, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses spec text. */
  public ParsedSpec parseText(String specPath, String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    options.setResolveFully(false);
    options.setValidateExternalRefs(false);
    SwaggerParseResult result;
    if (text == null || text.isBlank()) {
      result = SwaggerParseResult.ofError("Null or empty definition");
    } else {
      JsonNode root;
      try {
        root = (text.trim().startsWith("{") ? JSON : YAML).readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot parse " + specPath + ": " + e.getOriginalMessage(), e);
      }
      markScalarsWithItems(root);
      result = new OpenAPIV3Parser().parseJsonNode(null, root, options);
    }
    if (result == null || result.getOpenAPI() == null) {
      List<String> messages = result == null ? List.of() : result.getMessages();
      throw new IllegalArgumentException("cannot parse " + specPath + ": " + messages);
    }
    return new ParsedSpec(specPath, result.getOpenAPI());
  }

  /**
   * Records {@value #DECLARED_TYPE} on every object with a scalar {@code type} (a string) and an
   * {@code items} object; returns how many were marked. Extension values are not visited. (Data
   * values such as {@code example} are: a data object shaped like such a schema would be marked too;
   * the normalize stage reads the mark on schemas only, and the specs have no such data.)
   */
  static int markScalarsWithItems(JsonNode node) {
    int n = 0;
    if (node instanceof ObjectNode o) {
      JsonNode type = o.get("type");
      if (type != null && type.isTextual() && SCALAR_TYPES.contains(type.textValue()) && o.get("items") instanceof ObjectNode) {
        o.put(DECLARED_TYPE, type.textValue());
        n++;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().startsWith("x-")) {
          n += markScalarsWithItems(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode c : a) {
        n += markScalarsWithItems(c);
      }
    }
    return n;
  }
}
