package org.cungaiju.reform.core.guard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/** A share scheme with the classes, collective ratio and weights given. */
record TestScheme(FacetVersion version, ImmutableList<ShareClass> classes,
    Optional<Rate> collectiveShareRatio, Function<Person, ImmutableMap<String, Weight>> weights)
    implements ShareScheme {

  static final ShareClass POPULATION = ShareClass.of("population", ShareClassKind.POPULATION);
  static final ShareClass FARM_AGE = ShareClass.of("farmAge", ShareClassKind.FARM_AGE);
  static final ShareClass COLLECTIVE = ShareClass.of("collective", ShareClassKind.COLLECTIVE);

  /** A scheme of {@code classes} without collective shares, weighing members by {@code weights}. */
  static Function<FacetVersion, ShareScheme> of(ImmutableList<ShareClass> classes,
      Function<Person, ImmutableMap<String, Weight>> weights) {
    return v -> new TestScheme(v, classes, Optional.empty(), weights);
  }

  @Override
  public Explained<ImmutableMap<String, Weight>> weightsOf(
      Person member, CollectiveOrganization organization, LocalDate baseDate) {
    ImmutableMap<String, Weight> w = weights.apply(member);
    return Explained.of(w, version.explain("test.weights", "", Map.of("member", member.id()),
        Map.of(), "weights " + w));
  }
}
