package io.sasekit.examples;

import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.RuleMove;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.Tag;
import io.sasekit.prismaaccess.params.AddressListParams;
import io.sasekit.prismaaccess.params.SecurityRuleListParams;
import io.sasekit.prismaaccess.params.TagListParams;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Find-or-create for the objects the workflows share, so that running an example twice reuses
 * what the first run made instead of failing with {@code 409 Name Not Unique}. Lookups use the
 * list operation's {@code name} filter and then compare names exactly (the service may match
 * substrings).
 */
public final class ConfigObjects {
  /** The tokens a rule uses for "anything". */
  public static final List<String> ANY = List.of("any");

  private ConfigObjects() {}

  /**
   * An object that was found or created.
   *
   * @param object the object as the service returned it
   * @param created whether this run created it
   * @param <T> the model type
   */
  public record Ensured<T>(T object, boolean created) {
    /** {@code created} or {@code exists, reused}, for step details. */
    public String verb() {
      return created ? "created" : "exists, reused";
    }
  }

  /** The first item whose name equals {@code wanted}. */
  public static <T> Optional<T> named(Iterable<T> items, Function<T, String> name, String wanted) {
    for (T item : items) {
      if (wanted.equals(name.apply(item))) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The tag {@code name} in {@code folder}, created with {@code color} when missing. */
  public static Ensured<Tag> ensureTag(PrismaAccessClient client, String folder, String name, Tag.Color color,
      String comments) {
    Optional<Tag> existing = named(
        client.tags().list(folder, TagListParams.builder().name(name).build()), Tag::name, name);
    if (existing.isPresent()) {
      return new Ensured<>(existing.get(), false);
    }
    Tag tag = client.tags().create(folder, Tag.builder().name(name).color(color).comments(comments).build());
    return new Ensured<>(tag, true);
  }

  /** The address {@code name} in {@code folder}, if it exists. */
  public static Optional<Address> findAddress(PrismaAccessClient client, String folder, String name) {
    return named(client.addresses().list(folder, AddressListParams.builder().name(name).build()),
        Address::name, name);
  }

  /** The security rule {@code name} in {@code folder} and rulebase {@code position}, if it exists. */
  public static Optional<SecurityRule> findRule(PrismaAccessClient client, String folder, Position position,
      String name) {
    return named(client.securityRules().list(folder, position, SecurityRuleListParams.builder().name(name).build()),
        SecurityRule::name, name);
  }

  /** The security rule named like {@code rule}, created in {@code folder} / {@code position} when missing. */
  public static Ensured<SecurityRule> ensureRule(PrismaAccessClient client, String folder, Position position,
      SecurityRule rule) {
    Optional<SecurityRule> existing = findRule(client, folder, position, rule.name());
    if (existing.isPresent()) {
      return new Ensured<>(existing.get(), false);
    }
    return new Ensured<>(client.securityRules().create(folder, position, rule), true);
  }

  /** Moves a rule to the top of the {@code pre} rulebase, so it is evaluated before every other rule. */
  public static void moveToTop(PrismaAccessClient client, String folder, SecurityRule rule) {
    String id = rule.id().orElseThrow(() -> new IllegalStateException("rule " + rule.name() + " has no id"));
    client.securityRules().move(id, folder,
        RuleMove.builder().destination(RuleMove.Destination.TOP).rulebase(RuleMove.Rulebase.PRE).build());
  }

  /**
   * A deny-style rule skeleton: every match field {@code any}, the given action, tags and
   * description; callers then narrow source, destination, user or category.
   */
  public static SecurityRule.Builder denyRule(String name, String action, String tag, String description) {
    return SecurityRule.builder()
        .name(name)
        .action(action)
        .from(ANY).to(ANY)
        .source(ANY).destination(ANY)
        .sourceUser(ANY)
        .application(ANY).service(ANY).category(ANY)
        .tag(List.of(tag))
        .description(description);
  }
}
