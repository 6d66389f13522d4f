package org.cungaiju.reform.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One fault to do to a document: its kind, which place of the document it hits ({@code
 * target}, taken modulo the number of places) and which of the fault's variants it uses
 * ({@code choice}, likewise). Plain numbers, so that jqwik can shrink a failing case.
 *
 * @param fault the kind of damage
 * @param target which place: a node of the tree, or a byte position
 * @param choice which variant of the fault
 */
public record Mutation(Fault fault, int target, int choice) {

  /** Mutations of every kind. */
  public static Arbitrary<Mutation> any() {
    return of(Arbitraries.of(Fault.class));
  }

  /**
   * Mutations that keep a document well-formed and often valid, so that it reaches the engines:
   * removals, copies and changes of a value within its type.
   */
  public static Arbitrary<Mutation> semantic() {
    return of(Arbitraries.of(Fault.DROP_ENTRY, Fault.COPY_VALUE, Fault.VALUE_TWEAK,
        Fault.VALUE_TWEAK, Fault.VALUE_TWEAK));
  }

  /** One to {@code max} mutations drawn from {@code mutations}. */
  public static Arbitrary<List<Mutation>> lists(Arbitrary<Mutation> mutations, int max) {
    return mutations.list().ofMinSize(1).ofMaxSize(max);
  }

  private static Arbitrary<Mutation> of(Arbitrary<Fault> faults) {
    return Combinators.combine(faults, Arbitraries.integers().greaterOrEqual(0),
        Arbitraries.integers().between(0, 1 << 16)).as(Mutation::new);
  }
}
