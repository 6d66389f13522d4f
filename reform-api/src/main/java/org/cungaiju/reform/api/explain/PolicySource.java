package org.cungaiju.reform.api.explain;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;

/**
 * Where a rule comes from: the document number (文号), the clause, and the date it was
 * decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document's number or title, such as {@code 江农改〔2022〕1号} or
 *     {@code 中华人民共和国农村集体经济组织法}
 * @param clause the clause, such as {@code 第十二条}; may be empty when the whole document applies
 * @param decided the date the document was decided or issued, when known
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PolicySource(String document, String clause, Optional<LocalDate> decided) {

  /** Validates that the document is named. */
  public PolicySource {
    requireNonNull(clause, "clause");
    requireNonNull(decided, "decided");
    checkInput(!document.isBlank(), "document", document, "is blank",
        "the document number or title");
  }

  /** A source with a known decision date. */
  public static PolicySource of(String document, String clause, LocalDate decided) {
    return new PolicySource(document, clause, Optional.of(decided));
  }

  /** Reads as {@code document clause (decided)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(document);
    if (!clause.isEmpty()) {
      b.append(' ').append(clause);
    }
    decided.ifPresent(d -> b.append(" (").append(d).append(')'));
    return b.toString();
  }
}
