package io.sasekit.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON configuration of the SDK. Every body the SDK sends or reads goes through a mapper
 * configured here:
 *
 * <ul>
 *   <li>unknown properties are tolerated ({@code FAIL_ON_UNKNOWN_PROPERTIES} off), so a new
 *       server field never breaks a read;
 *   <li>{@code null} and absent ({@code Optional.empty()}) properties are left out of requests
 *       ({@link JsonInclude.Include#NON_ABSENT});
 *   <li>{@code java.time} types and {@code Optional} are supported ({@link JavaTimeModule},
 *       {@link Jdk8Module}); dates are written as ISO-8601 strings, not numbers;
 *   <li>an {@link OpenEnum} is written as its {@link OpenEnum#value()};
 *   <li>a whole {@code double} is written without fraction or exponent ({@code 41}, not {@code 41.0}).
 * </ul>
 *
 * <p>Generated models and the runtime share {@link #shared()}. Do not reconfigure the shared
 * instance; call {@link #create()} for a private copy to adjust.
 */
public final class JsonMapper {
  private static final ObjectMapper SHARED = create();

  private JsonMapper() {}

  /**
   * The SDK's shared mapper. Thread-safe for reading and writing; never change its
   * configuration (use {@link #create()} for that).
   */
  public static ObjectMapper shared() {
    return SHARED;
  }

  /** A new mapper with the SDK's configuration, free to be adjusted by the caller. */
  public static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(new Jdk8Module());
    mapper.registerModule(openEnumModule());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
    return mapper;
  }

  private static SimpleModule openEnumModule() {
    SimpleModule module = new SimpleModule("sasekit-open-enum");
    module.addSerializer(OpenEnum.class, new OpenEnumSerializer());
    module.addSerializer(Double.class, new WholeDoubleSerializer());
    module.addSerializer(double.class, new WholeDoubleSerializer());
    return module;
  }

  /**
   * Writes a whole {@code double} (the Java type of the specs' {@code type: number}) without a
   * fraction or exponent: {@code 41}, not {@code 41.0}; {@code 1700000000}, not {@code 1.7E9}. The
   * JSON value is the same, but services that decode into integers accept only the plain form.
   */
  private static final class WholeDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;
    private static final double EXACT_LONG = 9007199254740992d; // 2^53

    WholeDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      double d = value;
      if (d == Math.rint(d) && Math.abs(d) <= EXACT_LONG && !(d == 0 && 1 / d < 0)) {
        gen.writeNumber((long) d);
      } else {
        gen.writeNumber(d);
      }
    }
  }

  /**
   * The serialization attribute under which the SDK collects where unknown open-enum values that
   * came from the service ({@link OpenEnum#isReceived()}) were written: a {@code Set<String>} of
   * paths like {@code body.rules[0].host}. Validation does not reject such a value for not being
   * one of the constants the spec lists (read-modify-write keeps it); an unknown value the caller
   * built with {@code of(..)} is not recorded and is rejected.
   */
  public static final String UNKNOWN_ENUM_PATHS = "io.sasekit.unknownEnumPaths";

  /** The validator-style path ({@code body.a[1].b}) of the value about to be written. */
  static String pathOf(com.fasterxml.jackson.core.JsonStreamContext ctx) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    boolean innermost = true;
    for (com.fasterxml.jackson.core.JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        // the innermost array has not counted the element being written yet
        parts.push("[" + (innermost ? c.getEntryCount() : c.getCurrentIndex()) + "]");
      } else if (c.inObject()) {
        parts.push("." + c.getCurrentName());
      }
      innermost = false;
    }
    return "body" + String.join("", parts);
  }

  /** Writes an {@link OpenEnum} as its wire value. */
  private static final class OpenEnumSerializer extends StdSerializer<OpenEnum> {
    private static final long serialVersionUID = 1L;

    OpenEnumSerializer() {
      super(OpenEnum.class);
    }

    @Override
    public void serialize(OpenEnum value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (!value.isKnown() && value.isReceived()) {
        Object paths = provider.getAttribute(UNKNOWN_ENUM_PATHS);
        if (paths instanceof java.util.Set) {
          @SuppressWarnings("unchecked")
          java.util.Set<String> set = (java.util.Set<String>) paths;
          set.add(pathOf(gen.getOutputContext()));
        }
      }
      gen.writeString(value.value());
    }
  }
}
