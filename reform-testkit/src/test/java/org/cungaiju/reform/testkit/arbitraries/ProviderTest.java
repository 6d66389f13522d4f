package org.cungaiju.reform.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.value.Money;
import org.junit.jupiter.api.Test;

class ProviderTest {

  @Test
  void isFoundByServiceLoader() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(ServiceLoader.Provider::type))
        .contains(ReformArbitraryProvider.class);
  }

  @Test
  void providesEveryRecordOfTheApi() throws Exception {
    List<Class<?>> records = apiClassNames().stream()
        .map(ProviderTest::load)
        .filter(Class::isRecord)
        .collect(Collectors.toList());
    assertThat(records).contains(Money.class, Person.class, Dossier.class).hasSizeGreaterThan(30);
    ReformArbitraryProvider provider = new ReformArbitraryProvider();
    for (Class<?> type : records) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as(type.getName()).isTrue();
    }
    assertThat(ReformArbitraryProvider.providedTypes()).containsExactlyInAnyOrderElementsOf(records);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The classes of the api, read from its jar or its classes folder. */
  private static List<String> apiClassNames() throws IOException, URISyntaxException {
    Path location = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries;
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        entries = files.map(p -> location.relativize(p).toString().replace('\\', '/'))
            .collect(Collectors.toList());
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        entries = jar.stream().map(JarEntry::getName).collect(Collectors.toList());
      }
    }
    return entries.stream()
        .filter(n -> n.startsWith("org/cungaiju/reform/api/") && n.endsWith(".class"))
        .filter(n -> !n.endsWith("package-info.class"))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .collect(Collectors.toList());
  }

  @Property(tries = 20)
  void explainsValuesOfAnyType(@ForAll Explained<Money> money, @ForAll Explained<Person> person,
      @ForAll Explained<?> anything) {
    assertThat(money.value()).isInstanceOf(Money.class);
    assertThat(person.value().sex()).isEqualTo(person.value().residentId().sex());
    assertThat(anything.explanation().ruleId()).isNotBlank();
  }

  @Property(tries = 20)
  @Domain(ReformDomain.class)
  void theDomainBundlesTheSameArbitraries(@ForAll ResidentId id, @ForAll Person person,
      @ForAll Dossier dossier) {
    assertThat(ResidentId.checkCharacter(id.value().substring(0, 17)))
        .isEqualTo(id.value().charAt(17));
    assertThat(person.birthDate()).isEqualTo(person.residentId().birthDate());
    assertThat(dossier.persons()).isNotEmpty();
  }
}
