package io.sasekit.testkit.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requests a contract suite's validator accepted, by spec file and operation, kept so that the
 * suite can show, after every call, that each listed repair is needed by at least one of them.
 * Thread-safe.
 */
public final class AcceptedRequests {
  private final String api;
  private final SpecApi spec;
  private final Map<String, List<CapturedRequest>> byFile = new LinkedHashMap<>();
  private final Set<String> operations = new TreeSet<>();
  private int count;

  /**
   * An empty record for one API.
   *
   * @param api the API's name in {@code specs/spec-repairs.md}
   * @param spec its spec files
   */
  public AcceptedRequests(String api, SpecApi spec) {
    this.api = api;
    this.spec = spec;
  }

  /** Records a request the validator accepted for {@code operation} (any key the suite counts by). */
  public synchronized void add(String operation, String specFile, CapturedRequest request) {
    byFile.computeIfAbsent(specFile, k -> new ArrayList<>()).add(request);
    operations.add(operation);
    count++;
  }

  /** The operations with at least one accepted request, sorted. */
  public synchronized Set<String> operations() {
    return new TreeSet<>(operations);
  }

  /** How many requests were accepted. */
  public synchronized int size() {
    return count;
  }

  /**
   * Re-validates the accepted requests of the files the repair changes, with that one repair left
   * out, and returns the first rejection found (a request and the validator's error, or the file the
   * validator cannot load without it); empty when no request needs the repair. A repair listed as
   * needed to load the file is needed by the first request accepted against a file it changes.
   */
  public synchronized List<String> needing(String repair) {
    List<String> rejected = new ArrayList<>();
    boolean forLoading = SpecRepairs.listed(repair).forLoading();
    for (Map.Entry<String, List<CapturedRequest>> e : byFile.entrySet()) {
      SpecApi.SpecFile file = spec.file(e.getKey());
      ObjectNode doc = SpecApi.freshDocument(file);
      if (SpecRepairs.apply(api, doc, Set.of()).getOrDefault(repair, 0) == 0) {
        continue;
      }
      if (forLoading) {
        // listed as needed to load the file: every request accepted against it needed the repair
        rejected.add(e.getKey() + ": loaded with " + repair + " for " + e.getValue().get(0));
        return rejected;
      }
      SpecRequestValidator without;
      try {
        without = SpecRequestValidator.build(api, file, Set.of(repair));
      } catch (RuntimeException unloadable) {
        rejected.add(e.getKey() + ": the validator cannot load it ("
            + String.valueOf(unloadable.getMessage()).lines().findFirst().orElse("") + ")");
        return rejected;
      }
      for (CapturedRequest r : e.getValue()) {
        List<String> errors = without.errors(r);
        if (!errors.isEmpty()) {
          rejected.add(r + ": " + errors.get(0));
          return rejected;
        }
      }
    }
    return rejected;
  }
}
