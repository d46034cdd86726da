package io.sasekit.codegen.normalize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All per-API fixes and names that are not general rules, kept as data in one file per API
 * ({@code specs/<api>-customization.json}). Unknown keys fail the build (typos must not pass
 * silently); keys starting with {@code _} are comments.
 */
@JsonIgnoreProperties(value = {"_comment", "_comments"})
public final class Customization {
  /** API title for the registry (default: the first spec file's info.title). */
  @JsonProperty public String title;
  /** Default base URL (default: the first spec file's first server). */
  @JsonProperty public String defaultBaseUrl;
  /**
   * Whether each file's operation paths are relative to the path of its first server (SCM:
   * {@code /config/<domain>/v1}); the operations then carry that prefix (rule {@code ServerBasePathPrefixed}).
   */
  @JsonProperty public boolean serverBasePath;
  /**
   * Client options the API cannot work without, checked by the client builder's {@code build()}
   * (e.g. {@code tsgId} for Prisma Access); see {@code ClientOptions.Builder.require}.
   */
  @JsonProperty public List<String> requiredOptions = List.of();
  /** Component schema name ({@code name} or {@code File.yaml#name}) -> model/registry name. */
  @JsonProperty public Map<String, String> modelNames = new LinkedHashMap<>();
  /**
   * Names of inline types: {@code resource.operation.body}, {@code resource.operation.response} or
   * {@code Model.property} -> type name.
   */
  @JsonProperty public Map<String, String> inlineNames = new LinkedHashMap<>();
  /** Enum type names: {@code resource.operation.parameter} or {@code Model.property} -> type name. */
  @JsonProperty public Map<String, String> enumNames = new LinkedHashMap<>();
  /**
   * Default name (or the dotted name of one of the merged types) -> chosen name of a top-level type
   * that merges structurally identical inline types of several models (the default is made of the
   * common trailing words of their flat names, e.g. {@code ActionBlockIp} -> {@code BlockIpAction}).
   * An entry that matches no merged group fails the build; so does a default name two groups share
   * (key those by a member instead).
   */
  @JsonProperty public Map<String, String> mergedTypeNames = new LinkedHashMap<>();
  /** Resource key -> client accessor name, where simple English pluralization is wrong. */
  @JsonProperty public Map<String, String> accessorNames = new LinkedHashMap<>();
  /**
   * Resource key -> simple name of its service interface (ending in {@code Service}), where the
   * default ({@code <TypeName>Service}) repeats a word ({@code ServiceService}) or makes a generated
   * service class name longer than 40 characters. The accessor keeps its name.
   */
  @JsonProperty public Map<String, String> serviceNames = new LinkedHashMap<>();
  /** Resource key -> fully qualified hand-written interfaces its sync service extends. */
  @JsonProperty public Map<String, List<String>> serviceExtends = new LinkedHashMap<>();
  /** Resource key -> fully qualified hand-written interfaces its async service extends. */
  @JsonProperty public Map<String, List<String>> asyncServiceExtends = new LinkedHashMap<>();
  /** Parameter names whose enum is dropped: they stay plain strings (e.g. {@code folder}). */
  @JsonProperty public List<String> plainStringParameters = List.of();
  /** {@code Type.property} of enum properties that stay plain strings (e.g. folder names). */
  @JsonProperty public List<String> plainStringProperties = List.of();
  /** Required query parameters listed here come first (in this order) among positional arguments. */
  @JsonProperty public List<String> parameterOrder = List.of();
  /**
   * Groups of parameters of which exactly one is taken: an operation declaring all of a group
   * required gets them optional plus an {@code exactlyOneOf} constraint.
   */
  @JsonProperty public List<List<String>> exactlyOneOfGroups = List.of();
  /** {@code resource.operation} -> model name of the correct request body (spec copy-paste defects). */
  @JsonProperty public Map<String, String> bodyOverrides = new LinkedHashMap<>();
  /**
   * {@code resource.operation} whose body the spec declares as an array of arrays although the
   * service reads one flat array (rule {@code NestedArrayBodyFlattened}).
   */
  @JsonProperty public List<String> flattenedBodies = List.of();
  /** {@code resource.operation} -> parameters wrongly declared required. */
  @JsonProperty public Map<String, List<String>> optionalParameters = new LinkedHashMap<>();
  /**
   * Operation names whose undeclared success body is in fact the resource's model (the service
   * answers with the written object).
   */
  @JsonProperty public List<String> echoResponseOperations = List.of();
  /**
   * {@code resource.operation} -> the answer the service sends although the spec declares none
   * (e.g. the job submission of {@code configVersion.push}).
   */
  @JsonProperty public Map<String, ResponseOverride> responseOverrides = new LinkedHashMap<>();
  /**
   * {@code resource.operation}, or {@code *.operation} for every operation of that name that takes a
   * path parameter and whose resource's {@code list} declares the parameter -> parameters the service
   * accepts although the spec does not declare them (registry-style parameter objects).
   */
  @JsonProperty public Map<String, List<ExtraParameter>> extraParameters = new LinkedHashMap<>();
  /** Fully qualified hand-written interfaces the generated client implements. */
  @JsonProperty public List<String> clientExtends = List.of();
  /** Fully qualified hand-written interfaces the generated async client implements. */
  @JsonProperty public List<String> asyncClientExtends = List.of();
  /**
   * {@code Schema.property} of a named schema -> whether it holds a secret, where the name-based
   * rule is wrong ({@code OauthToken.access_token}: true; {@code ApiKey.api_key_name}: false).
   */
  @JsonProperty public Map<String, Boolean> secretProperties = new LinkedHashMap<>();
  /**
   * The largest page size the service honours (Prisma Access: 5000); written into every paged
   * operation's registry {@code paging.maxLimit}, so that the pager never asks for more. Null: none known.
   */
  @JsonProperty public Integer pageSizeLimit;

  /**
   * The API's container value type and the members that carry a container (SCM:
   * {@code io.sasekit.scm.Container}, {@code folder}, {@code snippet}, {@code device}). Every
   * operation that takes a choice of them (two or more as query parameters, or an exactly-one group
   * of them in its body) gets overloads taking the type instead. Null: none.
   */
  @JsonProperty public ContainerType container;

  /**
   * Asks for a generated enum of the API's regional hosts, one constant per server URL its spec files
   * declare (plan: {@code JavaRegions}; emitter {@code RegionEnumEmitter}). Null: no such enum.
   */
  @JsonProperty public Regions regions;

  /** The value of {@link #regions}. */
  @JsonIgnoreProperties(value = {"_comment"})
  public static final class Regions {
    /** Simple name of the enum, generated in the module's base package (e.g. {@code AirsRegion}). */
    @JsonProperty("enum") public String enumName;
    /**
     * Host prefix (the server host's first label, e.g. {@code service-de}) -> constant name (e.g.
     * {@code EU}). A server without an entry gets a name derived from its code, and the build notes it.
     */
    @JsonProperty public Map<String, String> names = new LinkedHashMap<>();
    /**
     * Host prefix -> short code {@code of(String)} also accepts (e.g. {@code service} -> {@code us}).
     * Without an entry the code is what follows the prefix's first {@code -} ({@code service-de} ->
     * {@code de}), else the prefix itself.
     */
    @JsonProperty public Map<String, String> codes = new LinkedHashMap<>();
    /** Extra paragraph of the enum's Javadoc (what a user must know to pick a region), or null. */
    @JsonProperty public String description;
  }

  /** The value of {@link #container}. */
  @JsonIgnoreProperties(value = {"_comment"})
  public static final class ContainerType {
    /**
     * Fully qualified hand-written class implementing {@code io.sasekit.core.operation.ContainerArgument}
     * ({@code member()} is one of {@link #members}, {@code name()} the container's name).
     */
    @JsonProperty public String type;
    /** Wire names of the members that carry a container, e.g. {@code folder}, {@code snippet}, {@code device}. */
    @JsonProperty public List<String> members = List.of();
  }

  /** One entry of {@link #responseOverrides}. */
  @JsonIgnoreProperties(value = {"_comment"})
  public static final class ResponseOverride {
    /** Response shape as in the registry: {@code object}, {@code single}, {@code list}, {@code any} or {@code none}. */
    @JsonProperty public String shape;
    /** Registry-style schema (inline, or {@code {"$ref": "Model"}}); absent for shape {@code none}. */
    @JsonProperty public JsonNode schema;
    /** When set, the inline {@link #schema} becomes the named schema (and model) of this name. */
    @JsonProperty public String modelName;
  }

  /** One entry of {@link #extraParameters}: a registry-style parameter object. */
  @JsonIgnoreProperties(value = {"_comment"})
  public static final class ExtraParameter {
    /** Wire name. */
    @JsonProperty public String name;
    /** {@code query} or {@code header}. */
    @JsonProperty public String in;
    /** Whether a call must supply it (default false). */
    @JsonProperty public boolean required;
    /** Description for the registry and Javadoc. */
    @JsonProperty public String description;
    /** Registry-style schema of the value. */
    @JsonProperty public JsonNode schema;
  }

  /** An empty customization. */
  public Customization() {}

  /** Reads a customization file; a missing path gives an empty customization. */
  public static Customization read(Path file) {
    if (file == null) {
      return new Customization();
    }
    try {
      return new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(Files.readAllBytes(file), Customization.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read customization " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses customization JSON text. */
  public static Customization parse(String json) {
    try {
      return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json, Customization.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot parse customization: " + e.getMessage(), e);
    }
  }
}
