/** The reform command line. */
module org.cungaiju.reform.cli {
  requires org.cungaiju.reform.core;
  requires info.picocli;

}
