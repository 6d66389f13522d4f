package org.cungaiju.reform.testkit.arbitraries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;
import org.cungaiju.reform.api.Api;

/**
 * The reform domain for jqwik: every api type's arbitrary, bundled.
 *
 * <p>{@code @Domain(ReformDomain.class)} on a property or container makes jqwik use this
 * domain's arbitraries only; add {@code @Domain(DomainContext.Global.class)} as well to keep
 * jqwik's own ones for {@code int}, {@code String} and the like. Without any {@code @Domain},
 * the same arbitraries are found through the service registration, so most tests need neither.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public class ReformDomain extends DomainContextBase {

  /** Creates the domain; jqwik calls this for {@code @Domain(ReformDomain.class)}. */
  public ReformDomain() {}

  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    List<ArbitraryProvider> providers = new ArrayList<>(super.getArbitraryProviders());
    providers.add(new ReformArbitraryProvider());
    return providers;
  }
}
