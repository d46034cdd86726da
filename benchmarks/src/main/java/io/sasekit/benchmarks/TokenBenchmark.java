package io.sasekit.benchmarks;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.auth.ClientCredentialsTokenProvider;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The token path when the token is cached: the provider's {@code token()} alone, and a GET through
 * a client-credentials client next to the same GET with a static token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenBenchmark {
  private BenchServer.Handle server;
  private TokenProvider cached;
  private PrismaAccessClient withClientCredentials;
  private PrismaAccessClient withStaticToken;

  /** Options that fetch tokens from the loopback server's token endpoint. */
  static ClientOptions.Builder clientCredentials(String baseUrl) {
    return ClientOptions.builder()
        .baseUrl(baseUrl)
        .tsgId("1234567890")
        .clientId("bench@1234567890.iam.panserviceaccount.com")
        .clientSecret("bench-secret")
        .tokenUrl(baseUrl + CannedServer.TOKEN_PATH)
        .maxRetries(0);
  }

  /** Starts the server, fills the token cache once. */
  @Setup(Level.Trial)
  public void open() {
    server = BenchServer.open(200);
    cached = ClientCredentialsTokenProvider.of(clientCredentials(server.baseUrl()).build());
    cached.token();
    withClientCredentials = PrismaAccessClient.builder().baseUrl(server.baseUrl())
        .options(o -> o.tsgId("1234567890").clientId("bench@1234567890.iam.panserviceaccount.com")
            .clientSecret("bench-secret").tokenUrl(server.baseUrl() + CannedServer.TOKEN_PATH).maxRetries(0))
        .build();
    withClientCredentials.addresses().get("warm");
    withStaticToken = PrismaAccessClient.builder().baseUrl(server.baseUrl())
        .options(o -> o.tsgId("1234567890").tokenProvider(TokenProvider.ofStatic("bench-token")).maxRetries(0))
        .build();
  }

  /** Closes clients and a server started here. */
  @TearDown(Level.Trial)
  public void close() {
    withClientCredentials.close();
    withStaticToken.close();
    server.close();
  }

  /** {@code token()} on a warm client-credentials cache. */
  @Benchmark
  public AccessToken cachedToken() {
    return cached.token();
  }

  /** A GET whose bearer token comes from the warm client-credentials cache. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Address getClientCredentialsCached() {
    return withClientCredentials.addresses().get("00000000-0000-4000-8000-000000000007");
  }

  /** The same GET with a static token: the difference to the previous one is the token path. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Address getStaticToken() {
    return withStaticToken.addresses().get("00000000-0000-4000-8000-000000000007");
  }

  /** Token requests the server started here received (the test checks the cache is used). */
  int tokenRequests() {
    return server.local().tokenRequests();
  }
}
