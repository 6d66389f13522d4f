package org.cungaiju.reform.core.generate;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;

/**
 * Makes a realistic, fictional city of community dossiers from a seed, one dossier at a time,
 * for benchmarks and for trying the library at the scale of Jiangmen (on the order of 10^4
 * collective organizations and a few million members) or more.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Deterministic: equal {@link CityOptions} give equal dossiers in the same order, on any
 *       JVM; the clock is never read. Another version of the library may draw differently.
 *   <li>Valid: every dossier is one {@link DossierGenerator} could make, with all its
 *       guarantees (it passes the {@link Dossier} constructor's checks; resident ids and credit
 *       codes carry their check characters).
 *   <li>Unique across the city: every community has its own 12-digit code (a residents'
 *       committee's in its county) and so its own id ({@code c} and the code); no credit code
 *       and no resident id is issued twice in the whole city. Ids that only name things inside
 *       one dossier (persons {@code p00001}, households {@code h0001}, organizations {@code
 *       village} and {@code group-01}) start again in each, as files kept by different
 *       communities would.
 *   <li>Shape: the communities are spread evenly over the seven counties (their counts differ
 *       by at most one), in a drawn order. Each has one village-level organization
 *       (经济联合社) with 3 to 15 group-level organizations (经济合作社) under it, each group of
 *       about {@link CityOptions#membersPerGroup()} members (within 30 %, as the municipal
 *       default decides them), 5 to 35 % of households of non-hukou residents, share registers
 *       quantified at the charters' base dates (population, farm-age and collective shares,
 *       static or dynamic management, the charters' own retention rates), a year's finances (in
 *       one community in ten with a loss-making organization), grid units of about twelve
 *       households with a school and a park, and ledger entries. So 1,000 communities hold
 *       about 10^4 organizations and 2.7 million members.
 * </ul>
 *
 * <h2>Streaming</h2>
 *
 * <p>The city is never held in memory: {@link #iterator} makes each dossier when it is asked
 * for and keeps no reference to it, so a caller that lets each dossier go after use needs
 * memory for one community at a time, however many there are. What the generator itself keeps
 * between dossiers does not grow with their number: the counters that keep identity numbers
 * unique (a small table per address code and birth year, a few dozen codes over little more
 * than a century) and, per county, where its community codes have got to. The dossiers are
 * made one after the other, since each one's identity numbers depend on those issued before.
 *
 * <h2>Performance notes</h2>
 *
 * <p>A community of 3,000 members (some 4,000 persons) takes a few tens of milliseconds once
 * the JVM is warm, about as long as writing it as JSON.
 *
 * <p>Stateless and thread-safe; each iterator or stream it returns is for one thread.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class CityGenerator {

  private CityGenerator() {}

  /**
   * The city's dossiers, each made when {@link Iterator#next()} is called. The iterator does
   * not support {@code remove}.
   */
  public static Iterator<Dossier> iterator(CityOptions options) {
    return new City(options);
  }

  /**
   * The city's dossiers as a sequential, ordered stream of {@link CityOptions#communities()}
   * elements, each made when the stream reaches it.
   */
  public static Stream<Dossier> stream(CityOptions options) {
    Spliterator<Dossier> spliterator = Spliterators.spliterator(iterator(options),
        options.communities(), Spliterator.ORDERED | Spliterator.NONNULL
            | Spliterator.IMMUTABLE);
    return StreamSupport.stream(spliterator, false);
  }
}
