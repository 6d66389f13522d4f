package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.Allocation;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.Claim;
import org.cungaiju.reform.core.allocation.ClaimExplanation;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * Share quantification (股权量化): the members decided on a base date, each with exact weights
 * from the share scheme, turned into a {@link ShareRegister} of whole shares.
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li><b>How many shares.</b> The charter's {@code totalShares}, else the scheme's, counts
 *       every share issued, collective shares included. Without either, <em>shares equal
 *       weights</em>: each member holds exactly their weight in shares. Where a weight has
 *       decimals (a population weight of {@code 0.5}), every weight is multiplied by the smallest
 *       power of ten that makes all of them whole — one share then stands for {@code 0.1} (or
 *       {@code 0.01}, …) of a unit of weight — so shares stay exactly proportional to weights
 *       and nothing is rounded. {@link Quantification#weightPerShare()} says which.
 *   <li><b>The collective share (集体股).</b> With a number of shares {@code T} and a ratio
 *       {@code r}, the organization keeps {@code floor(r·T)} shares; members share the rest.
 *       When shares equal weights and members hold {@code M}, it keeps {@code floor(r·M ÷ (1 −
 *       r))}: the most shares that are at most {@code r} of all. Either way the rounding is in
 *       the members' favour, and the collective never holds more than its ratio.
 *   <li><b>Members first.</b> The members' shares are apportioned over the members by the
 *       scheme's method, each member's claim being their weights of every class added up.
 *       A member's shares are what their dividends follow, so this is the apportionment that
 *       must be within one share of the exact quota (largest remainder); it is done once,
 *       over all members together.
 *   <li><b>Then classes.</b> Each member's shares are split over the classes by largest
 *       remainder on the member's own class weights, ties to the earlier class. Class totals
 *       are the sums of these.
 *   <li><b>Ties.</b> Members tied at the margin get the last shares in member order (the
 *       dossier's order) and are all reported, awarded and passed over, so the members'
 *       assembly can decide otherwise.
 * </ol>
 *
 * <h2>Refused</h2>
 *
 * <p>A member listed twice, or whose weights do not name exactly the member classes, is
 * invalid input. A number of shares to give members none of whom has a positive weight, and a
 * collective ratio of 1 with shares equal to weights, are infeasible.
 *
 * <p>Stateless; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ShareQuantifier {

  private final PolicyRegistry registry;

  /** A quantifier deciding membership and weights under the policies of {@code registry}. */
  public ShareQuantifier(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /**
   * The register of {@code organizationId} quantified at {@code baseDate}: its members decided
   * on that date, weighted by the share scheme in force then for the dossier's county.
   *
   * @throws InvalidInputException if the dossier has no such organization
   * @throws PluginFaultException if the scheme or the membership rules fail, naming the person's
   *     JSON path
   */
  public Quantification quantify(Dossier dossier, String organizationId, LocalDate baseDate) {
    return quantify(dossier, organizationId,
        new MembershipEngine(registry).decide(dossier, baseDate));
  }

  /**
   * The register of {@code organizationId} quantified at the date of {@code decisions}, whose
   * members are those the decisions name members of the organization.
   *
   * @throws InvalidInputException if the dossier has no such organization
   * @throws PluginFaultException if the scheme fails, naming the person's JSON path
   */
  public Quantification quantify(
      Dossier dossier, String organizationId, MembershipDecisions decisions) {
    CollectiveOrganization organization = organization(dossier, organizationId);
    LocalDate baseDate = decisions.date();
    ShareScheme scheme = registry.resolve(dossier.county(), Facet.SHARE_SCHEME, baseDate);
    ShareTerms terms = ShareTerms.of(scheme, organization.charter());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < dossier.persons().size(); i++) {
      index.put(dossier.persons().get(i).id(), i);
    }
    List<MemberWeights> weights = new ArrayList<>();
    for (Member m : decisions.membersOf(organizationId)) {
      int i = index.get(m.personId());
      Person person = dossier.persons().get(i);
      Explained<ImmutableMap<String, Weight>> w;
      try {
        w = scheme.weightsOf(person, organization, baseDate);
      } catch (PluginFaultException e) {
        throw e.at("$.persons[" + i + "]");
      }
      weights.add(new MemberWeights(person.id(), person.householdId(), w.value(),
          w.explanation()));
    }
    return quantify(organizationId, baseDate, terms, weights);
  }

  static CollectiveOrganization organization(Dossier dossier, String organizationId) {
    CollectiveOrganization organization = dossier.organizationsById().get(organizationId);
    if (organization == null) {
      throw InvalidInputException.of("organizationId", organizationId,
          "names no organization in the dossier", "the id of an organization listed");
    }
    return organization;
  }

  /**
   * The register of {@code organizationId} at {@code baseDate} for {@code members} with their
   * weights, under {@code terms}; see the class comment for the rules.
   *
   * @throws InvalidInputException if a member is listed twice, is the organization itself, or
   *     has weights that do not name exactly the member classes; or if shares equal to weights
   *     would not fit in a {@code long}
   * @throws InfeasibleException if a number of shares is to be given to members none of whom
   *     has a positive weight, or a collective ratio of 1 meets shares equal to weights
   */
  public static Quantification quantify(String organizationId, LocalDate baseDate,
      ShareTerms terms, Iterable<MemberWeights> members) {
    Checks.id(organizationId, "organizationId");
    requireNonNull(baseDate, "baseDate");
    requireNonNull(terms, "terms");
    ImmutableList<MemberWeights> list = ImmutableList.copyOf(members);
    check(organizationId, terms, list);
    return terms.totalShares().isPresent()
        ? byTotal(organizationId, baseDate, terms, list)
        : byWeights(organizationId, baseDate, terms, list);
  }

  private static void check(String organizationId, ShareTerms terms, List<MemberWeights> list) {
    Set<String> classIds = terms.memberClasses().stream().map(ShareClass::id)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    Set<String> seen = new HashSet<>();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      MemberWeights m = list.get(i);
      if (!seen.add(m.personId())) {
        problems.add(Violation.of("members[" + i + "].personId", m.personId(), "is listed twice",
            "each member once"));
      }
      if (m.personId().equals(organizationId)) {
        problems.add(Violation.of("members[" + i + "].personId", m.personId(),
            "is the organization itself, which holds only the collective shares",
            "a person's id"));
      }
      if (!m.weights().keySet().equals(classIds)) {
        problems.add(Violation.of("members[" + i + "].weights", m.weights().keySet(),
            "does not name exactly the classes members hold",
            "a weight for each of " + classIds + " (0 where the member has none)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** A number of shares is given: collective first, the rest apportioned over members. */
  private static Quantification byTotal(String organizationId, LocalDate baseDate,
      ShareTerms terms, ImmutableList<MemberWeights> list) {
    long total = terms.totalShares().orElseThrow();
    long collective = terms.collectiveShareRatio()
        .map(r -> floor(unscaled(r).multiply(BigInteger.valueOf(total)),
            BigInteger.TEN.pow(r.value().scale())))
        .orElse(0L);
    long toMembers = total - collective;
    boolean anyWeight = list.stream().anyMatch(m -> m.total().signum() > 0);
    if (toMembers > 0 && !anyWeight) {
      throw new InfeasibleException("Cannot quantify the " + toMembers + " members' shares of "
          + "organization " + organizationId + " on base date " + baseDate + ": "
          + (list.isEmpty() ? "it has no members" : "none of its " + list.size()
              + " members has a positive weight")
          + "; accepted: at least one member with a positive weight, or no number of shares "
          + "in the charter or scheme (shares then equal weights)");
    }
    List<Claim> claims = list.stream()
        .map(m -> Claim.of(m.personId(), Weight.of(m.total())))
        .toList();
    Allocation allocation = Apportionment.of(terms.method()).allocate(toMembers, claims);
    ImmutableList.Builder<MemberShares> shares = ImmutableList.builder();
    for (int i = 0; i < list.size(); i++) {
      MemberWeights m = list.get(i);
      ClaimExplanation why = allocation.explain(i);
      long units = allocation.units(i);
      shares.add(new MemberShares(m.personId(), m.householdId(), m.weights(),
          Weight.of(m.total()), why.quota(), units, why.remainderUnit(), why.tie(),
          splitOverClasses(terms, m, units), outcome(why), m.explanation()));
    }
    String rule = terms.collectiveShareRatio().isEmpty() ? ""
        : "floor(" + terms.collectiveShareRatio().get() + " × " + total + ")";
    return assemble(organizationId, baseDate, terms, shares.build(), collective, rule,
        Optional.empty(), allocation.tieAwardedIds(), allocation.tiePassedOverIds());
  }

  /** No number of shares: shares equal weights, scaled to whole numbers. */
  private static Quantification byWeights(String organizationId, LocalDate baseDate,
      ShareTerms terms, ImmutableList<MemberWeights> list) {
    int scale = list.stream().flatMap(m -> m.weights().values().stream())
        .mapToInt(Weight::scale).max().orElse(0);
    ImmutableList.Builder<MemberShares> shares = ImmutableList.builder();
    long toMembers = 0;
    for (int i = 0; i < list.size(); i++) {
      MemberWeights m = list.get(i);
      ImmutableList.Builder<ClassShares> classes = ImmutableList.builder();
      long own = 0;
      try {
        for (ShareClass c : terms.memberClasses()) {
          Weight w = m.weights().get(c.id());
          long n = w.scaledTo(scale).longValueExact();
          own = Math.addExact(own, n);
          classes.add(new ClassShares(c.id(), w, Fraction.of(n), n, false, TieOutcome.NOT_TIED));
        }
        toMembers = Math.addExact(toMembers, own);
      } catch (ArithmeticException e) {
        throw InvalidInputException.of("members[" + i + "].weights", m.weights(),
            "makes more shares than a register can hold at " + scale + " decimals",
            "weights whose shares add up to at most " + Long.MAX_VALUE);
      }
      String perUnit = scale == 0 ? "one share per unit of weight"
          : BigInteger.TEN.pow(scale) + " shares per unit of weight";
      shares.add(new MemberShares(m.personId(), m.householdId(), m.weights(),
          Weight.of(m.total()), Fraction.of(own), own, false, TieOutcome.NOT_TIED,
          classes.build(), own + (own == 1 ? " share: " : " shares: ") + perUnit + " (weight "
              + Weight.of(m.total()) + ")", m.explanation()));
    }
    long collective = 0;
    String rule = "";
    if (terms.collectiveShareRatio().isPresent()) {
      Rate r = terms.collectiveShareRatio().get();
      BigInteger unscaled = unscaled(r);
      BigInteger whole = BigInteger.TEN.pow(r.value().scale());
      if (unscaled.equals(whole) && toMembers > 0) {
        throw new InfeasibleException("Cannot quantify organization " + organizationId + ": a "
            + "collective share ratio of 1 leaves members no share, and with no number of "
            + "shares in the charter or scheme the shares follow the members' weights; "
            + "accepted: a ratio below 1, or a number of shares");
      }
      collective = unscaled.equals(whole) ? 0
          : floor(unscaled.multiply(BigInteger.valueOf(toMembers)), whole.subtract(unscaled));
      rule = "floor(" + r + " × " + toMembers + " ÷ (1 − " + r + "))";
    }
    return assemble(organizationId, baseDate, terms, shares.build(), collective, rule,
        Optional.of(Weight.of(BigDecimal.ONE.movePointLeft(scale))), ImmutableList.of(),
        ImmutableList.of());
  }

  /** The member's shares over the classes, by largest remainder on the class weights. */
  private static ImmutableList<ClassShares> splitOverClasses(
      ShareTerms terms, MemberWeights m, long units) {
    ImmutableList<ShareClass> classes = terms.memberClasses();
    ImmutableList.Builder<ClassShares> out = ImmutableList.builder();
    long positive = classes.stream().filter(c -> !m.weights().get(c.id()).isZero()).count();
    if (units == 0 || positive <= 1) {
      for (ShareClass c : classes) {
        Weight w = m.weights().get(c.id());
        long n = w.isZero() ? 0 : units;
        out.add(new ClassShares(c.id(), w, Fraction.of(n), n, false, TieOutcome.NOT_TIED));
      }
      return out.build();
    }
    Allocation split = Apportionment.of(Method.LARGEST_REMAINDER).allocate(units,
        classes.stream().map(c -> Claim.of(c.id(), m.weights().get(c.id()))).toList());
    for (int j = 0; j < classes.size(); j++) {
      ClaimExplanation why = split.explain(j);
      out.add(new ClassShares(classes.get(j).id(), why.weight(), why.quota(), why.units(),
          why.remainderUnit(), why.tie()));
    }
    return out.build();
  }

  private static Quantification assemble(String organizationId, LocalDate baseDate,
      ShareTerms terms, ImmutableList<MemberShares> members, long collective,
      String collectiveRule, Optional<Weight> weightPerShare, ImmutableList<String> awarded,
      ImmutableList<String> passedOver) {
    long toMembers = members.stream().mapToLong(MemberShares::shares).sum();
    long total = Math.addExact(toMembers, collective);
    List<Holding> holdings = new ArrayList<>();
    Map<String, Optional<String>> householdOf = new HashMap<>();
    for (MemberShares m : members) {
      householdOf.put(m.personId(), Optional.of(m.householdId()));
      m.classes().stream().filter(c -> c.shares() > 0)
          .forEach(c -> holdings.add(new Holding(m.personId(), c.shareClassId(), c.shares())));
    }
    terms.collectiveClass().filter(c -> collective > 0)
        .ifPresent(c -> holdings.add(new Holding(organizationId, c.id(), collective)));
    ShareRegister register = new ShareRegister(organizationId, baseDate, terms.classes(),
        ImmutableList.copyOf(holdings));
    ImmutableList<HouseholdShares> households = RegisterViews.households(
        RegisterViews.holders(register, id -> householdOf.getOrDefault(id, Optional.empty())));
    return new Quantification(organizationId, baseDate, terms, total, toMembers, collective,
        weightPerShare, members, households, awarded, passedOver, register,
        explain(organizationId, baseDate, terms, members, toMembers, collective, collectiveRule,
            weightPerShare, awarded, passedOver));
  }

  private static Explanation explain(String organizationId, LocalDate baseDate, ShareTerms terms,
      List<MemberShares> members, long toMembers, long collective, String collectiveRule,
      Optional<Weight> weightPerShare, List<String> awarded, List<String> passedOver) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", organizationId);
    inputs.put("baseDate", baseDate.toString());
    inputs.put("members", String.valueOf(members.size()));
    inputs.put("membersWeight", members.stream().map(m -> m.weight().value())
        .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("totalShares", terms.totalShares().map(t -> t + " ("
        + terms.totalFrom().name().toLowerCase(java.util.Locale.ROOT) + ")")
        .orElse("shares equal weights"));
    weightPerShare.ifPresent(w -> parameters.put("weightPerShare", w.toString()));
    terms.collectiveShareRatio().ifPresent(r -> {
      parameters.put("collectiveShareRatio", r.toString());
      parameters.put("collectiveShares", collectiveRule);
    });
    parameters.put("method", terms.method().id());
    parameters.put("classes", terms.memberClasses().stream().map(ShareClass::id)
        .collect(Collectors.joining(", ")) + ": each member's shares split by largest remainder");
    StringBuilder outcome = new StringBuilder().append(toMembers + collective).append(" shares: ")
        .append(toMembers).append(" to ").append(members.size())
        .append(members.size() == 1 ? " member" : " members");
    if (weightPerShare.isEmpty()) {
      outcome.append(" by ").append(terms.method().id());
    } else {
      outcome.append(", one share per ").append(weightPerShare.get()).append(" of weight");
    }
    if (terms.collectiveShareRatio().isPresent()) {
      outcome.append(", ").append(collective).append(" collective");
    }
    if (!awarded.isEmpty() || !passedOver.isEmpty()) {
      outcome.append("; tied at the margin: ").append(String.join(", ", awarded))
          .append(" awarded, ").append(String.join(", ", passedOver))
          .append(" passed over by member order");
    }
    return terms.scheme().explain(Quantification.RULE_ID, "", inputs, parameters,
        outcome.toString());
  }

  /** A member's shares in one line, such as {@code 267 shares: floor 266 of quota 800/3 + 1 remainder share}. */
  private static String outcome(ClaimExplanation why) {
    StringBuilder b = new StringBuilder().append(why.units())
        .append(why.units() == 1 ? " share: " : " shares: ");
    if (why.method() == Method.LARGEST_REMAINDER) {
      b.append("floor ").append(why.floor()).append(" of quota ").append(why.quota());
      if (why.remainderUnit()) {
        b.append(" + 1 remainder share");
      }
    } else {
      b.append(why.method().id()).append(why.divisor().map(d -> " at divisor " + d).orElse(""))
          .append(" (quota ").append(why.quota()).append(')');
    }
    if (why.tie() == TieOutcome.AWARDED) {
      b.append("; tied at the margin, awarded by member order");
    } else if (why.tie() == TieOutcome.PASSED_OVER) {
      b.append("; tied at the margin, passed over by member order");
    }
    return b.toString();
  }

  private static BigInteger unscaled(Rate r) {
    return r.value().unscaledValue();
  }

  /** {@code floor(a / b)} for {@code a >= 0, b > 0}, which must fit in a {@code long}. */
  private static long floor(BigInteger a, BigInteger b) {
    BigInteger q = a.divide(b);
    if (q.bitLength() >= Long.SIZE) {
      throw InvalidInputException.of("collectiveShareRatio", a + "/" + b,
          "makes more collective shares than a register can hold",
          "a ratio that leaves the register's total within " + Long.MAX_VALUE);
    }
    return q.longValueExact();
  }
}
