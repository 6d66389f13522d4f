package org.cungaiju.reform.core.guard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.spi.membership.MembershipQuery;

/**
 * The engine's query as a guarded plugin sees it: the same answers, but the guard remembers
 * what the engine's callbacks threw, so that an error of the library (a circle of parents, a
 * fault of another plugin asked about a parent) reaches the caller as it is rather than being
 * blamed on this plugin, and once the decision is abandoned the callbacks refuse to run, so
 * that an overrunning plugin no longer touches the engine's state.
 *
 * <p>Every method of {@link MembershipQuery}, default ones included, is overridden to reach the
 * engine's own implementation; a test checks that none is missed.
 */
final class GuardedQuery implements MembershipQuery {
  private final MembershipQuery query;
  private volatile boolean abandoned;
  // written and read by the thread running the decision
  private RuntimeException raised;

  GuardedQuery(MembershipQuery query) {
    this.query = query;
  }

  /** The engine's query. */
  MembershipQuery query() {
    return query;
  }

  /** From now on, callbacks throw: the caller no longer waits for the decision. */
  void abandon() {
    abandoned = true;
  }

  /**
   * The exception a callback threw, if {@code thrown} is it or was caused by it: the plugin
   * let it through, or wrapped it.
   */
  RuntimeException raisedIn(Throwable thrown) {
    Throwable t = thrown;
    // a bounded walk: a plugin could make its causes a circle
    for (int depth = 0; t != null && raised != null && depth < 32; depth++) {
      if (t == raised) {
        return raised;
      }
      t = t.getCause();
    }
    return null;
  }

  @Override
  public Person person() {
    return query.person();
  }

  @Override
  public CollectiveOrganization organization() {
    return query.organization();
  }

  @Override
  public LocalDate date() {
    return query.date();
  }

  @Override
  public Dossier dossier() {
    return query.dossier();
  }

  @Override
  public Optional<Person> personById(String personId) {
    return query.personById(personId);
  }

  @Override
  public MembershipStatus statusOn(String personId, LocalDate on) {
    return callback(() -> query.statusOn(personId, on));
  }

  @Override
  public Explained<MembershipStatus> baseDecision() {
    return callback(query::baseDecision);
  }

  /** Calls back into the engine, remembering what it throws; refused once abandoned. */
  private <T> T callback(Supplier<T> call) {
    try {
      if (abandoned) {
        throw new CancellationException(
            "the decision overran its time budget and was abandoned; its answer is discarded");
      }
      return call.get();
    } catch (RuntimeException e) {
      raised = e;
      throw e;
    }
  }
}
