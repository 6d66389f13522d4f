/** jqwik arbitraries for the reform domain, the county plugin contract and golden cases. */
module org.cungaiju.reform.testkit {
  requires transitive org.cungaiju.reform.core;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;

  exports org.cungaiju.reform.testkit.arbitraries;
  exports org.cungaiju.reform.testkit.contract;
  exports org.cungaiju.reform.testkit.golden;

  provides net.jqwik.api.providers.ArbitraryProvider
      with org.cungaiju.reform.testkit.arbitraries.ReformArbitraryProvider;
}
