/** The policy registry, the municipal default policy, the engines, JSON mapping and built-in data. */
module org.cungaiju.reform.core {
  requires transitive org.cungaiju.reform.spi;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.cungaiju.reform.core.allocation;
  exports org.cungaiju.reform.core.data;
  exports org.cungaiju.reform.core.dividend;
  exports org.cungaiju.reform.core.generate;
  exports org.cungaiju.reform.core.governance;
  exports org.cungaiju.reform.core.grid;
  exports org.cungaiju.reform.core.guard;
  exports org.cungaiju.reform.core.json;
  exports org.cungaiju.reform.core.land;
  exports org.cungaiju.reform.core.ledger;
  exports org.cungaiju.reform.core.membership;
  exports org.cungaiju.reform.core.policy;
  exports org.cungaiju.reform.core.registry;
  exports org.cungaiju.reform.core.report;
  exports org.cungaiju.reform.core.run;
  exports org.cungaiju.reform.core.service;
  exports org.cungaiju.reform.core.share;

  uses org.cungaiju.reform.spi.CountyPolicyProvider;

  provides com.fasterxml.jackson.databind.Module
      with org.cungaiju.reform.core.json.ReformJsonModule;
}
