package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Structural JSON comparison for round-trip checks, where numbers compare by value ({@code 5}
 * equals {@code 5.0}): every difference as a line naming its JSON pointer.
 */
public final class JsonCompare {
  private JsonCompare() {}

  /** The differences between {@code expected} and {@code actual}; empty when they are equal. */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String at, JsonNode e, JsonNode a, List<String> out) {
    if (e.isNumber() && a != null && a.isNumber()) {
      if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
        out.add(at + ": expected " + e + " but was " + a);
      }
      return;
    }
    if (a == null || a.isMissingNode()) {
      out.add(at + ": missing (expected " + e + ")");
      return;
    }
    if (e.getNodeType() != a.getNodeType()) {
      out.add(at + ": expected " + e + " but was " + a);
      return;
    }
    if (e.isObject()) {
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        diff(at + "/" + k, e.get(k), a.get(k), out);
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!e.has(k)) {
          out.add(at + "/" + k + ": unexpected " + a.get(k));
        }
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        out.add(at + ": expected " + e.size() + " items but was " + a.size());
        return;
      }
      for (int i = 0; i < e.size(); i++) {
        diff(at + "/" + i, e.get(i), a.get(i), out);
      }
    } else if (!e.equals(a)) {
      out.add(at + ": expected " + e + " but was " + a);
    }
  }
}
