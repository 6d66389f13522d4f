/** The reform command line: validate, run, allocate, distribute and more over dossiers. */
module org.cungaiju.reform.cli {
  requires org.cungaiju.reform.core;
  requires info.picocli;

  opens org.cungaiju.reform.cli to info.picocli;
}
