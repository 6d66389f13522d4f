package org.cungaiju.reform.core.governance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The evidence of one finding as it is gathered: lines, and what they make of the status. */
final class Evidence {

  /** The most ids a line lists before saying how many more there are. */
  static final int LISTED = 10;

  private final List<String> lines = new ArrayList<>();
  private boolean mixed;
  private boolean missing;

  void separated(String line) {
    lines.add("separated: " + line);
  }

  void mixed(String line) {
    mixed = true;
    lines.add("mixed: " + line);
  }

  void missing(String line) {
    missing = true;
    lines.add("missing: " + line);
  }

  void note(String line) {
    lines.add("note: " + line);
  }

  /** Mixed if anything is; else not assessed if anything required is missing; else separated. */
  SeparationStatus status() {
    return mixed ? SeparationStatus.MIXED
        : missing ? SeparationStatus.NOT_ASSESSED : SeparationStatus.SEPARATED;
  }

  ImmutableList<String> lines() {
    return ImmutableList.copyOf(lines);
  }

  /** Up to {@value #LISTED} ids, then how many more: {@code p1, p2 and 3 more}. */
  static String ids(Collection<String> ids) {
    String shown = ids.stream().limit(LISTED).collect(Collectors.joining(", "));
    return ids.size() > LISTED ? shown + " and " + (ids.size() - LISTED) + " more" : shown;
  }
}
