package org.cungaiju.reform.core.testing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The logging provider of reform-core's tests (registered in {@code
 * META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the test resources; the library
 * itself binds none): every level is enabled, INFO and above are printed on standard error, and
 * while a {@linkplain #capture() capture} is open every line at every level — formatted as a
 * logging back end would write it, with the messages of a thrown exception and its causes — is
 * kept, from whichever thread logged it.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

  private static final Object LOCK = new Object();
  private static List<String> lines;

  private final ILoggerFactory loggers = CapturingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Starts keeping every line logged; {@link Capture#close()} stops. One capture at a time. */
  public static Capture capture() {
    synchronized (LOCK) {
      if (lines != null) {
        throw new IllegalStateException("a capture of the logs is already open");
      }
      lines = new ArrayList<>();
    }
    return new Capture();
  }

  /** An open capture. */
  public static final class Capture implements AutoCloseable {
    private Capture() {}

    /** The lines logged since the capture opened, in the order logged. */
    public ImmutableList<String> lines() {
      synchronized (LOCK) {
        return lines == null ? ImmutableList.of() : ImmutableList.copyOf(lines);
      }
    }

    @Override
    public void close() {
      synchronized (LOCK) {
        lines = null;
      }
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
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

  /** A logger with every level on, writing to the open capture and INFO and above to stderr. */
  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable thrown) {
      StringBuilder line = new StringBuilder().append(level).append(' ').append(name)
          .append(" - ").append(MessageFormatter.basicArrayFormat(pattern, arguments));
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        line.append("\n  ").append(t);
      }
      synchronized (LOCK) {
        if (lines != null) {
          lines.add(line.toString());
        }
      }
      if (level.toInt() >= Level.INFO.toInt()) {
        System.err.println("[" + Thread.currentThread().getName() + "] " + line);
      }
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }
}
