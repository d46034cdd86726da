package io.sasekit.airs.testing;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The tests' SLF4J 2 binding (registered in {@code META-INF/services}): {@code io.sasekit} loggers
 * record everything down to TRACE, others INFO and up, into one list the tests read.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();
  private final ILoggerFactory factory = CapturingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** Forgets every line. */
  public static synchronized void clear() {
    LINES.clear();
  }

  /** Every line so far: {@code LEVEL logger - message}. */
  public static synchronized List<String> lines() {
    return List.copyOf(LINES);
  }

  private static synchronized void add(String line) {
    LINES.add(line);
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final boolean verbose;

    CapturingLogger(String name) {
      this.name = name;
      this.verbose = name.startsWith("io.sasekit");
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
      add(level + " " + name + " - " + MessageFormatter.basicArrayFormat(pattern, args) + (t == null ? "" : " " + t));
    }

    @Override
    public boolean isTraceEnabled() {
      return verbose;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return verbose;
    }

    @Override
    public boolean isDebugEnabled() {
      return verbose;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return verbose;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
