package io.sasekit.codegen.parse;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Parses one OpenAPI 3 file with Swagger Parser, keeping {@code $ref}s to its own components. */
public final class SpecParser {

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
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result == null || result.getOpenAPI() == null) {
      List<String> messages = result == null ? List.of() : result.getMessages();
      throw new IllegalArgumentException("cannot parse " + specPath + ": " + messages);
    }
    return new ParsedSpec(specPath, result.getOpenAPI());
  }

}
