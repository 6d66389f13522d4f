/**
 * The service interfaces a county policy plugin implements: {@link
 * org.cungaiju.reform.spi.CountyPolicyProvider} and its facets, one package per facet.
 */
module org.cungaiju.reform.spi {
  requires transitive org.cungaiju.reform.api;

  exports org.cungaiju.reform.spi;
  exports org.cungaiju.reform.spi.facet;
  exports org.cungaiju.reform.spi.membership;
  exports org.cungaiju.reform.spi.share;
  exports org.cungaiju.reform.spi.dividend;
  exports org.cungaiju.reform.spi.grid;
  exports org.cungaiju.reform.spi.land;
  exports org.cungaiju.reform.spi.election;
  exports org.cungaiju.reform.spi.governance;
  exports org.cungaiju.reform.spi.service;
}
