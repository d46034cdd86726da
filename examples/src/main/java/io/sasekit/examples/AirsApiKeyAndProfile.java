package io.sasekit.examples;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.models.AiProfile;
import io.sasekit.airs.models.AiSecurityProfileConfig;
import io.sasekit.airs.models.ApiKey;
import io.sasekit.airs.models.ApiKeyCreateRequest;
import io.sasekit.airs.models.AppProtection;
import io.sasekit.airs.models.DeploymentProfile;
import io.sasekit.airs.models.Latency;
import io.sasekit.airs.models.ModelConfiguration;
import io.sasekit.airs.models.ModelProtection;
import io.sasekit.airs.params.DeploymentProfileListParams;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prisma AIRS: onboard an AI application. Find an activated deployment profile (or check that
 * {@code --auth-code} is one of the tenant's, before anything is written), create an AI security profile that blocks prompt injection and malicious
 * URLs (or reuse the one with that name), and create an API key for the application. The key's
 * secret is answered only once, by the create call: it is printed masked unless
 * {@code --show-secret}.
 *
 * <pre>{@code
 * ./run-example.sh airs-api-key support-chatbot --env production
 * }</pre>
 */
public final class AirsApiKeyAndProfile {
  /** The example's name. */
  public static final String NAME = "airs-api-key";

  static final String USAGE = NAME + " <app-name> [options]\n"
      + "  <app-name>         the customer application the key is for, e.g. support-chatbot\n"
      + "  --key-name N       API key name (default <app-name>-key)\n"
      + "  --profile-name N   AI security profile to create or reuse (default <app-name>-profile)\n"
      + "  --auth-code C      deployment profile auth code (default: the first activated profile's)\n"
      + "  --env E            the application's environment (default production)\n"
      + "  --rotation-months N  key rotation interval in months (default 3)\n"
      + "  --created-by WHO   recorded as creator (default sasekit-examples)\n"
      + "  --show-secret      print the new key's secret in full (it is never shown again)";

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma AIRS",
      "create an AI security profile and an API key for an AI application",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          new AirsApiKeyAndProfile(options).run(target.airs(), out);
          return Main.OK;
        };
      });

  /**
   * What to create.
   *
   * @param app the customer application
   * @param keyName the API key's name
   * @param profileName the AI security profile's name
   * @param authCode the deployment profile's auth code, or {@code null} to look one up
   * @param environment the application's environment
   * @param rotationMonths rotation interval in months
   * @param createdBy recorded as creator
   * @param showSecret whether to print the secret in full
   */
  public record Options(String app, String keyName, String profileName, String authCode, String environment,
      int rotationMonths, String createdBy, boolean showSecret) {
    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv,
          Set.of("key-name", "profile-name", "auth-code", "env", "rotation-months", "created-by"),
          Set.of("show-secret"));
      a.expectPositionals(1, 1, "<app-name>: the AI application the key is for");
      String app = a.positionals().get(0);
      if (!app.matches("[0-9A-Za-z._-]{1,100}")) {
        throw new UsageException("<app-name> must be letters, digits or . _ -");
      }
      int months;
      try {
        months = Integer.parseInt(a.option("rotation-months").orElse("3"));
      } catch (NumberFormatException e) {
        months = -1;
      }
      if (months < 1 || months > 12) {
        throw new UsageException("--rotation-months must be a number from 1 to 12");
      }
      return new Options(app, a.option("key-name").orElse(app + "-key"),
          a.option("profile-name").orElse(app + "-profile"), a.option("auth-code").orElse(null),
          a.option("env").orElse("production"), months, a.option("created-by").orElse("sasekit-examples"),
          a.flag("show-secret"));
    }
  }

  /**
   * What the run did.
   *
   * @param profile the AI security profile
   * @param profileCreated whether this run created it
   * @param apiKey the new API key, secret included (only the create call answers it)
   */
  public record Result(AiProfile profile, boolean profileCreated, ApiKey apiKey) {}

  private final Options options;

  /** A run with these options. */
  public AirsApiKeyAndProfile(Options options) {
    this.options = options;
  }

  /**
   * Runs the example.
   *
   * @param client the AIRS management client
   * @param out where the steps and the summary go
   * @return the profile and the key
   * @throws WorkflowException when no activated deployment profile exists, the auth code is none of the
   *     tenant's, or the key name is taken; all checked before anything is created
   */
  public Result run(AirsMgmtClient client, PrintStream out) {
    Steps steps = new Steps(out, 3);
    out.println("Onboarding AI application " + options.app() + " (" + options.environment() + ")");

    steps.step("Choosing the deployment profile and checking the key name");
    // Every check comes before the first write: a wrong auth code or a taken key name must not leave
    // an AI security profile behind.
    List<DeploymentProfile> profiles = client.deploymentProfiles()
        .list(DeploymentProfileListParams.none()).deploymentProfiles();
    String authCode;
    String dpName;
    if (options.authCode() == null) {
      DeploymentProfile dp = profiles.stream().filter(AirsDeploymentProfiles::isActivated).findFirst()
          .orElseThrow(() -> new WorkflowException("no activated deployment profile among " + profiles.size()
              + ": activate one in Strata Cloud Manager, or pass --auth-code"));
      authCode = dp.authCode();
      dpName = dp.dpName();
      steps.detail("deployment profile " + dp.dpName() + " (" + dp.status().orElse("?") + ", auth code "
          + AirsDeploymentProfiles.mask(authCode) + ")");
    } else {
      DeploymentProfile dp = profiles.stream().filter(p -> options.authCode().equals(p.authCode())).findFirst()
          .orElseThrow(() -> new WorkflowException("the auth code " + AirsDeploymentProfiles.mask(options.authCode())
              + " (--auth-code) belongs to none of the " + profiles.size() + " deployment profiles of this tenant"
              + " (list them with airs-deployment-profiles): nothing was created"));
      authCode = dp.authCode();
      dpName = dp.dpName();
      steps.detail("deployment profile " + dp.dpName() + " (" + dp.status().orElse("?") + ", auth code "
          + AirsDeploymentProfiles.mask(authCode) + ", --auth-code)");
    }
    if (ConfigObjects.named(client.apiKeys().listAll(), k -> k.apiKeyName().orElse(""), options.keyName()).isPresent()) {
      throw new WorkflowException("an API key named " + options.keyName()
          + " exists already (its secret cannot be read again): choose another --key-name, or regenerate it;"
          + " nothing was created");
    }
    steps.detail("key name " + options.keyName() + " is free");

    steps.step("AI security profile " + options.profileName()
        + " (block prompt injection, malicious and phishing URLs)");
    Optional<AiProfile> existing = ConfigObjects.named(client.aiSecurityProfiles().listAll(), AiProfile::profileName,
        options.profileName());
    AiProfile profile = existing.orElseGet(() -> client.aiSecurityProfiles().create(AiProfile.builder()
        .profileName(options.profileName())
        .revision(0)
        .active(true)
        .createdBy(options.createdBy())
        .policy(AiProfile.Policy.builder()
            .dlpDataProfiles(List.of())
            .aiSecurityProfiles(List.of(AiSecurityProfileConfig.builder()
                .modelType("default")
                .contentType("text")
                .modelConfiguration(ModelConfiguration.builder()
                    .maskDataInStorage(true)
                    .latency(Latency.builder().inlineTimeoutAction("block").maxInlineLatency(5).build())
                    .appProtection(AppProtection.builder()
                        .blockUrlCategory(AppProtection.BlockUrlCategory.builder()
                            .member(List.of("malware", "phishing", "command-and-control")).build())
                        .build())
                    .modelProtection(List.of(
                        ModelProtection.builder().name("prompt-injection").action("block").build()))
                    .build())
                .build()))
            .build())
        .build()));
    steps.detail("profile " + profile.profileName() + " " + (existing.isPresent() ? "exists, reused" : "created")
        + " (id " + profile.profileId().orElse("?") + ", revision " + profile.revision() + ")");

    steps.step("API key " + options.keyName() + " for " + options.app());
    ApiKeyCreateRequest.Builder request = ApiKeyCreateRequest.builder()
        .apiKeyName(options.keyName())
        .authCode(authCode)
        .custApp(options.app())
        .custEnv(options.environment())
        .revoked(false)
        .createdBy(options.createdBy())
        .rotationTimeInterval(options.rotationMonths())
        .rotationTimeUnit("months");
    request.dpName(dpName);
    ApiKey key = client.apiKeys().create(request.build());
    steps.detail("key " + key.apiKeyName().orElse(options.keyName()) + " created (id " + key.apiKeyId()
        + ", expires " + key.expiration() + ")");

    Map<String, String> rows = Steps.rows();
    rows.put("application", options.app() + " (" + options.environment() + ")");
    rows.put("AI security profile", profile.profileName() + " (id " + profile.profileId().orElse("?") + ", revision "
        + profile.revision() + ")");
    rows.put("API key", key.apiKeyName().orElse(options.keyName()) + " (id " + key.apiKeyId() + ", ..."
        + key.apiKeyLast8() + ", rotation every " + options.rotationMonths() + " months, expires " + key.expiration() + ")");
    rows.put("secret", key.apiKey().map(s -> options.showSecret() ? s : maskSecret(s)
        + "  (shown only now: rerun with --show-secret to print it, or regenerate the key)").orElse("not returned"));
    steps.summary("Summary", rows);
    out.println();
    out.println("Next: the application scans prompts and responses with header x-pan-token: <secret> and names"
        + " the AI profile " + profile.profileName() + " in each scan request.");
    return new Result(profile, existing.isEmpty(), key);
  }

  /** All but the last 4 characters replaced by {@code *}. */
  static String maskSecret(String s) {
    return s.length() <= 4 ? "****" : "*".repeat(Math.min(s.length() - 4, 12)) + s.substring(s.length() - 4);
  }


  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
