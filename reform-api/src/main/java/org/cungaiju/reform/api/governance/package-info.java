/**
 * The governance facts of a community that the checks of 政经分开 (separating the
 * community's self-government from the collective's economic affairs) and 一肩挑 (one person
 * holding the leading posts) read: the residents' committee voter roll, who holds which office
 * in which body, and facts about duties, seals, accounts and assemblies, each with its evidence.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe. Persons
 * are named by their id in the dossier, never by resident id or name.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.governance;

import org.cungaiju.reform.api.Api;
