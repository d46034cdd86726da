package io.sasekit.benchmarks.contenders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.models.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: what a careful developer writes by hand with OkHttp and Jackson, reading into
 * sasekit's own model classes. No validation, no retries, no error mapping beyond the status check.
 */
final class FloorContender implements Contender {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = JsonMapper.create();
  private final ObjectReader oneAddress = mapper.readerFor(Address[].class);
  private final ObjectReader page = mapper.readerFor(AddressPage.class);
  private final HttpUrl addresses;
  private final String authorization;
  private final byte[] newAddress;

  FloorContender(Kind.Setup setup) {
    this.addresses = HttpUrl.get(setup.baseUrl() + "/sse/config/v1/addresses");
    this.authorization = "Bearer " + setup.bearerToken();
    try {
      this.newAddress = mapper.writeValueAsBytes(Contenders.newSasekitAddress());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The list answer as the spec declares it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AddressPage(List<Address> data, Integer limit, Integer offset, Integer total) {}

  @Override
  public Object get(String id) {
    HttpUrl url = addresses.newBuilder().addPathSegment(id).build();
    Address[] found = call(new Request.Builder().url(url).header("Authorization", authorization).build(), oneAddress);
    return found[0];
  }

  @Override
  public List<?> list200() {
    return listPage(0, 200).data();
  }

  private AddressPage listPage(int offset, int limit) {
    HttpUrl url = addresses.newBuilder()
        .addQueryParameter("folder", FOLDER)
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("offset", Integer.toString(offset))
        .build();
    return call(new Request.Builder().url(url).header("Authorization", authorization).build(), page);
  }

  @Override
  public Object create() {
    HttpUrl url = addresses.newBuilder().addQueryParameter("folder", FOLDER).build();
    Request request = new Request.Builder().url(url).header("Authorization", authorization)
        .post(RequestBody.create(newAddress, JSON)).build();
    return call(request, mapper.readerFor(Address.class));
  }

  @Override
  public long iterateAll(int pageSize, Consumer<Object> sink) {
    long seen = 0;
    int offset = 0;
    while (true) {
      AddressPage p = listPage(offset, pageSize);
      List<Address> data = p.data() == null ? List.of() : p.data();
      for (Address a : data) {
        sink.accept(a);
      }
      seen += data.size();
      offset += data.size();
      if (data.size() < pageSize || (p.total() != null && offset >= p.total())) {
        return seen;
      }
    }
  }

  @Override
  public long readOnePage(int limit, Consumer<Object> sink) {
    List<Address> data = listPage(0, limit).data();
    data.forEach(sink);
    return data.size();
  }

  private <T> T call(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code() + " from " + request.url());
      }
      return reader.readValue(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name(Object address) {
    return ((Address) address).name();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
