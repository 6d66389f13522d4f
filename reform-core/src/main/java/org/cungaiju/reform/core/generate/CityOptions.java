package org.cungaiju.reform.core.generate;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;

/**
 * What {@link CityGenerator} is to make: the seed, the number of communities, the date and the
 * usual size of a group-level organization.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>There are 1 to {@value #MAX_COMMUNITIES} communities; {@code asOf} lies in the years
 *       2000 to 2100; a group holds {@value #MIN_MEMBERS_PER_GROUP} to {@value
 *       #MAX_MEMBERS_PER_GROUP} members.
 *   <li>Equal options make equal cities: the options are all the generator reads.
 * </ul>
 *
 * <p>Immutable and thread-safe. Start from {@link #of(long, int)}; change one thing with the
 * {@code with} methods.
 *
 * @param seed the seed of every random draw
 * @param communities how many communities, spread evenly over the seven counties
 * @param asOf the date every dossier is true at
 * @param membersPerGroup about how many members a group-level organization (经济合作社) has;
 *     each group's own figure is drawn within 30 % of it
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record CityOptions(long seed, int communities, LocalDate asOf, int membersPerGroup) {

  /**
   * The most communities a city may have: some 2.7·10^7 members, a province's worth. The city
   * lies in seven counties, and a county's resident ids number at most 500 persons of one sex
   * born on one day; a larger city of seven counties would run out of them.
   */
  public static final int MAX_COMMUNITIES = 10_000;

  /** The fewest members a group may be asked to have. */
  public static final int MIN_MEMBERS_PER_GROUP = 10;

  /** The most members a group may be asked to have. */
  public static final int MAX_MEMBERS_PER_GROUP = 2_000;

  /** The members of a group unless asked otherwise: a group-level organization's usual size. */
  public static final int DEFAULT_MEMBERS_PER_GROUP = 300;

  /** The date of every dossier unless asked otherwise. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

  /** Validates every option. */
  public CityOptions {
    requireNonNull(asOf, "asOf");
    checkInput(communities >= 1 && communities <= MAX_COMMUNITIES, "communities", communities,
        "is out of range", "1 to " + MAX_COMMUNITIES);
    checkInput(asOf.getYear() >= 2000 && asOf.getYear() <= 2100, "asOf", asOf,
        "is outside the years the generator models", "a date from 2000-01-01 to 2100-12-31");
    checkInput(membersPerGroup >= MIN_MEMBERS_PER_GROUP
            && membersPerGroup <= MAX_MEMBERS_PER_GROUP, "membersPerGroup", membersPerGroup,
        "is out of range", MIN_MEMBERS_PER_GROUP + " to " + MAX_MEMBERS_PER_GROUP);
  }

  /**
   * A city of {@code communities} communities made from {@code seed}, as of {@link
   * #DEFAULT_AS_OF}, with groups of about {@value #DEFAULT_MEMBERS_PER_GROUP} members.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if {@code communities} is out of
   *     range
   */
  public static CityOptions of(long seed, int communities) {
    return new CityOptions(seed, communities, DEFAULT_AS_OF, DEFAULT_MEMBERS_PER_GROUP);
  }

  /** These options with another date. */
  public CityOptions withAsOf(LocalDate asOf) {
    return new CityOptions(seed, communities, asOf, membersPerGroup);
  }

  /** These options with groups of about {@code membersPerGroup} members. */
  public CityOptions withMembersPerGroup(int membersPerGroup) {
    return new CityOptions(seed, communities, asOf, membersPerGroup);
  }
}
