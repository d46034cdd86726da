package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies for the spec model (null elements allowed: an enum may list {@code null}). */
final class Frozen {
  private Frozen() {}

  static <T> List<T> list(List<? extends T> in) {
    return Collections.unmodifiableList(new ArrayList<>(in));
  }

  static <V> Map<String, V> map(Map<String, ? extends V> in) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(in));
  }

  /** Whether two maps hold equal entries in the same order. */
  static boolean sameEntries(Map<String, ?> a, Map<String, ?> b) {
    return a.equals(b) && new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()));
  }

  /** A plain JSON value (default or enum value) with its lists and maps made unmodifiable, deeply. */
  static Object value(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(e -> out.add(value(e)));
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, e) -> out.put(k, value(e)));
      return Collections.unmodifiableMap(out);
    }
    return v;
  }
}
