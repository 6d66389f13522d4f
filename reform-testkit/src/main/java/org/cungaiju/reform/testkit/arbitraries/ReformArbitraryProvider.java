package org.cungaiju.reform.testkit.arbitraries;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.Grid;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * The jqwik {@link ArbitraryProvider} for reform's api types, so that {@code @ForAll Person
 * person} works in any property with the testkit on its class path or module path.
 *
 * <p>Registered as a service both in {@code META-INF/services} and in the module descriptor.
 * Each type gets the arbitrary of the same name in {@link ReformArbitraries};
 * {@code Explained<T>} gets an explained value of whatever jqwik provides for {@code T}. Enums
 * (such as {@code County} or {@code Sex}) are left to jqwik, which generates every constant.
 * Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReformArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(ResidentId.class, ReformArbitraries::residentIds)
          .put(CreditCode.class, ReformArbitraries::creditCodes)
          .put(DivisionCode.class, ReformArbitraries::divisionCodes)
          .put(Money.class, ReformArbitraries::money)
          .put(Weight.class, ReformArbitraries::weights)
          .put(Rate.class, ReformArbitraries::rates)
          .put(DateRange.class, ReformArbitraries::dateRanges)
          .put(PersonName.class, ReformArbitraries::personNames)
          .put(PersonEvent.class, () -> ReformArbitraries.personEvents(
              ReformArbitraries.EARLIEST_BIRTH, ReformArbitraries.LATEST_BIRTH))
          .put(Person.class, ReformArbitraries::persons)
          .put(Household.class, ReformArbitraries::households)
          .put(Charter.class, ReformArbitraries::charters)
          .put(CollectiveOrganization.class, ReformArbitraries::organizations)
          .put(Community.class, ReformArbitraries::communities)
          .put(ShareClass.class, ReformArbitraries::shareClasses)
          .put(Holding.class, ReformArbitraries::holdings)
          .put(ShareRegister.class, ReformArbitraries::shareRegisters)
          .put(PolicySource.class, ReformArbitraries::policySources)
          .put(Explanation.class, ReformArbitraries::explanations)
          .put(Member.class, ReformArbitraries::members)
          .put(Violation.class, ReformArbitraries::violations)
          .put(Point.class, ReformArbitraries::points)
          .put(GridUnit.class, ReformArbitraries::gridUnits)
          .put(Grid.class, ReformArbitraries::grids)
          .put(DedicatedGrid.class, ReformArbitraries::dedicatedGrids)
          .put(GridWorker.class, ReformArbitraries::gridWorkers)
          .put(Department.class, ReformArbitraries::departments)
          .put(KeyTask.class, ReformArbitraries::keyTasks)
          .put(LedgerEntry.class, ReformArbitraries::ledgerEntries)
          .put(FinancialYear.class, ReformArbitraries::financialYears)
          .put(Appointment.class, ReformArbitraries::appointments)
          .put(SeparationFact.class, ReformArbitraries::separationFacts)
          .put(Governance.class, ReformArbitraries::governance)
          .put(RetainedLand.class, ReformArbitraries::retainedLand)
          .put(HomesteadWithdrawal.class, ReformArbitraries::homesteadWithdrawals)
          .put(Land.class, ReformArbitraries::land)
          .put(SchoolPlaces.class, ReformArbitraries::schoolPlaces)
          .put(PublicServices.class, ReformArbitraries::publicServices)
          .put(Dossier.class, ReformArbitraries::dossiers)
          .build();

  /** Creates the provider; jqwik's service loading calls this. */
  public ReformArbitraryProvider() {}

  /** The api types this provider generates, {@code Explained} included. */
  public static ImmutableSet<Class<?>> providedTypes() {
    return ImmutableSet.<Class<?>>builder().addAll(BY_TYPE.keySet()).add(Explained.class).build();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BY_TYPE.containsKey(targetType.getRawType()) || targetType.isOfType(Explained.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> supplier = BY_TYPE.get(targetType.getRawType());
    if (supplier != null) {
      return Set.of(supplier.get());
    }
    if (targetType.getTypeArguments().isEmpty() || targetType.getTypeArgument(0).isWildcard()
        || targetType.getTypeArgument(0).isTypeVariable()) {
      return Set.of(ReformArbitraries.explained(Arbitraries.strings().alpha().ofMaxLength(12)));
    }
    ImmutableSet.Builder<Arbitrary<?>> explained = ImmutableSet.builder();
    for (Arbitrary<?> values : subtypeProvider.apply(targetType.getTypeArgument(0))) {
      explained.add(ReformArbitraries.explained(values));
    }
    return explained.build();
  }
}
