package org.cungaiju.examples.xinhui;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.testkit.golden.GoldenCases;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The cases the county's policy staff wrote in src/test/golden, one test per expectation. */
class XinhuiGoldenCasesTest {
  @TestFactory
  Stream<DynamicNode> goldenCases() {
    return GoldenCases.tests(Path.of("src/test/golden"),
        PolicyRegistry.builder().strict().discover().build());
  }
}
