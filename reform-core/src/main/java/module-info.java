/** The policy registry, the municipal default policy, the engines, JSON mapping and built-in data. */
module org.cungaiju.reform.core {
  requires transitive org.cungaiju.reform.spi;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.cungaiju.reform.core.allocation;
}
