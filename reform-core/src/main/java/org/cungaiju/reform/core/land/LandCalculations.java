package org.cungaiju.reform.core.land;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.land.HomesteadTerms;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;

/**
 * The land calculations of a community (the plan's measure 6) under the land rules of the
 * dossier's county: retained-land entitlements and their conversions ({@link
 * RetainedLandValue}), and homestead-withdrawal offers ({@link HomesteadOffer}).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Exact: areas are multiplied as exact decimals and money in fen; each figure is rounded
 *       down once, at the end, as its record says. No floating point.
 *   <li>Dates are explicit: retained land is valued under the rules in force on the given date
 *       (the dossier's {@code asOf} by default); a homestead withdrawal under the rules in force
 *       on the day it was applied for. Never the wall clock.
 *   <li>A figure too large for the library's numbers is an {@link
 *       org.cungaiju.reform.api.error.InvalidInputException} naming the dossier path; a faulty
 *       land facet is reported by the registry's guard as a {@link
 *       org.cungaiju.reform.core.guard.PluginFaultException}. No partial result.
 * </ul>
 *
 * <p>Stateless between calls; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class LandCalculations {

  private final PolicyRegistry registry;

  /** Calculations under the policies of {@code registry}. */
  public LandCalculations(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** Every land calculation of {@code dossier}, retained land valued on its {@code asOf}. */
  public LandReport calculate(Dossier dossier) {
    return calculate(dossier, dossier.asOf());
  }

  /** Every land calculation of {@code dossier}, retained land valued on {@code date}. */
  public LandReport calculate(Dossier dossier, LocalDate date) {
    return new LandReport(dossier.community().id(), dossier.county(), date,
        retainedLand(dossier, date), homesteadOffers(dossier));
  }

  /** The retained land of every organization the dossier records it for, valued on {@code date}. */
  public ImmutableList<RetainedLandValue> retainedLand(Dossier dossier, LocalDate date) {
    List<RetainedLand> records = dossier.land().orElse(Land.EMPTY).retainedLand();
    ImmutableList.Builder<RetainedLandValue> out = ImmutableList.builder();
    for (int i = 0; i < records.size(); i++) {
      RetainedLand r = records.get(i);
      Explained<LandParameters> p = parameters(dossier, r.organizationId(), date);
      out.add(value(r, date, p, "land.retainedLand[" + i + "]"));
    }
    return out.build();
  }

  /** The offer to every household applying to withdraw from its homestead. */
  public ImmutableList<HomesteadOffer> homesteadOffers(Dossier dossier) {
    List<HomesteadWithdrawal> applications =
        dossier.land().orElse(Land.EMPTY).homesteadWithdrawals();
    ImmutableList.Builder<HomesteadOffer> out = ImmutableList.builder();
    for (int i = 0; i < applications.size(); i++) {
      HomesteadWithdrawal w = applications.get(i);
      Explained<LandParameters> p = parameters(dossier, w.organizationId(), w.applied());
      out.add(offer(w, p, "land.homesteadWithdrawals[" + i + "]"));
    }
    return out.build();
  }

  private Explained<LandParameters> parameters(Dossier dossier, String organizationId,
      LocalDate date) {
    CollectiveOrganization organization = dossier.organizationsById().get(organizationId);
    LandRules rules = registry.resolve(dossier.county(), Facet.LAND, date);
    return rules.parameters(organization);
  }

  private static RetainedLandValue value(RetainedLand r, LocalDate date,
      Explained<LandParameters> explained, String path) {
    LandParameters p = explained.value();
    BigDecimal entitlement = p.retainedLandRatio().value().multiply(r.expropriatedArea().value());
    BigDecimal difference = entitlement.subtract(r.realizedArea().value());
    BigDecimal unrealized = difference.max(BigDecimal.ZERO);
    BigDecimal cash = Exact.fen(unrealized, p.cashPerSquareMetre());
    BigDecimal property = unrealized.multiply(p.propertyAreaPerSquareMetre().value());
    BigDecimal equity = Exact.fen(unrealized, p.equityPerSquareMetre());

    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", r.organizationId());
    inputs.put("date", date.toString());
    inputs.put("expropriatedArea", r.expropriatedArea().toString());
    inputs.put("realizedArea", r.realizedArea().toString());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("retainedLandRatio", p.retainedLandRatio().toString());
    parameters.put("cashPerSquareMetre", p.cashPerSquareMetre().toString());
    parameters.put("propertyAreaPerSquareMetre", p.propertyAreaPerSquareMetre().toString());
    parameters.put("equityPerSquareMetre", p.equityPerSquareMetre().toString());
    String outcome = "entitlement " + p.retainedLandRatio() + " × " + r.expropriatedArea()
        + " = " + Exact.plain(entitlement) + " m²; unrealized " + Exact.plain(unrealized)
        + " m²; converts to cash " + Exact.yuan(cash) + " yuan, or property "
        + Exact.plain(property) + " m², or equity " + Exact.yuan(equity)
        + " yuan (exact; offered rounded down to the fen and to 0.01 m²)";
    Explanation explanation = explain("land.retainedLand", explained.explanation(), inputs,
        parameters, outcome);
    return new RetainedLandValue(r.organizationId(), r.expropriatedArea(), p.retainedLandRatio(),
        Weight.of(entitlement), r.realizedArea(), Weight.of(unrealized),
        Weight.of(difference.negate().max(BigDecimal.ZERO)),
        Exact.floorToFen(cash, path + ".expropriatedArea"),
        Exact.floorToArea(property, path + ".expropriatedArea"),
        Exact.floorToFen(equity, path + ".expropriatedArea"), explanation);
  }

  private static HomesteadOffer offer(HomesteadWithdrawal w, Explained<LandParameters> explained,
      String path) {
    HomesteadTerms t = explained.value().homestead();
    BigDecimal area = w.homesteadArea().value();
    BigDecimal compensation = Exact.fen(area, t.compensationPerSquareMetre());
    BigDecimal housing = area.multiply(t.housingAreaPerSquareMetre().value());
    BigDecimal cap = t.maxHousingAreaPerHousehold().value();
    boolean capped = housing.compareTo(cap) > 0;

    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("withdrawal", w.id());
    inputs.put("household", w.householdId());
    inputs.put("organization", w.organizationId());
    inputs.put("applied", w.applied().toString());
    inputs.put("homesteadArea", w.homesteadArea().toString());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("compensationPerSquareMetre", t.compensationPerSquareMetre().toString());
    parameters.put("housingAreaPerSquareMetre", t.housingAreaPerSquareMetre().toString());
    parameters.put("maxHousingAreaPerHousehold", t.maxHousingAreaPerHousehold().toString());
    String outcome = "cash " + w.homesteadArea() + " × " + t.compensationPerSquareMetre() + " = "
        + Exact.yuan(compensation) + " yuan, or housing " + w.homesteadArea() + " × "
        + t.housingAreaPerSquareMetre() + " = " + Exact.plain(housing) + " m²"
        + (capped ? ", capped at " + t.maxHousingAreaPerHousehold() + " m² per household" : "")
        + " (exact; offered rounded down to the fen and to 0.01 m²)";
    return new HomesteadOffer(w.id(), w.householdId(), w.organizationId(), w.applied(),
        w.homesteadArea(), Exact.floorToFen(compensation, path + ".homesteadArea"),
        Exact.floorToArea(capped ? cap : housing, path + ".homesteadArea"), capped,
        explain("land.homesteadWithdrawal", explained.explanation(), inputs, parameters,
            outcome));
  }

  /** An explanation citing the land parameters' policy version, built on their explanation. */
  private static Explanation explain(String ruleId, Explanation parameters,
      Map<String, String> inputs, Map<String, String> used, String outcome) {
    return Explanation.of(ruleId, parameters.policyId(), parameters.version(),
        parameters.source(), inputs, used, outcome).withSteps(List.of(parameters));
  }
}
