package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cungaiju.reform.api.id.Sex;

/** A household while the population is drawn: its owner and members, and where it merged. */
final class Home {
  final int order;
  final Life owner;
  final List<Life> members = new ArrayList<>();
  Home mergedInto;
  boolean dropped;
  /** Households of non-hukou residents live mostly in rented rooms. */
  final boolean nonHukou;
  String id;
  Life head;

  Home(int order, Life owner, boolean nonHukou) {
    this.order = order;
    this.owner = owner;
    this.nonHukou = nonHukou;
  }

  boolean isLive() {
    return mergedInto == null && !dropped;
  }

  /** The members alive at the dossier's date. */
  List<Life> living() {
    List<Life> out = new ArrayList<>();
    for (Life l : members) {
      if (l.isAlive()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The members who live on in the household's book: alive, and registered here (or renting). */
  List<Life> inTheBook() {
    List<Life> out = new ArrayList<>();
    for (Life l : members) {
      if (l.inTheBook()) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Chooses the head (户主) among those in the household's book: the oldest man of 18 or more,
   * else the oldest; and orders the members head first, then by birth.
   */
  void settle(LocalDate asOf) {
    Comparator<Life> byBirth = Comparator.comparing((Life l) -> l.birth)
        .thenComparingInt(l -> l.order);
    members.sort(byBirth);
    Life oldestMan = null;
    Life oldest = null;
    for (Life l : members) {
      if (!l.inTheBook()) {
        continue;
      }
      if (oldest == null) {
        oldest = l;
      }
      if (oldestMan == null && l.sex == Sex.MALE && l.ageOn(asOf) >= 18) {
        oldestMan = l;
      }
    }
    head = oldestMan != null ? oldestMan : oldest;
    members.remove(head);
    members.add(0, head);
  }
}
