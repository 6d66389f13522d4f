package org.cungaiju.reform.testkit.arbitraries;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Rebuilds a record through its canonical constructor from its own components. */
final class Records {

  private Records() {}

  /**
   * {@code new R(r.a(), r.b(), ...)}: equal to {@code r} exactly when the constructor accepts
   * the record's own components and its normalisation is idempotent.
   */
  @SuppressWarnings("unchecked")
  static <R extends Record> R rebuilt(R r) {
    try {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(r);
      }
      Constructor<?> canonical = r.getClass().getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new));
      return (R) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot rebuild " + r.getClass().getName(), e);
    }
  }
}
