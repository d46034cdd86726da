package io.sasekit.testkit;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link PrismaAccessSimulator} for a test class.
 *
 * <p>Registered on a {@code static} field it starts once before all tests, is {@linkplain
 * PrismaAccessSimulator#reset() reset} before each test (unless {@link #keepStateBetweenTests()})
 * and stops after all tests; on an instance field it runs once per test. Test and lifecycle methods
 * can also take the simulator as a parameter.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static SimulatorExtension sim = SimulatorExtension.create();
 *
 *   @Test
 *   void pushes(PrismaAccessSimulator simulator) {
 *     MyClient client = new MyClient(sim.baseUrl(), sim.tokenUrl(), sim.clientId(), sim.clientSecret(), sim.tsgId());
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path (the testkit declares it optional).
 */
public final class SimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final PrismaAccessSimulator.Builder builder;
  private boolean resetBetweenTests = true;
  private PrismaAccessSimulator simulator;
  private String ownerId;
  private boolean perTest;

  private SimulatorExtension(PrismaAccessSimulator.Builder builder) {
    this.builder = builder;
  }

  /** An extension with the default simulator (registries from the class path). */
  public static SimulatorExtension create() {
    return new SimulatorExtension(PrismaAccessSimulator.builder());
  }

  /** An extension whose simulator is configured by {@code builder} (not started; the extension starts it). */
  public static SimulatorExtension create(PrismaAccessSimulator.Builder builder) {
    return new SimulatorExtension(builder);
  }

  /** An extension whose simulator builder is adjusted by {@code customizer}. */
  public static SimulatorExtension create(Consumer<PrismaAccessSimulator.Builder> customizer) {
    PrismaAccessSimulator.Builder b = PrismaAccessSimulator.builder();
    customizer.accept(b);
    return new SimulatorExtension(b);
  }

  /** Keeps configuration, jobs, tokens and the journal from one test to the next (static field only). */
  public SimulatorExtension keepStateBetweenTests() {
    this.resetBetweenTests = false;
    return this;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (simulator == null) {
      simulator = builder.start();
      ownerId = context.getUniqueId();
      perTest = false;
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (simulator != null && context.getUniqueId().equals(ownerId)) {
      simulator.close();
      simulator = null;
      ownerId = null;
    }
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      simulator = builder.start();
      ownerId = context.getUniqueId();
      perTest = true;
    } else if (!perTest && resetBetweenTests) {
      simulator.reset();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (simulator != null && perTest && context.getUniqueId().equals(ownerId)) {
      simulator.close();
      simulator = null;
      ownerId = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == PrismaAccessSimulator.class;
  }

  @Override
  public synchronized Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return simulator();
  }

  /** The running simulator; fails outside the test class's lifetime. */
  public synchronized PrismaAccessSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException(
          "the simulator runs only while the test class executes; register the extension with @RegisterExtension");
    }
    return simulator;
  }

  /** See {@link PrismaAccessSimulator#baseUrl()}. */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  /** See {@link PrismaAccessSimulator#airsBaseUrl()}. */
  public String airsBaseUrl() {
    return simulator().airsBaseUrl();
  }

  /** See {@link PrismaAccessSimulator#tokenUrl()}. */
  public String tokenUrl() {
    return simulator().tokenUrl();
  }

  /** See {@link PrismaAccessSimulator#clientId()}. */
  public String clientId() {
    return simulator().clientId();
  }

  /** See {@link PrismaAccessSimulator#clientSecret()}. */
  public String clientSecret() {
    return simulator().clientSecret();
  }

  /** See {@link PrismaAccessSimulator#tsgId()}. */
  public String tsgId() {
    return simulator().tsgId();
  }

  /** See {@link PrismaAccessSimulator#jobs()}. */
  public JobControl jobs() {
    return simulator().jobs();
  }

  /** See {@link PrismaAccessSimulator#faults()}. */
  public FaultControl faults() {
    return simulator().faults();
  }

  /** See {@link PrismaAccessSimulator#requests()}. */
  public RequestJournal requests() {
    return simulator().requests();
  }

  /** See {@link PrismaAccessSimulator#config()}. */
  public ConfigView config() {
    return simulator().config();
  }

  /** See {@link PrismaAccessSimulator#airs()}. */
  public AirsControl airs() {
    return simulator().airs();
  }

  /** See {@link PrismaAccessSimulator#counters()}. */
  public SimulatorCounters counters() {
    return simulator().counters();
  }

  /** See {@link PrismaAccessSimulator#addFolder(String)}. */
  public PrismaAccessSimulator addFolder(String name) {
    return simulator().addFolder(name);
  }

  /** See {@link PrismaAccessSimulator#denyFolderListing()}. */
  public PrismaAccessSimulator denyFolderListing() {
    return simulator().denyFolderListing();
  }

  /** See {@link PrismaAccessSimulator#issueToken()}. */
  public String issueToken() {
    return simulator().issueToken();
  }
}
