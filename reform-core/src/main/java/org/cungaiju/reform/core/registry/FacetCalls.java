package org.cungaiju.reform.core.registry;

import java.util.function.Supplier;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * Asks a resolved facet a question so that a faulty policy is reported, never silently
 * replaced: a facet that throws something other than the library's own exceptions, or answers
 * {@code null}, becomes a {@link PolicyConfigurationException} naming the policy, the version
 * and what it was asked.
 *
 * <p>For the engines of this library. Stateless and thread-safe.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class FacetCalls {

  private FacetCalls() {}

  /**
   * {@code question}'s answer from {@code facet}.
   *
   * @param facet the facet asked, named in any failure by its policy and version
   * @param what what was asked, such as {@code "governance mayHoldTogether for person p1"}
   * @param question the call to the facet
   * @throws PolicyConfigurationException if the facet throws anything but a {@link
   *     ReformException} or answers {@code null}
   */
  public static <T> T ask(PolicyFacet facet, String what, Supplier<T> question) {
    T answer;
    try {
      answer = question.get();
    } catch (ReformException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PolicyConfigurationException(policyOf(facet) + " threw answering " + what
          + ": " + e, e);
    }
    if (answer == null) {
      throw new PolicyConfigurationException(policyOf(facet) + " returned null answering "
          + what + "; accepted: an answer with its explanation");
    }
    return answer;
  }

  private static String policyOf(PolicyFacet facet) {
    try {
      return "policy " + facet.version().policyId() + " version " + facet.version().id();
    } catch (RuntimeException e) {
      return "policy class " + facet.getClass().getName() + " (its version failed: " + e + ")";
    }
  }
}
