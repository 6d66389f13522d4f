/**
 * The immutable value types of the village-to-residence (村改居) reform: identifiers with their
 * national-standard checks, money and exact weights, communities, persons, members, shares,
 * grids, the key-task ledger, governance, land and public-service facts, explanations and the
 * exception hierarchy.
 *
 * <p>This module depends on nothing of ours and carries no JSON annotations; mapping lives in
 * {@code org.cungaiju.reform.core}.
 */
module org.cungaiju.reform.api {
  requires transitive com.google.common;

  exports org.cungaiju.reform.api;
  exports org.cungaiju.reform.api.error;
  exports org.cungaiju.reform.api.value;
  exports org.cungaiju.reform.api.id;
  exports org.cungaiju.reform.api.community;
  exports org.cungaiju.reform.api.membership;
  exports org.cungaiju.reform.api.share;
  exports org.cungaiju.reform.api.grid;
  exports org.cungaiju.reform.api.ledger;
  exports org.cungaiju.reform.api.explain;
  exports org.cungaiju.reform.api.dossier;
  exports org.cungaiju.reform.api.governance;
  exports org.cungaiju.reform.api.land;
  exports org.cungaiju.reform.api.service;
}
