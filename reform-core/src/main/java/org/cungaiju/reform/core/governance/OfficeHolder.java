package org.cungaiju.reform.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.spi.governance.Post;

/**
 * One person's offices and the 一肩挑 decision about them: which of the three leading posts the
 * person holds, and whether the county's governance rules allow one person to hold them
 * together.
 *
 * <p>A person holding at most one leading post is allowed without asking the rules (there is
 * nothing to hold together); the explanation says so. Immutable and thread-safe.
 *
 * @param personId the person's id in the dossier
 * @param appointments every office the person holds, in the dossier's order
 * @param leadingPosts the leading posts among them, in {@link Post} order
 * @param allowed whether the county allows one person to hold {@code leadingPosts} together
 * @param explanation the governance rule that decided, its policy version and inputs
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record OfficeHolder(
    String personId,
    ImmutableList<Appointment> appointments,
    ImmutableSet<Post> leadingPosts,
    boolean allowed,
    Explanation explanation) {

  /** Copies the lists. */
  public OfficeHolder {
    requireNonNull(personId, "personId");
    appointments = ImmutableList.copyOf(appointments);
    leadingPosts = ImmutableSet.copyOf(leadingPosts);
    requireNonNull(explanation, "explanation");
  }

  /** Whether the person holds two or more of the leading posts (一肩挑). */
  public boolean holdsConcurrentPosts() {
    return leadingPosts.size() >= 2;
  }
}
