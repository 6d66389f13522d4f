package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.guard.PluginFaultException.Kind;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.land.LandRules;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.share.ShareScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard of one plugin: wraps each of its facet versions so that every answer is checked
 * before the caller sees it.
 *
 * <h2>What every decision goes through</h2>
 *
 * <ol>
 *   <li>With a time budget, a county marked failed (an earlier overrun) is refused at once; the
 *       call runs on one of the plugin's {@link Workers} and is abandoned when it overruns,
 *       which marks the plugin's county failed. Without one, it runs on the caller's thread.
 *   <li>What the plugin throws is a {@link Kind#THREW} fault with the exception as its cause —
 *       except what the library's own callbacks threw into it (a circle of parents; another
 *       plugin's fault about a parent), which passes through unchanged.
 *   <li>{@code null} is a {@link Kind#NULL_ANSWER}; a value of the wrong type (a raw type can
 *       smuggle one in), an explanation that names another policy or version or has no outcome,
 *       or an answer breaking its facet's rules is an {@link Kind#INVALID_ANSWER}.
 *   <li>With a same-input check, one decision in {@code n} is asked twice; two answers (value
 *       or explanation) that differ are a {@link Kind#NOT_DETERMINISTIC} fault.
 * </ol>
 *
 * <p>The answer is the plugin's own object, unchanged. Thread-safe.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class PluginGuard implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);

  private final String pluginId;
  private final String providerClass;
  private final String location;
  private final County county;
  private final Runner runner;
  private final Duration budget; // null: no budget
  private final CountyHealth health;
  private final int sameInputOneIn;
  private final AtomicLong decisions = new AtomicLong();

  /**
   * A guard for the plugin {@code pluginId} of {@code county}, loaded from {@code location};
   * with a time budget it owns worker threads until {@link #close()}.
   */
  public PluginGuard(String pluginId, String providerClass, String location, County county,
      GuardSettings settings, CountyHealth health) {
    this.pluginId = requireNonNull(pluginId, "pluginId");
    this.providerClass = requireNonNull(providerClass, "providerClass");
    this.location = requireNonNull(location, "location");
    this.county = requireNonNull(county, "county");
    this.health = requireNonNull(health, "health");
    this.budget = settings.timeBudget().orElse(null);
    this.runner = budget == null ? Runner.INLINE
        : new Workers(pluginId, budget, settings.workers());
    this.sameInputOneIn = settings.sameInputOneIn();
  }

  /** {@code version} of {@code facet}, guarded. */
  public <F extends PolicyFacet> F guard(Facet<F> facet, F version) {
    FacetVersion v = requireNonNull(version.version(), "version");
    PolicyFacet guarded;
    if (facet == Facet.MEMBERSHIP) {
      guarded = new GuardedMembershipRules((MembershipRules) version, v, this);
    } else if (facet == Facet.SHARE_SCHEME) {
      guarded = new GuardedShareScheme((ShareScheme) version, v, this);
    } else if (facet == Facet.DIVIDEND) {
      guarded = new GuardedDividendRules((DividendRules) version, v, this);
    } else if (facet == Facet.GRID) {
      guarded = new GuardedGridStandard((GridStandard) version, v, this);
    } else if (facet == Facet.LAND) {
      guarded = new GuardedLandRules((LandRules) version, v, this);
    } else if (facet == Facet.ELECTION) {
      guarded = new GuardedElectionEligibility((ElectionEligibility) version, v, this);
    } else if (facet == Facet.GOVERNANCE) {
      guarded = new GuardedGovernanceRules((GovernanceRules) version, v, this);
    } else if (facet == Facet.PUBLIC_SERVICE) {
      guarded = new GuardedPublicServiceStandards((PublicServiceStandards) version, v, this);
    } else {
      throw new IllegalArgumentException("no guard for facet " + facet);
    }
    return facet.type().cast(guarded);
  }

  /** Releases the worker threads, if any; decisions after this throw. */
  @Override
  public void close() {
    runner.close();
  }

  /**
   * A decision with its explanation: run, checked (the value's type, the explanation, then
   * {@code check}), and with the same-input check on, sometimes asked again.
   */
  <T> Explained<T> decide(Facet<?> facet, FacetVersion version, Input input, Class<?> type,
      Supplier<Explained<T>> call, Check<? super T> check, GuardedQuery callbacks) {
    Check<Explained<T>> explained = answer -> {
      Object value = answer.value();
      if (!type.isInstance(value)) {
        return "answered a " + value.getClass().getName() + " (" + value + "); accepted: a "
            + type.getName();
      }
      String problem = explanationProblem(version, answer.explanation());
      return problem != null ? problem : check.problem(answer.value());
    };
    Explained<T> first = answer(facet, version, input, call, explained, callbacks);
    if (sameInputOneIn != 0 && decisions.getAndIncrement() % sameInputOneIn == 0) {
      Explained<T> second = answer(facet, version, input, call, explained, callbacks);
      if (!first.equals(second)) {
        throw fault(Kind.NOT_DETERMINISTIC, facet, version, input, differently(first, second),
            null);
      }
    }
    return first;
  }

  /** One call into the plugin, run and checked; the answer is never {@code null}. */
  <T> T answer(Facet<?> facet, FacetVersion version, Input input, Supplier<T> call,
      Check<? super T> check, GuardedQuery callbacks) {
    if (budget != null) {
      health.check(county);
    }
    T answer;
    try {
      answer = runner.run(call, callbacks);
    } catch (PluginFaultException e) {
      throw e; // a decision inside this one failed, and says so itself
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      RuntimeException own = callbacks == null ? null : callbacks.raisedIn(e);
      if (own != null) {
        throw own;
      }
      throw fault(Kind.THREW, facet, version, input, "threw " + e + "; accepted: an answer "
          + "for every valid input (the plugin contract of reform-testkit checks this)", e);
    } catch (TimeoutException e) {
      PluginFaultException f = fault(Kind.TIMED_OUT, facet, version, input, "took longer than "
          + "the time budget of " + budget.toMillis() + " ms and was abandoned: its answer, if "
          + "it ever gives one, is discarded, and county " + county.code() + " "
          + county.chineseName() + " is no longer served; accepted: a decision within the "
          + "budget", null);
      health.markFailed(county, f);
      LOG.warn("{}", f.getMessage());
      throw f;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReformException("interrupted while waiting for plugin '" + pluginId
          + "' to decide " + input.describe() + "; the decision was abandoned", e);
    } catch (Runner.Closed e) {
      throw new IllegalStateException("the policy registry holding plugin '" + pluginId
          + "' is closed", e);
    }
    if (answer == null) {
      throw fault(Kind.NULL_ANSWER, facet, version, input, "returned null; accepted: the "
          + "value with its explanation, Explained.of(value, version().explain(...))", null);
    }
    String problem = check.problem(answer);
    if (problem != null) {
      throw fault(Kind.INVALID_ANSWER, facet, version, input, problem, null);
    }
    return answer;
  }

  private static String explanationProblem(FacetVersion version, Explanation e) {
    if (!e.policyId().equals(version.policyId()) || !e.version().equals(version.id())) {
      return "is explained as policy " + e.policyId() + " version " + e.version() + " (rule "
          + e.ruleId() + "); accepted: an explanation built with this version's "
          + "version().explain(...); to defer to the municipal default, wrap its decision: "
          + "version().explain(...).withSteps(List.of(base.explanation()))";
    }
    if (e.outcome().isBlank()) {
      return "has an explanation with no outcome; accepted: the decision in one line";
    }
    return null;
  }

  private static String differently(Explained<?> first, Explained<?> second) {
    String how = first.value().equals(second.value())
        ? first.value() + " both times, explained differently (" + first.explanation().outcome()
            + " then " + second.explanation().outcome() + ")"
        : first.value() + " (" + first.explanation().outcome() + ") then " + second.value()
            + " (" + second.explanation().outcome() + ")";
    return "answered differently for the same input: " + how + "; accepted: the same answer "
        + "every time: decide from the input only, never from the clock, random numbers or "
        + "mutable state";
  }

  private PluginFaultException fault(Kind kind, Facet<?> facet, FacetVersion version,
      Input input, String problem, Throwable cause) {
    return new PluginFaultException(kind, pluginId, providerClass, location, facet.id(),
        version.id(), input.describe(), input.path(), problem, cause);
  }
}
