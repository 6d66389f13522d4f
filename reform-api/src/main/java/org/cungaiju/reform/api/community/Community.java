package org.cungaiju.reform.api.community;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * A village-to-residence community (村改居社区): a former village now run as an urban
 * community by a residents' committee (居委会).
 *
 * <p>The population figures are the official counts, which the persons listed in a dossier
 * need not exhaust. Immutable and thread-safe.
 *
 * @param id the community's id in the dossier
 * @param name the community's name, such as {@code 江门市新会区示例社区}
 * @param divisionCode the 12-digit statistical code of the community
 * @param town the town or street (镇、街道) it belongs to
 * @param registeredPopulation the registered (户籍) population
 * @param residentPopulation the resident (常住) population, on which public services are planned
 * @param households the number of households (户)
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Community(
    String id,
    String name,
    DivisionCode divisionCode,
    String town,
    int registeredPopulation,
    int residentPopulation,
    int households) {

  /** Validates the id, names, code level and counts. */
  public Community {
    Checks.id(id, "id");
    Checks.text(name, "name", 100, name);
    Checks.text(town, "town", 100, town);
    checkInput(divisionCode.level() == DivisionCode.Level.COMMUNITY, "divisionCode", divisionCode,
        "is not a 12-digit community code", "the 12-digit statistical code of the community");
    Checks.nonNegative(registeredPopulation, "registeredPopulation");
    Checks.nonNegative(residentPopulation, "residentPopulation");
    Checks.nonNegative(households, "households");
  }
}
