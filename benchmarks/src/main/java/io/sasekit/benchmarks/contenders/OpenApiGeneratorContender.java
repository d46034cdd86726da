package io.sasekit.benchmarks.contenders;

import io.sasekit.benchmarks.oag.api.AddressesApi;
import io.sasekit.benchmarks.oag.client.ApiClient;
import io.sasekit.benchmarks.oag.client.ApiException;
import io.sasekit.benchmarks.oag.model.GetSseConfigV1Addresses200Response;
import io.sasekit.benchmarks.oag.model.IpNetmask;
import io.sasekit.benchmarks.oag.model.ObjectsAddresses;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The client OpenAPI Generator (generator {@code java}, library {@code okhttp-gson}) generates from
 * the same Addresses.yaml during this module's build, used as its README shows. The spec declares
 * no body for create, so that client returns nothing from it; the address model is a oneOf wrapper
 * whose members carry the common members (name, ...) as additional properties.
 */
final class OpenApiGeneratorContender implements Contender {
  private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

  private final ApiClient apiClient;
  private final AddressesApi api;
  private final ObjectsAddresses newAddress;

  OpenApiGeneratorContender(Kind.Setup setup) {
    apiClient = new ApiClient();
    apiClient.setBasePath(setup.baseUrl());
    apiClient.setBearerToken(setup.bearerToken());
    api = new AddressesApi(apiClient);
    // the generated model keeps only the oneOf member (ip_netmask); name, description and tag travel
    // as additional properties (generated with disallowAdditionalPropertiesIfNotPresent=false)
    newAddress = new ObjectsAddresses(new IpNetmask()
        .ipNetmask(Contenders.NEW_NETMASK)
        .putAdditionalProperty("name", Contenders.NEW_NAME)
        .putAdditionalProperty("description", Contenders.NEW_DESCRIPTION)
        .putAdditionalProperty("tag", Contenders.NEW_TAGS));
  }

  @Override
  public Object get(String id) {
    try {
      return api.getSseConfigV1AddressesId(id).get(0);
    } catch (ApiException e) {
      throw new IllegalStateException("HTTP " + e.getCode(), e);
    }
  }

  @Override
  public List<?> list200() {
    return page(0, TWO_HUNDRED).getData();
  }

  private GetSseConfigV1Addresses200Response page(int offset, BigDecimal limit) {
    try {
      return api.getSseConfigV1Addresses(FOLDER, limit, BigDecimal.valueOf(offset), null);
    } catch (ApiException e) {
      throw new IllegalStateException("HTTP " + e.getCode(), e);
    }
  }

  @Override
  public Object create() {
    try {
      return api.postSseConfigV1AddressesWithHttpInfo(FOLDER, newAddress);
    } catch (ApiException e) {
      throw new IllegalStateException("HTTP " + e.getCode(), e);
    }
  }

  @Override
  public long iterateAll(int pageSize, Consumer<Object> sink) {
    BigDecimal limit = BigDecimal.valueOf(pageSize);
    long seen = 0;
    int offset = 0;
    while (true) {
      GetSseConfigV1Addresses200Response p = page(offset, limit);
      List<ObjectsAddresses> data = p.getData() == null ? List.of() : p.getData();
      for (ObjectsAddresses a : data) {
        sink.accept(a);
      }
      seen += data.size();
      offset += data.size();
      if (data.size() < pageSize || (p.getTotal() != null && offset >= p.getTotal().intValue())) {
        return seen;
      }
    }
  }

  @Override
  public long readOnePage(int limit, Consumer<Object> sink) {
    List<ObjectsAddresses> data = page(0, BigDecimal.valueOf(limit)).getData();
    data.forEach(sink);
    return data.size();
  }

  @Override
  public String name(Object address) {
    return (String) ((ObjectsAddresses) address).getIpNetmask().getAdditionalProperty("name");
  }

  @Override
  public void close() {
    apiClient.getHttpClient().dispatcher().executorService().shutdown();
    apiClient.getHttpClient().connectionPool().evictAll();
  }
}
