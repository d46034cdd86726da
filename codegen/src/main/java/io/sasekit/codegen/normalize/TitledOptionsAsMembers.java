package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@value #RULE}: an object whose {@code oneOf} options are all inline, all carry a {@code
 * title}, and include one that is no object (an array or a scalar) or two that declare the same
 * members (zone protection {@code flood.tcp_syn}: {@code red} and {@code syn_cookies}, both {@code
 * alarm_rate}, {@code activate_rate}, {@code maximal_rate}; zone protection {@code scan[].action}:
 * {@code allow}, {@code alert} and {@code block}, no members, which every object matches) names its members by the options' titles: each option {@code {title: t, ...}} becomes {@code {properties: {t: option}, required: [t]}}.
 * An array or a string cannot be an object, and identical options cannot be told apart, so the title
 * is the only member name that reads the option: SCM {@code zones.network} ({@code layer3: [...]}, {@code tunnel: {}}), zone protection
 * {@code scan_white_list[]} ({@code {name, ipv4}}), NAT {@code dynamic_ip_and_port} and {@code
 * fallback} ({@code translated_address: [...]} or {@code interface_address: {interface, ip}}).
 * Options nested in an option are rewritten the same way. A {@code oneOf} of titled objects only
 * (NAT {@code source_translation}) is left as it is.
 */
public final class TitledOptionsAsMembers implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "TitledOneOfOptionAsMember";

  TitledOptionsAsMembers() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (!applies(s)) {
        return;
      }
      List<String> titles = new ArrayList<>();
      List<Schema> wrapped = new ArrayList<>();
      for (Schema o : s.oneOf) {
        String title = o.title;
        o.title = null;
        Schema w = Schema.ofType("object");
        w.properties.put(title, o);
        w.required.add(title);
        wrapped.add(w);
        titles.add(title);
      }
      s.oneOf.clear();
      s.oneOf.addAll(wrapped);
      model.note(RULE, where, "oneOf options titled " + titles + " read as the members they name");
    });
  }

  /**
   * Whether {@code s} is an object whose options are all titled and inline, one of them no object
   * or two of them declaring the same members, or none (told apart by nothing but their titles).
   */
  static boolean applies(Schema s) {
    if (s.isRef() || s.oneOf.isEmpty() || !("object".equals(s.type) || !s.properties.isEmpty())) {
      return false;
    }
    boolean notObject = false;
    boolean sameMembers = false;
    Set<Set<String>> memberSets = new HashSet<>();
    for (Schema o : s.oneOf) {
      if (o.isRef() || o.title == null || o.title.isBlank()) {
        return false;
      }
      notObject |= o.type != null && !"object".equals(o.type);
      // the same members, none included: zone protection scan action allow / alert / block ({})
      sameMembers |= !memberSets.add(o.properties.keySet());
    }
    return notObject || sameMembers;
  }
}
