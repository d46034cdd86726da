package io.sasekit.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportResponseTest {
  private static final Map<String, List<String>> HEADERS = Map.of("content-type", List.of("application/json"));

  @Test
  void aBodyGivenAsBytesReadsAsTheSameTextAndEqualsTheTextForm() {
    String text = "{\"name\":\"caf\u00e9 \u2013 \uD83D\uDE00\"}";
    TransportResponse bytes = TransportResponse.of(200, HEADERS, text.getBytes(StandardCharsets.UTF_8));
    TransportResponse string = new TransportResponse(200, HEADERS, text);
    assertThat(bytes.body()).isEqualTo(text);
    assertThat(string.bodyBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(bytes).isEqualTo(string).hasSameHashCodeAs(string);
    assertThat(bytes.headers()).isEqualTo(HEADERS);
    assertThat(bytes.toString()).isEqualTo("TransportResponse{status=200, bodyLength=" + text.length() + "}");
  }

  @Test
  void aMissingBodyIsEmptyInBothForms() {
    assertThat(TransportResponse.of(204, null, null).body()).isEmpty();
    assertThat(new TransportResponse(204, null, null).bodyBytes()).isEmpty();
    assertThat(TransportResponse.of(204, null, null).headers()).isEmpty();
  }

  @Test
  void blanknessIsThatOfTheText() {
    assertThat(TransportResponse.of(200, null, " \r\n\t".getBytes(StandardCharsets.UTF_8)).bodyBlank()).isTrue();
    assertThat(TransportResponse.of(200, null, new byte[0]).bodyBlank()).isTrue();
    assertThat(TransportResponse.of(200, null, " {} ".getBytes(StandardCharsets.UTF_8)).bodyBlank()).isFalse();
    // U+2003 (em space) is white space for String.isBlank, written as three bytes outside ASCII
    assertThat(TransportResponse.of(200, null, "\u2003".getBytes(StandardCharsets.UTF_8)).bodyBlank()).isTrue();
    assertThat(TransportResponse.of(200, null, "\u00e9".getBytes(StandardCharsets.UTF_8)).bodyBlank()).isFalse();
    assertThat(new TransportResponse(200, null, " \n").bodyBlank()).isTrue();
  }
}
