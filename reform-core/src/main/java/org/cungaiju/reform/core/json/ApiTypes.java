package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.Grid;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.grid.WorkerRole;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * The reform-api types the JSON mapping covers, and how each is written: as a string, as an
 * enum constant's name, or as an object of its record components. {@code Explained} is generic
 * and has its own deserializer.
 */
final class ApiTypes {

  /**
   * A type written as one string.
   *
   * @param type the type
   * @param accepted what a valid string looks like, for messages
   * @param personal whether the text is personal data, never to be shown in messages
   * @param parse reads the text, given the date no birth date may be after (if known)
   * @param format writes the text; {@code parse} reads it back to an equal value
   * @param <T> the type
   */
  record TextScalar<T>(
      Class<T> type,
      String accepted,
      boolean personal,
      BiFunction<String, Optional<LocalDate>, T> parse,
      Function<T, String> format) {

    static <T> TextScalar<T> of(
        Class<T> type, String accepted, Function<String, T> parse, Function<T, String> format) {
      return new TextScalar<>(type, accepted, false, (text, asOf) -> parse.apply(text), format);
    }
  }

  static final ImmutableList<TextScalar<?>> TEXT_SCALARS = ImmutableList.of(
      TextScalar.of(Money.class,
          "a string of yuan with at most two decimals, such as \"1234.56\"",
          Money::parse, Money::toString),
      TextScalar.of(Weight.class,
          "a string holding a non-negative decimal, such as \"3\" or \"1.5\"",
          Weight::parse, Weight::toString),
      TextScalar.of(Rate.class, "a string holding a decimal from 0 to 1, such as \"0.1\"",
          Rate::parse, Rate::toString),
      new TextScalar<>(ResidentId.class, "a string of the 18-character resident id", true,
          (text, asOf) -> asOf.map(d -> ResidentId.parse(text, d))
              .orElseGet(() -> new ResidentId(text)),
          ResidentId::value),
      TextScalar.of(CreditCode.class, "a string of the 18-character unified social credit code",
          CreditCode::parse, CreditCode::value),
      TextScalar.of(DivisionCode.class, "a string of a 6-, 9- or 12-digit division code",
          DivisionCode::parse, DivisionCode::value),
      TextScalar.of(County.class, "a string of a county code such as \"440705\"",
          County::of, County::code),
      new TextScalar<>(PersonName.class, "a string of the person's name", true,
          (text, asOf) -> PersonName.of(text), PersonName::value),
      TextScalar.of(Department.class, "a string of the department's name, such as \"市自然资源局\"",
          Department::of, Department::name));

  /** Enums written as their constant's name. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(
      OrganizationLevel.class, PersonEventType.class, Sex.class, MembershipStatus.class,
      ShareClassKind.class, ShareManagement.class, GridKind.class, GridFunction.class,
      DedicatedGridKind.class, WorkerRole.class, TaskStatus.class,
      CreditCode.RegistrationDepartment.class, CreditCode.RegistrationType.class,
      DivisionCode.Level.class, DivisionCode.Committee.class, Api.Status.class, Office.class,
      Office.Body.class, SeparationFactKind.class, SchoolStage.class);

  /** Records written as objects of their components (all but the generic {@code Explained}). */
  static final ImmutableList<Class<? extends Record>> RECORDS = ImmutableList.of(
      DateRange.class, PolicySource.class, Explanation.class, Community.class,
      CollectiveOrganization.class, Charter.class, Person.class, PersonEvent.class,
      Household.class, Member.class, ShareClass.class, Holding.class, ShareRegister.class,
      GridUnit.class, Point.class, DedicatedGrid.class, Grid.class, GridWorker.class,
      KeyTask.class, LedgerEntry.class, FinancialYear.class, Dossier.class, Violation.class,
      Governance.class, Appointment.class, SeparationFact.class, Land.class, RetainedLand.class,
      HomesteadWithdrawal.class, PublicServices.class, SchoolPlaces.class);

  private ApiTypes() {}
}
