package org.cungaiju.reform.core.guard;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.id.County;

/**
 * The counties marked failed while running: a county one of whose plugins overran the time
 * budget is not served again by the registry that holds this, since its plugin may be stuck.
 *
 * <p>Thread-safe: the first fault marked for a county stays.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class CountyHealth {
  private final AtomicReferenceArray<PluginFaultException> failed =
      new AtomicReferenceArray<>(County.values().length);

  /** Marks {@code county} failed because of {@code fault}, unless it already is. */
  void markFailed(County county, PluginFaultException fault) {
    failed.compareAndSet(county.ordinal(), null, fault);
  }

  /** The fault that marked {@code county} failed, if one did. */
  public Optional<PluginFaultException> failure(County county) {
    return Optional.ofNullable(failed.get(county.ordinal()));
  }

  /**
   * Throws unless {@code county} is served.
   *
   * @throws PolicyConfigurationException naming the fault that marked it failed, its cause
   */
  public void check(County county) {
    PluginFaultException f = failed.get(county.ordinal());
    if (f != null) {
      throw new PolicyConfigurationException(notServed(county, f), f);
    }
  }

  /** The message of a county marked failed. */
  public static String notServed(County county, PluginFaultException fault) {
    return "county " + county.code() + " " + county.chineseName() + " is no longer served: "
        + "a decision of its plugin '" + fault.pluginId() + "' overran the time budget "
        + "and may still be running; restart with the plugin fixed or removed. The fault: "
        + fault.getMessage();
  }
}
