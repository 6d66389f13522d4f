package org.cungaiju.reform.core.generate;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * What {@link DossierGenerator} is to make: the seed, the county and date, and the size and
 * parts of the community.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The county is one of the seven (not the city); {@code asOf} lies in the years 2000 to
 *       2100; there is at least one household.
 *   <li>A community code, when given, is a 12-digit residents' committee code in the county.
 *   <li>Equal options make equal dossiers: the options are all the generator reads.
 * </ul>
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}, or start from {@link
 * #xinhuiSample()}.
 *
 * @param seed the seed of every random draw
 * @param county the county the community lies in
 * @param asOf the date the dossier is true at; nothing generated is dated later
 * @param households how many households, local and non-hukou together; about three persons
 *     live in each on average, so 1,500 households make some 4,500 persons
 * @param groups how many group-level organizations (经济合作社) stand under the one
 *     village-level organization (经济联合社); 0 puts every member directly in the latter
 * @param gridUnits how many grid units (buildings or blocks) to lay out; 0 for none
 * @param nonHukouPercent the share of households of non-hukou residents (非户籍常住人口), in
 *     per cent
 * @param registers whether to add share registers already quantified at the charter's base date
 * @param finances whether to add each organization's figures for the year before {@code asOf}
 * @param lossYear whether one organization had a loss that year (with {@code finances})
 * @param ledger whether to add work-ledger entries for the plan's key tasks
 * @param dedicatedGrids whether to declare a school and a park as dedicated grids (when there
 *     are at least 12 grid units)
 * @param communityCode the community's 12-digit code; empty to draw one from the seed
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record GeneratorOptions(
    long seed,
    County county,
    LocalDate asOf,
    int households,
    int groups,
    int gridUnits,
    int nonHukouPercent,
    boolean registers,
    boolean finances,
    boolean lossYear,
    boolean ledger,
    boolean dedicatedGrids,
    Optional<DivisionCode> communityCode) {

  /** The most households one dossier may have. */
  public static final int MAX_HOUSEHOLDS = 200_000;

  /** The most group-level organizations under the village-level one. */
  public static final int MAX_GROUPS = 99;

  /** The seed of {@link #xinhuiSample()}. */
  public static final long SAMPLE_SEED = 20_251_231L;

  /** Validates every option. */
  public GeneratorOptions {
    requireNonNull(county, "county");
    requireNonNull(asOf, "asOf");
    requireNonNull(communityCode, "communityCode");
    checkInput(county.isCounty(), "county", county.code(), "is the city, not a county",
        "one of the seven counties: 440703, 440704, 440705, 440781, 440783, 440784, 440785");
    checkInput(asOf.getYear() >= 2000 && asOf.getYear() <= 2100, "asOf", asOf,
        "is outside the years the generator models", "a date from 2000-01-01 to 2100-12-31");
    checkInput(households >= 1 && households <= MAX_HOUSEHOLDS, "households", households,
        "is out of range", "1 to " + MAX_HOUSEHOLDS);
    checkInput(groups >= 0 && groups <= MAX_GROUPS, "groups", groups, "is out of range",
        "0 to " + MAX_GROUPS);
    checkInput(gridUnits >= 0 && gridUnits <= MAX_HOUSEHOLDS, "gridUnits", gridUnits,
        "is out of range", "0 to " + MAX_HOUSEHOLDS);
    checkInput(nonHukouPercent >= 0 && nonHukouPercent <= 90, "nonHukouPercent",
        nonHukouPercent, "is out of range", "0 to 90");
    communityCode.ifPresent(code -> {
      checkInput(code.level() == DivisionCode.Level.COMMUNITY
              && code.committee().equals(Optional.of(DivisionCode.Committee.RESIDENTS)),
          "communityCode", code, "is not a residents' committee's 12-digit code",
          "12 digits whose last three are 001 to 199");
      checkInput(code.isWithin(county.divisionCode()), "communityCode", code,
          "does not lie in " + county.code() + " " + county.chineseName(),
          "a code starting " + county.code());
    });
  }

  /** A builder with the defaults: seed 1, 新会区, 2025-12-31, 300 households, 2 groups. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The bundled sample: a fictional community in 新会区 (440705) as of 2025-12-31 with 1,600
   * households (over 4,000 persons), one village-level organization with four groups under it,
   * 140 grid units with a school and a park, share registers, a year's finances with one
   * loss-making group, and ledger entries for the ten key tasks.
   */
  public static GeneratorOptions xinhuiSample() {
    return builder()
        .seed(SAMPLE_SEED)
        .county(County.XINHUI)
        .asOf(LocalDate.of(2025, 12, 31))
        .households(1_600)
        .groups(4)
        .gridUnits(140)
        .nonHukouPercent(18)
        .registers(true)
        .finances(true)
        .lossYear(true)
        .ledger(true)
        .dedicatedGrids(true)
        .build();
  }

  /** These options with another seed. */
  public GeneratorOptions withSeed(long seed) {
    return toBuilder().seed(seed).build();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.seed = seed;
    b.county = county;
    b.asOf = asOf;
    b.households = households;
    b.groups = groups;
    b.gridUnits = gridUnits;
    b.nonHukouPercent = nonHukouPercent;
    b.registers = registers;
    b.finances = finances;
    b.lossYear = lossYear;
    b.ledger = ledger;
    b.dedicatedGrids = dedicatedGrids;
    b.communityCode = communityCode;
    return b;
  }

  /**
   * Builds {@link GeneratorOptions}. Unless set, the grid units number one per 12 households
   * (rounded up). Not thread-safe.
   */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private long seed = 1;
    private County county = County.XINHUI;
    private LocalDate asOf = LocalDate.of(2025, 12, 31);
    private int households = 300;
    private int groups = 2;
    private Integer gridUnits;
    private int nonHukouPercent = 15;
    private boolean registers;
    private boolean finances = true;
    private boolean lossYear;
    private boolean ledger = true;
    private boolean dedicatedGrids = true;
    private Optional<DivisionCode> communityCode = Optional.empty();

    private Builder() {}

    /** Sets the seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the county. */
    public Builder county(County county) {
      this.county = county;
      return this;
    }

    /** Sets the date the dossier is true at. */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /** Sets the number of households. */
    public Builder households(int households) {
      this.households = households;
      return this;
    }

    /** Sets the number of group-level organizations. */
    public Builder groups(int groups) {
      this.groups = groups;
      return this;
    }

    /** Sets the number of grid units. */
    public Builder gridUnits(int gridUnits) {
      this.gridUnits = gridUnits;
      return this;
    }

    /** Sets the share of non-hukou households, in per cent. */
    public Builder nonHukouPercent(int nonHukouPercent) {
      this.nonHukouPercent = nonHukouPercent;
      return this;
    }

    /** Sets whether to add share registers. */
    public Builder registers(boolean registers) {
      this.registers = registers;
      return this;
    }

    /** Sets whether to add a year's finances. */
    public Builder finances(boolean finances) {
      this.finances = finances;
      return this;
    }

    /** Sets whether one organization had a loss-making year. */
    public Builder lossYear(boolean lossYear) {
      this.lossYear = lossYear;
      return this;
    }

    /** Sets whether to add ledger entries. */
    public Builder ledger(boolean ledger) {
      this.ledger = ledger;
      return this;
    }

    /** Sets whether to declare dedicated grids. */
    public Builder dedicatedGrids(boolean dedicatedGrids) {
      this.dedicatedGrids = dedicatedGrids;
      return this;
    }

    /** Sets the community's 12-digit code. */
    public Builder communityCode(DivisionCode communityCode) {
      this.communityCode = Optional.of(communityCode);
      return this;
    }

    /**
     * The options.
     *
     * @throws org.cungaiju.reform.api.error.InvalidInputException if an option is out of range
     */
    public GeneratorOptions build() {
      int units = gridUnits != null ? gridUnits : Math.max(1, (households + 11) / 12);
      return new GeneratorOptions(seed, county, asOf, households, groups, units,
          nonHukouPercent, registers, finances, lossYear, ledger, dedicatedGrids, communityCode);
    }
  }
}
