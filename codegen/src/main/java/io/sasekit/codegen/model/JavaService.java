package io.sasekit.codegen.model;

import java.util.List;

/**
 * The Java face of one resource, decided by the plan stage: the client accessor, the service
 * interface name and the interfaces it extends, and the list that backs {@code getByName}.
 *
 * @param resource the resource (spec model)
 * @param accessorName accessor method name on the client, e.g. {@code securityRules}
 * @param serviceName service interface simple name, e.g. {@code SecurityRuleService}
 * @param serviceExtends fully qualified names of extra super-interfaces of the sync service
 * @param asyncServiceExtends fully qualified names of extra super-interfaces of the async service
 * @param nameLookup key ({@code resource.operation}) of the {@code list} operation whose {@code name}
 *     query filter backs {@code getByName} (and the lookup after a create answered without an id),
 *     or null when none
 */
public record JavaService(
    Resource resource,
    String accessorName,
    String serviceName,
    List<String> serviceExtends,
    List<String> asyncServiceExtends,
    String nameLookup) {
  /** Copies the lists. */
  public JavaService {
    serviceExtends = List.copyOf(serviceExtends);
    asyncServiceExtends = List.copyOf(asyncServiceExtends);
  }

  /** The service name without its {@code Service} suffix: the stem of the implementation and params class names. */
  public String stem() {
    return serviceName.substring(0, serviceName.length() - "Service".length());
  }
}
