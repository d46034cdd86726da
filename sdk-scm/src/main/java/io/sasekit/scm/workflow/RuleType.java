package io.sasekit.scm.workflow;

/**
 * The rule resources that move with a {@link RuleMove} ({@code POST .../{id}:move} with body
 * {@code rule-based-move}), by resource key of the naming table.
 */
public enum RuleType {
  /** {@code /config/security/v1/security-rules/{id}:move}. */
  SECURITY("securityRule"),
  /** {@code /config/security/v1/app-override-rules/{id}:move}. */
  APPLICATION_OVERRIDE("applicationOverrideRule"),
  /** {@code /config/security/v1/decryption-rules/{id}:move}. */
  DECRYPTION("decryptionRule"),
  /** {@code /config/identity/v1/authentication-rules/{id}:move}. */
  AUTHENTICATION("authenticationRule"),
  /** {@code /config/network/v1/qos-policy-rules/{id}:move}. */
  QOS_POLICY("qosPolicyRule");

  private final String resource;

  RuleType(String resource) {
    this.resource = resource;
  }

  /**
   * The resource key in the operation registry.
   *
   * @return e.g. {@code securityRule}
   */
  public String resource() {
    return resource;
  }
}
