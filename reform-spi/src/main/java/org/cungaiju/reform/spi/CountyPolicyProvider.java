package org.cungaiju.reform.spi;

import java.util.List;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.land.LandRules;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * The service a county policy plugin provides: the county's local rules, facet by facet, each
 * in dated versions.
 *
 * <h2>Writing a plugin</h2>
 *
 * <p>Implement this interface in a public class with a public no-argument constructor, and
 * register it both in {@code META-INF/services/org.cungaiju.reform.spi.CountyPolicyProvider}
 * (class path) and with {@code provides org.cungaiju.reform.spi.CountyPolicyProvider with …}
 * in the jar's {@code module-info.java} (module path). Override the facet methods for the rules
 * the county sets itself; a facet method left at its default (no versions), or a date that no
 * version of the plugin covers, falls back to the municipal default (440700). See {@code
 * docs/plugin-guide.md}.
 *
 * <h2>What the registry checks when it loads a plugin</h2>
 *
 * <ul>
 *   <li>the id is well formed and no other plugin has it;
 *   <li>the county code is one of Jiangmen's seven counties;
 *   <li>the SPI major version is one the core supports;
 *   <li>every facet method answers without throwing, and each version names this plugin's id;
 *   <li>the versions of one facet do not overlap, in this plugin or against another plugin for
 *       the same county.
 * </ul>
 *
 * <p>An implementation is immutable and thread-safe; every list it returns is the same on every
 * call. This interface grows only through {@code default} methods, so a plugin built against an
 * older minor version keeps working.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface CountyPolicyProvider {

  /**
   * The plugin's stable id, such as {@code xinhui}: letters, digits and {@code . _ : -}, 1 to
   * 64 characters. Explanations name it; it must not change between releases.
   */
  String id();

  /**
   * The six-digit GB/T 2260 code of the county the plugin serves, such as {@code "440705"}
   * (新会区). The registry checks that it is one of Jiangmen's.
   */
  String countyCode();

  /** The SPI version the plugin was built against, written as a literal: {@code SpiVersion.of(1, 0)}. */
  SpiVersion spiVersion();

  /** A name for people, such as {@code 新会区村改居政策}. */
  String displayName();

  /** The versions of the membership rules (成员资格认定); empty to use the municipal default. */
  default List<MembershipRules> membershipRules() {
    return List.of();
  }

  /** The versions of the share scheme (股权设置); empty to use the municipal default. */
  default List<ShareScheme> shareSchemes() {
    return List.of();
  }

  /** The versions of the dividend rules (收益分配); empty to use the municipal default. */
  default List<DividendRules> dividendRules() {
    return List.of();
  }

  /** The versions of the grid standard (网格); empty to use the municipal default. */
  default List<GridStandard> gridStandards() {
    return List.of();
  }

  /** The versions of the land rules (留用地、宅基地); empty to use the municipal default. */
  default List<LandRules> landRules() {
    return List.of();
  }

  /** The versions of the election eligibility rules (两委); empty to use the municipal default. */
  default List<ElectionEligibility> electionEligibility() {
    return List.of();
  }

  /** The versions of the governance rules (一肩挑、政经分开); empty to use the municipal default. */
  default List<GovernanceRules> governanceRules() {
    return List.of();
  }

  /** The versions of the public-service standards (学位); empty to use the municipal default. */
  default List<PublicServiceStandards> publicServiceStandards() {
    return List.of();
  }
}
