package org.cungaiju.reform.api.community;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.id.CreditCode;

/**
 * A rural collective economic organization (农村集体经济组织): the special legal person that
 * owns the collective's assets.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The credit code is registered with agriculture at the organization's level: {@code N1}
 *       for a group, {@code N2} for a village, {@code N3} for a town.
 *   <li>An organization is not its own parent. That the parent exists and sits one level up is
 *       checked by the dossier that holds both.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the organization's id in the dossier
 * @param name its name, such as {@code 示例经济联合社}
 * @param level town, village or group
 * @param parentId the organization one level up, if any
 * @param creditCode its unified social credit code
 * @param shareholding whether it has been reformed into a shareholding cooperative (股份合作)
 * @param convertedToCompany whether it has invested in or become a company (改制公司)
 * @param charter what its charter settles for the calculations
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record CollectiveOrganization(
    String id,
    String name,
    OrganizationLevel level,
    Optional<String> parentId,
    CreditCode creditCode,
    boolean shareholding,
    boolean convertedToCompany,
    Charter charter) {

  /** Validates the id, name, credit-code type and parent. */
  public CollectiveOrganization {
    Checks.id(id, "id");
    Checks.text(name, "name", 100, name);
    requireNonNull(level, "level");
    requireNonNull(parentId, "parentId");
    requireNonNull(charter, "charter");
    checkInput(creditCode.type().equals(Optional.of(level.registrationType())), "creditCode",
        creditCode, "is not registered as a " + level.chineseName() + " (" + level + ")",
        "a credit code starting " + level.registrationType().code());
    parentId.ifPresent(p -> {
      Checks.id(p, "parentId");
      checkInput(!p.equals(id), "parentId", p, "is the organization itself",
          "the id of the organization one level up");
    });
  }
}
