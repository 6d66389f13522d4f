package org.cungaiju.reform.core.json;

/**
 * A class that says when it is loaded or instantiated, by a system property: JSON naming it
 * must never make the reader do either. Tests name it only as text, so that they do not load
 * it themselves.
 */
public final class Canary {
  static {
    System.setProperty("reform.test.canary", "loaded");
  }

  /** Records an instance. */
  public Canary() {
    System.setProperty("reform.test.canary", "instantiated");
  }
}
