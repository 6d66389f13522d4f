package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * The share registers in force on a date: for each organization of a dossier, its register read
 * by holder, household and class, under the management its charter sets.
 *
 * <h2>Which register</h2>
 *
 * <ol>
 *   <li>The dossier's register of the organization, if it has one ({@link
 *       RegisterOrigin#DOSSIER}). Otherwise the organization's shares are quantified ({@link
 *       ShareQuantifier}) at the charter's base date (基准日) — or at the date asked for, when the
 *       charter sets none or sets one after it — from the members decided on that base date
 *       ({@link RegisterOrigin#QUANTIFIED}).
 *   <li>Under static management (股权固化, 生不增、死不减) the register is brought to the date:
 *       each holder who died by then passes the shares to the other members of the household who
 *       belong to the organization, were born by the day of the death and outlived it, in equal
 *       parts, in the household's order (see {@link Inheritance}). A birth brings no share.
 *       A holder without such an heir keeps the shares, with a note for the members' assembly.
 *   <li>Under dynamic management (动态管理) the register stands as it is until it is quantified
 *       anew at a new base date ({@link #readjust}); deceased holders are noted.
 * </ol>
 *
 * <p>Every register operation is in {@link OrganizationShares#operations()}; the explanation
 * cites the share scheme in force on the date.
 *
 * <p>Stateless; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ShareEngine {

  private final PolicyRegistry registry;
  private final ShareQuantifier quantifier;

  /** An engine deciding under the policies of {@code registry}. */
  public ShareEngine(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    this.quantifier = new ShareQuantifier(registry);
  }

  /** The shares of every organization of {@code dossier} on {@code date}, in dossier order. */
  public ImmutableList<OrganizationShares> sharesOn(Dossier dossier, LocalDate date) {
    Session session = new Session(dossier);
    return dossier.organizations().stream()
        .map(o -> session.sharesOf(o, date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The shares of each of {@code organizationIds} on {@code date}, in the order given.
   *
   * @throws InvalidInputException if the dossier lacks one of the organizations
   * @throws PluginFaultException if a policy plugin fails, naming the input's JSON path
   */
  public ImmutableList<OrganizationShares> sharesOf(Dossier dossier,
      Iterable<String> organizationIds, LocalDate date) {
    Session session = new Session(dossier);
    ImmutableList.Builder<OrganizationShares> out = ImmutableList.builder();
    for (String id : organizationIds) {
      out.add(session.sharesOf(ShareQuantifier.organization(dossier, id), date));
    }
    return out.build();
  }

  /**
   * The shares of {@code organizationId} on {@code date}.
   *
   * @throws InvalidInputException if the dossier has no such organization
   * @throws PluginFaultException if a policy plugin fails, naming the input's JSON path
   */
  public OrganizationShares sharesOf(Dossier dossier, String organizationId, LocalDate date) {
    return new Session(dossier)
        .sharesOf(ShareQuantifier.organization(dossier, organizationId), date);
  }

  /**
   * Dynamic readjustment (动态管理): the register of {@code organizationId} quantified anew at
   * {@code newBaseDate}, from the members decided on that date.
   *
   * @throws ConflictException if the organization's charter manages shares statically (股权固化),
   *     which allows no readjustment
   * @throws InvalidInputException if the dossier has no such organization
   */
  public OrganizationShares readjust(Dossier dossier, String organizationId,
      LocalDate newBaseDate) {
    CollectiveOrganization organization = ShareQuantifier.organization(dossier, organizationId);
    if (organization.charter().shareManagement() == ShareManagement.STATIC) {
      throw new ConflictException("Organization " + organizationId + " manages its shares "
          + "statically (股权固化, 生不增、死不减): its register is not readjusted at "
          + newBaseDate + "; accepted: an organization whose charter sets DYNAMIC management");
    }
    Quantification q = quantifier.quantify(dossier, organizationId, newBaseDate);
    return new Session(dossier).assemble(organization, newBaseDate, RegisterOrigin.READJUSTED,
        q.register(), Optional.of(q), ShareBook.open(q.register(), dossier,
            scheme(dossier, newBaseDate)), List.of());
  }

  private FacetVersion scheme(Dossier dossier, LocalDate date) {
    return registry.resolve(dossier.county(), Facet.SHARE_SCHEME, date).version();
  }

  /** One call's memory: the membership decisions of each base date asked for. */
  private final class Session {
    private final Dossier dossier;
    private final Map<LocalDate, MembershipDecisions> decisions = new HashMap<>();
    private final Map<String, Optional<String>> householdOf = new HashMap<>();

    Session(Dossier dossier) {
      this.dossier = dossier;
      for (Person p : dossier.persons()) {
        householdOf.put(p.id(), Optional.of(p.householdId()));
      }
    }

    OrganizationShares sharesOf(CollectiveOrganization organization, LocalDate date) {
      requireNonNull(date, "date");
      List<String> notes = new ArrayList<>();
      Optional<ShareRegister> recorded = dossier.registers().stream()
          .filter(r -> r.organizationId().equals(organization.id())).findFirst();
      ShareRegister start;
      Optional<Quantification> quantification = Optional.empty();
      if (recorded.isPresent()) {
        start = recorded.get();
        if (start.asOf().isAfter(date)) {
          notes.add("the dossier's register is dated " + start.asOf() + ", after " + date
              + "; it is read as it stands");
        }
      } else {
        Optional<LocalDate> charterBase = organization.charter().shareBaseDate();
        LocalDate base = charterBase.filter(b -> !b.isAfter(date)).orElse(date);
        if (charterBase.isPresent() && charterBase.get().isAfter(date)) {
          notes.add("the charter's base date " + charterBase.get() + " is after " + date
              + "; the shares are quantified at " + date);
        }
        Quantification q = quantifier.quantify(dossier, organization.id(),
            decisions(organization.id(), base));
        start = q.register();
        quantification = Optional.of(q);
      }
      ShareBook book = ShareBook.open(start, dossier, scheme(dossier, date));
      if (organization.charter().shareManagement() == ShareManagement.STATIC) {
        Succession.Passed passed = Succession.passOnDeaths(book, dossier, date);
        book = passed.book();
        notes.addAll(passed.notes());
      } else {
        notes.addAll(deceasedHolders(start, date));
      }
      return assemble(organization, date, recorded.isPresent() ? RegisterOrigin.DOSSIER
          : RegisterOrigin.QUANTIFIED, start, quantification, book, notes);
    }

    /** The decisions on {@code base}; none are needed for an organization nobody names. */
    private MembershipDecisions decisions(String organizationId, LocalDate base) {
      boolean named = dossier.persons().stream()
          .anyMatch(p -> p.organizationId().equals(Optional.of(organizationId)));
      return named ? decisions.computeIfAbsent(base,
          b -> new MembershipEngine(registry).decide(dossier, b))
          : new MembershipDecisions(base, ImmutableList.of(), ImmutableList.of());
    }

    private List<String> deceasedHolders(ShareRegister register, LocalDate date) {
      Map<String, Person> persons = dossier.personsById();
      return register.totalsByHolder().keySet().stream()
          .map(persons::get)
          .filter(p -> p != null && p.isDeadOn(date))
          .map(p -> p.id() + " died on " + p.firstEvent(PersonEventType.DEATH, date)
              .orElseThrow().date() + ": under dynamic management (动态管理) the shares stay on "
              + "the register until it is readjusted at a new base date")
          .toList();
    }

    OrganizationShares assemble(CollectiveOrganization organization, LocalDate date,
        RegisterOrigin origin, ShareRegister start, Optional<Quantification> quantification,
        ShareBook book, List<String> notes) {
      ShareRegister register = book.register();
      ImmutableList<HolderShares> holders = RegisterViews.holders(register,
          id -> householdOf.getOrDefault(id, Optional.empty()));
      ImmutableList<HouseholdShares> households = RegisterViews.households(holders);
      long collective = holders.stream().filter(HolderShares::collective)
          .mapToLong(HolderShares::shares).sum();
      ShareManagement management = organization.charter().shareManagement();
      Map<String, String> inputs = new LinkedHashMap<>();
      inputs.put("organization", organization.id());
      inputs.put("date", date.toString());
      inputs.put("origin", origin.name());
      inputs.put("startingRegisterAsOf", start.asOf().toString());
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("management", management.name() + " (" + management.chineseName()
          + ", charter)");
      String outcome = register.totalShares() + " shares held by " + holders.size()
          + " holders in " + households.size() + " households on " + date + ": "
          + switch (origin) {
            case DOSSIER -> "the dossier's register of " + start.asOf();
            case QUANTIFIED -> "quantified at base date " + start.asOf();
            case READJUSTED -> "readjusted at base date " + start.asOf();
          }
          + (book.log().isEmpty() ? "" : ", then " + book.log().size()
              + (book.log().size() == 1 ? " inheritance" : " inheritances")
              + " under static management")
          + (notes.isEmpty() ? "" : "; " + notes.size() + (notes.size() == 1 ? " note" : " notes"));
      Explanation explanation = scheme(dossier, date).explain(OrganizationShares.RULE_ID, "",
          inputs, parameters, outcome)
          .withSteps(quantification.map(q -> List.of(q.explanation())).orElse(List.of()));
      return new OrganizationShares(organization.id(), date, management, origin, start.asOf(),
          register, holders, households, register.totalsByClass(), register.totalShares(),
          collective, quantification, book.log(), ImmutableList.copyOf(notes), explanation);
    }
  }
}
