package io.sasekit.scm.workflow;

import io.sasekit.core.errors.ValidationException;
import io.sasekit.scm.models.ConfigVersionPushRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to push with {@code candidate:push}: the folders, optionally only the changes of some
 * administrators or service accounts ({@code admin}), optionally only to some firewalls ({@code
 * devices}, by serial number), and a description. Immutable.
 *
 * <p>The folders travel as {@code folders}: the spec's body declares a {@code folder} member but
 * requires {@code folders}, and the live service reads {@code folders} ({@code
 * ../shared/specs/README.md}); the generator declares the array as {@code folders} (spec repair
 * {@code push-folders}), so {@code ConfigVersionPushRequest.folders(...)} sends it. The spec types
 * {@code devices} as numbers with a string's {@code maxLength}; serial numbers travel as strings so
 * that their leading zeros stay (spec repair {@code string-keywords-on-number}). The spec requires
 * {@code folders} with {@code devices} too.
 *
 * <pre>{@code
 * client.pushAndWait(PushRequest.folders("Mobile Users").admin("automation@123.iam.panserviceaccount.com")
 *     .description("block ioc").build(), Duration.ofMinutes(30));
 * client.pushAndWait(PushRequest.folders("Texas").device("007951000388704").build(), Duration.ofMinutes(30));
 * }</pre>
 */
public final class PushRequest {
  private final List<String> folders;
  private final List<String> admins;
  private final List<String> devices;
  private final String description;

  private PushRequest(Builder b) {
    this.folders = List.copyOf(b.folders);
    this.admins = List.copyOf(b.admins);
    this.devices = List.copyOf(b.devices);
    this.description = b.description;
  }

  /**
   * A builder pushing {@code folders}.
   *
   * @param folders one folder name or more ({@code "Mobile Users"}, {@code "Remote Networks"}, a custom folder)
   * @return the builder
   */
  public static Builder folders(String... folders) {
    return builder().folders(List.of(folders));
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The folders to push.
   *
   * @return the folder names
   */
  public List<String> folders() {
    return folders;
  }

  /**
   * The administrators or service accounts whose changes alone are pushed; empty for everyone's.
   *
   * @return the admin names
   */
  public List<String> admins() {
    return admins;
  }

  /**
   * The serial numbers of the firewalls to push to; empty for every device of the folders.
   *
   * @return the serial numbers, as written
   */
  public List<String> devices() {
    return devices;
  }

  /**
   * The description shown in the push history.
   *
   * @return the description, when set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The request body: {@code folders}, {@code admin} and {@code devices} (each only when set) and
   * {@code description}.
   *
   * @return the generated body model
   */
  public ConfigVersionPushRequest toBody() {
    ConfigVersionPushRequest.Builder b = ConfigVersionPushRequest.builder().folders(folders);
    if (!admins.isEmpty()) {
      b.admin(admins);
    }
    if (!devices.isEmpty()) {
      b.devices(devices);
    }
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PushRequest p && folders.equals(p.folders) && admins.equals(p.admins)
        && devices.equals(p.devices) && Objects.equals(description, p.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(folders, admins, devices, description);
  }

  @Override
  public String toString() {
    return "PushRequest{folders=" + folders + ", admins=" + admins + ", devices=" + devices + ", description="
        + description + "}";
  }

  /** Builds a {@link PushRequest}. Not thread-safe. */
  public static final class Builder {

    private final List<String> folders = new ArrayList<>();
    private final List<String> admins = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();
    private String description;

    private Builder() {}

    /**
     * Adds folders to push.
     *
     * @param folders folder names
     * @return this builder
     */
    public Builder folders(List<String> folders) {
      this.folders.addAll(Objects.requireNonNull(folders, "folders"));
      return this;
    }

    /**
     * Adds an administrator or service account: only the changes of the named ones are pushed.
     *
     * @param admin the admin's name (e-mail or service-account name)
     * @return this builder
     */
    public Builder admin(String admin) {
      this.admins.add(admin);
      return this;
    }

    /**
     * Adds administrators or service accounts.
     *
     * @param admins their names
     * @return this builder
     */
    public Builder admins(List<String> admins) {
      this.admins.addAll(Objects.requireNonNull(admins, "admins"));
      return this;
    }

    /**
     * Adds a firewall to push to: only the named devices of the folders receive the configuration.
     *
     * @param serialNumber the device's serial number as shown in Strata Cloud Manager ({@code
     *     "007951000388704"}: a string, leading zeros kept)
     * @return this builder
     */
    public Builder device(String serialNumber) {
      this.devices.add(serialNumber);
      return this;
    }

    /**
     * Adds firewalls to push to.
     *
     * @param serialNumbers their serial numbers
     * @return this builder
     */
    public Builder devices(List<String> serialNumbers) {
      this.devices.addAll(Objects.requireNonNull(serialNumbers, "serialNumbers"));
      return this;
    }

    /**
     * The description shown in the push history.
     *
     * @param description the text, or {@code null} for none
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * The request.
     *
     * @return the request
     * @throws ValidationException when no folder is named or a folder name, admin name or serial
     *     number is blank (the spec's other constraints, such as a serial number's 16 characters, are
     *     checked when the request is sent)
     */
    public PushRequest build() {
      List<ValidationException.Violation> violations = new ArrayList<>();
      if (folders.isEmpty()) {
        violations.add(new ValidationException.Violation("body.folders", "required", null,
            "body.folders must name at least one folder to push"));
      }
      blank("body.folders", folders, violations);
      blank("body.admin", admins, violations);
      blank("body.devices", devices, violations);
      if (!violations.isEmpty()) {
        throw new ValidationException("configVersion.push", violations);
      }
      return new PushRequest(this);
    }

    private static void blank(String path, List<String> names, List<ValidationException.Violation> out) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i) == null || names.get(i).isBlank()) {
          out.add(new ValidationException.Violation(path + "[" + i + "]", "minLength", names.get(i),
              path + "[" + i + "] must not be blank"));
        }
      }
    }
  }
}
