package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.service.SchoolLevel;

/**
 * The school places (学位) a community's resident population needs at each stage, under the
 * public-service standards in force for the dossier's county on the date, and the gap to the
 * places the dossier records as available. {@link SchoolPlaceNeed} states the rounding rule.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Exact: residents times places per 1,000 is an exact decimal, rounded up once.
 *   <li>The date is explicit: the dossier's {@code asOf} unless another is given.
 *   <li>A faulty standards facet is reported by the registry's guard as a {@link
 *       org.cungaiju.reform.core.guard.PluginFaultException}; a figure of places too large to
 *       count as a {@link PolicyConfigurationException} naming the policy. Nothing is replaced
 *       by a default.
 * </ul>
 *
 * <p>Stateless between calls; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class PublicServiceChecks {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final PolicyRegistry registry;

  /** Checks under the policies of {@code registry}. */
  public PublicServiceChecks(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** The school places {@code dossier}'s community needs under the standards on its asOf. */
  public ServicesReport check(Dossier dossier) {
    return check(dossier, dossier.asOf());
  }

  /** The school places {@code dossier}'s community needs under the standards on {@code date}. */
  public ServicesReport check(Dossier dossier, LocalDate date) {
    PublicServiceStandards standards =
        registry.resolve(dossier.county(), Facet.PUBLIC_SERVICE, date);
    int residents = dossier.community().residentPopulation();
    PublicServices available = dossier.services().orElse(PublicServices.EMPTY);
    ImmutableList.Builder<SchoolPlaceNeed> needs = ImmutableList.builder();
    for (SchoolStage stage : SchoolStage.values()) {
      SchoolLevel level = SchoolLevel.valueOf(stage.name());
      Explained<Weight> perThousand = standards.schoolPlacesPerThousand(level);
      needs.add(need(standards, stage, residents, perThousand, available.placesAt(stage)));
    }
    return new ServicesReport(dossier.community().id(), dossier.county(), date, residents,
        needs.build());
  }

  /** The places needed at one stage, by the rule {@link SchoolPlaceNeed} states. */
  private static SchoolPlaceNeed need(PublicServiceStandards standards, SchoolStage stage,
      int residents, Explained<Weight> perThousand, Optional<Integer> available) {
    BigDecimal exact = BigDecimal.valueOf(residents).multiply(perThousand.value().value())
        .divide(THOUSAND);
    BigDecimal rounded = exact.setScale(0, RoundingMode.CEILING);
    if (rounded.toBigInteger().bitLength() > 62) {
      throw new PolicyConfigurationException("policy " + standards.version().policyId()
          + " public-service version " + standards.version().id() + " gives "
          + perThousand.value() + " places per 1,000 residents at " + stage
          + ", which makes more places than the library counts; accepted: a figure of places "
          + "per 1,000 residents such as 80");
    }
    long needed = rounded.longValueExact();
    Optional<Long> gap = available.map(a -> needed - a);
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("stage", stage.name());
    inputs.put("residents", String.valueOf(residents));
    inputs.put("available", available.map(String::valueOf).orElse("not recorded"));
    Explanation e = perThousand.explanation();
    String outcome = "needed ⌈" + residents + " × " + perThousand.value() + " ÷ 1000⌉ = ⌈"
        + exact.stripTrailingZeros().toPlainString() + "⌉ = " + needed + " "
        + stage.chineseName() + " places"
        + gap.map(g -> g > 0 ? "; short of " + g : g < 0 ? "; " + -g + " to spare" : "; enough")
            .orElse("; places available not recorded");
    return new SchoolPlaceNeed(stage, residents, perThousand.value(), needed, available, gap,
        Explanation.of("publicService.schoolPlaceNeed", e.policyId(), e.version(), e.source(),
            inputs, Map.of("placesPerThousand." + stage.name(), perThousand.value().toString()),
            outcome).withSteps(List.of(e)));
  }
}
