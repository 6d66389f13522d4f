package org.cungaiju.reform.core.testing;

import com.google.common.collect.ImmutableList;
import java.util.function.UnaryOperator;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.share.ShareRegister;

/** A dossier with one of its lists changed, every other part kept; checked as any dossier is. */
public final class DossierEdits {

  private DossierEdits() {}

  /** {@code d} with every person passed through {@code change}. */
  public static Dossier persons(Dossier d, UnaryOperator<Person> change) {
    return new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), map(d.persons(), change), d.households(), d.registers(),
        d.finances(), d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(),
        d.services());
  }

  /** {@code d} with every organization passed through {@code change}. */
  public static Dossier organizations(Dossier d, UnaryOperator<CollectiveOrganization> change) {
    return new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        map(d.organizations(), change), d.persons(), d.households(), d.registers(),
        d.finances(), d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(),
        d.services());
  }

  /** {@code d} with these financial years in place of its own. */
  public static Dossier finances(Dossier d, Iterable<FinancialYear> finances) {
    return new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(),
        ImmutableList.copyOf(finances), d.gridUnits(), d.dedicatedGrids(), d.ledger(),
        d.governance(), d.land(), d.services());
  }

  /** {@code d} with these share registers in place of its own. */
  public static Dossier registers(Dossier d, Iterable<ShareRegister> registers) {
    return new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), ImmutableList.copyOf(registers),
        d.finances(), d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(),
        d.services());
  }

  /** {@code d} with these grid units in place of its own. */
  public static Dossier gridUnits(Dossier d, Iterable<GridUnit> units) {
    return new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        ImmutableList.copyOf(units), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(),
        d.services());
  }

  private static <T> ImmutableList<T> map(ImmutableList<T> items, UnaryOperator<T> change) {
    return items.stream().map(change).collect(ImmutableList.toImmutableList());
  }
}
