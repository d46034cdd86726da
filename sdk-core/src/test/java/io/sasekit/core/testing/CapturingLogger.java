package io.sasekit.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger that records every line (TRACE and up for {@code io.sasekit}, INFO and up otherwise). */
final class CapturingLogger extends AbstractLogger {
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
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    StringBuilder sb = new StringBuilder().append(level).append(' ').append(name).append(" - ")
        .append(message);
    if (throwable != null) {
      StringWriter w = new StringWriter();
      throwable.printStackTrace(new PrintWriter(w));
      sb.append('\n').append(w);
    }
    CapturedLogs.add(sb.toString());
    if (Boolean.getBoolean("sasekit.test.printLogs")) {
      System.out.println(sb);
    }
  }

  @Override
  public boolean isTraceEnabled() {
    return verbose && !CapturedLogs.muted();
  }

  @Override
  public boolean isTraceEnabled(Marker marker) {
    return verbose;
  }

  @Override
  public boolean isDebugEnabled() {
    return verbose && !CapturedLogs.muted();
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
