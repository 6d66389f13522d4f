package org.cungaiju.reform.core.run;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Money;

/**
 * The headline figures of a section, such as {@code members} or {@code dividendsPaid}: what a
 * summary line, the batch's table and the page's key figures show.
 *
 * <p>Names are ids ({@code [A-Za-z0-9._:-]}); counts are not negative. Both maps keep the order
 * the section gave. Immutable and thread-safe.
 *
 * @param counts whole-number figures by name
 * @param amounts money figures by name
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Figures(ImmutableMap<String, Long> counts, ImmutableMap<String, Money> amounts) {

  /** No figures: what a failed section has. */
  public static final Figures NONE = new Figures(ImmutableMap.of(), ImmutableMap.of());

  /** Validates the names and that no count is negative. */
  public Figures {
    counts = ImmutableMap.copyOf(counts);
    amounts = ImmutableMap.copyOf(amounts);
    counts.forEach((name, n) -> {
      Checks.id(name, "counts");
      Checks.nonNegative(n, "counts." + name);
    });
    amounts.keySet().forEach(name -> Checks.id(name, "amounts"));
  }

  /** A builder adding figures in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** The count named {@code name}, or 0 when there is none. */
  public long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** Collects figures in order. Not thread-safe. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Money> amounts = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a count. */
    public Builder count(String name, long n) {
      counts.put(name, n);
      return this;
    }

    /** Adds an amount. */
    public Builder amount(String name, Money amount) {
      amounts.put(name, amount);
      return this;
    }

    /** The figures. */
    public Figures build() {
      return new Figures(ImmutableMap.copyOf(counts), ImmutableMap.copyOf(amounts));
    }
  }
}
