package io.sasekit.benchmarks.contenders;

import io.sasekit.core.auth.TokenProvider;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.params.AddressListParams;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sasekit typed client with its defaults (validation on), retries off as in every contender;
 * or, as a side contender for profiles only ({@link Kind#sasekitWithoutValidation}), the same client
 * with request validation off.
 */
final class SasekitContender implements Contender {
  private final PrismaAccessClient client;
  private final Address newAddress = Contenders.newSasekitAddress();
  private final AddressListParams first200 = AddressListParams.builder().limit(200).build();

  SasekitContender(Kind.Setup setup) {
    this(setup, true);
  }

  SasekitContender(Kind.Setup setup, boolean validation) {
    this.client = PrismaAccessClient.builder()
        .baseUrl(setup.baseUrl())
        .options(o -> {
          o.maxRetries(0).tsgId("1234567890").validation(validation);
          if (setup.bearerToken() != null) {
            o.tokenProvider(TokenProvider.ofStatic(setup.bearerToken()));
          } else {
            o.clientId("bench@1234567890.iam.panserviceaccount.com").clientSecret("bench-secret").tokenUrl(setup.tokenUrl());
          }
        })
        .build();
  }

  /** The client, for the benchmarks that need more than the {@link Contender} calls. */
  PrismaAccessClient client() {
    return client;
  }

  @Override
  public Object get(String id) {
    return client.addresses().get(id);
  }

  @Override
  public List<?> list200() {
    return client.addresses().list(FOLDER, first200).data();
  }

  @Override
  public Object create() {
    return client.addresses().create(FOLDER, newAddress);
  }

  @Override
  public long iterateAll(int pageSize, Consumer<Object> sink) {
    long seen = 0;
    for (Address a : client.addresses().listAll(FOLDER, AddressListParams.builder().limit(pageSize).build())) {
      sink.accept(a);
      seen++;
    }
    return seen;
  }

  /**
   * Iterates the answer with {@code listAll}, which streams each page's items as they are parsed.
   * sasekit asks for at most the spec's 5,000 per page; the huge-page server answers every item in
   * one page whatever the limit, so this reads the same single answer the other contenders read.
   */
  @Override
  public long readOnePage(int limit, Consumer<Object> sink) {
    long seen = 0;
    for (Address a : client.addresses().listAll(FOLDER, AddressListParams.builder().limit(limit).build())) {
      sink.accept(a);
      seen++;
    }
    return seen;
  }

  @Override
  public String name(Object address) {
    return ((Address) address).name();
  }

  @Override
  public void close() {
    client.close();
  }
}
