/** The service interfaces a county policy plugin implements. */
module org.cungaiju.reform.spi {
  requires transitive org.cungaiju.reform.api;

}
