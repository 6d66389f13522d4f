package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;

/**
 * What a {@link Report} was run on: the community, its county, the dossier's date and how many
 * entries of each kind it held.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schemaVersion the dossier's format version
 * @param asOf the date the dossier is true at
 * @param county the county
 * @param countyName the county's Chinese name, such as {@code 新会区}
 * @param community the community
 * @param organizations its collective organizations, as the dossier lists them
 * @param entries the number of entries of each list of the dossier, by its JSON name
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record DossierSummary(
    int schemaVersion,
    LocalDate asOf,
    County county,
    String countyName,
    Community community,
    ImmutableList<CollectiveOrganization> organizations,
    ImmutableMap<String, Integer> entries) {

  /** Validates that every part is present and copies the counts. */
  public DossierSummary {
    requireNonNull(asOf, "asOf");
    requireNonNull(county, "county");
    requireNonNull(countyName, "countyName");
    requireNonNull(community, "community");
    organizations = ImmutableList.copyOf(organizations);
    entries = ImmutableMap.copyOf(entries);
  }

  /** The summary of {@code dossier}. */
  public static DossierSummary of(Dossier d) {
    ImmutableMap<String, Integer> entries = ImmutableMap.<String, Integer>builder()
        .put("organizations", d.organizations().size())
        .put("persons", d.persons().size())
        .put("households", d.households().size())
        .put("registers", d.registers().size())
        .put("finances", d.finances().size())
        .put("gridUnits", d.gridUnits().size())
        .put("dedicatedGrids", d.dedicatedGrids().size())
        .put("ledger", d.ledger().size())
        .buildOrThrow();
    return new DossierSummary(d.schemaVersion(), d.asOf(), d.county(), d.county().chineseName(),
        d.community(), d.organizations(), entries);
  }

  /** The name of organization {@code id}, or the id itself when the dossier has none such. */
  public String organizationName(String id) {
    return organizations.stream().filter(o -> o.id().equals(id)).map(CollectiveOrganization::name)
        .findFirst().orElse(id);
  }
}
