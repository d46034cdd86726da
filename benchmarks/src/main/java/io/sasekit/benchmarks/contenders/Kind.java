package io.sasekit.benchmarks.contenders;

import java.util.function.Function;

/** The contenders of a run, by the name used in JMH parameters and in the report. */
public enum Kind {
  /** Hand-written OkHttp + Jackson into sasekit's own model classes. */
  FLOOR(FloorContender::new),
  /** The sasekit typed client. */
  SASEKIT(SasekitContender::new),
  /** The OpenAPI Generator (java, okhttp-gson) client generated from the same Addresses.yaml. */
  OPENAPI_GENERATOR(OpenApiGeneratorContender::new);

  private final Function<Setup, Contender> factory;

  Kind(Function<Setup, Contender> factory) {
    this.factory = factory;
  }

  /**
   * The sasekit client with request validation off: a side contender for profiles (how much of a
   * call is the spec check the floor does not do), not one of the benchmark's contenders.
   */
  public static Contender sasekitWithoutValidation(Setup setup) {
    return new SasekitContender(setup, false);
  }

  /** A new contender against {@code setup}'s server. */
  public Contender open(Setup setup) {
    return factory.apply(setup);
  }

  /**
   * Where and how a contender connects.
   *
   * @param baseUrl the loopback server
   * @param bearerToken a static bearer token (null: fetch one with client credentials from {@code tokenUrl})
   * @param tokenUrl the token endpoint on the same server
   */
  public record Setup(String baseUrl, String bearerToken, String tokenUrl) {
    /** A static token against {@code baseUrl}. */
    public static Setup staticToken(String baseUrl) {
      return new Setup(baseUrl, "bench-token", baseUrl + io.sasekit.benchmarks.CannedServer.TOKEN_PATH);
    }
  }
}
