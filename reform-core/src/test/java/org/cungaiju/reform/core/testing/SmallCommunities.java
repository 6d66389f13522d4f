package org.cungaiju.reform.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierWriter;

/**
 * Small generated communities for property tests that run the whole reform many times: any
 * seed, county and date the generator models, 1 to a few dozen households, with or without
 * groups, grid units (enough for dedicated grids at the top of the range), registers,
 * finances, a loss year and ledger entries.
 */
public final class SmallCommunities {

  private static final List<byte[]> POOL = new ArrayList<>();

  private SmallCommunities() {}

  /** Options of small communities, up to {@code maxHouseholds} households. */
  public static Arbitrary<GeneratorOptions> options(int maxHouseholds) {
    Arbitrary<GeneratorOptions.Builder> sized = Combinators.combine(
        Arbitraries.longs(),
        Arbitraries.of(County.PENGJIANG, County.JIANGHAI, County.XINHUI, County.TAISHAN,
            County.KAIPING, County.HESHAN, County.ENPING),
        Arbitraries.integers().between(1, maxHouseholds),
        Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 14),
        Arbitraries.integers().between(0, 60),
        Arbitraries.of(LocalDate.of(2003, 6, 30), LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 12, 31), LocalDate.of(2031, 3, 15), LocalDate.of(2099, 12, 31)))
        .as((seed, county, households, groups, units, nonHukou, asOf) -> GeneratorOptions.builder()
            .seed(seed).county(county).households(households).groups(groups)
            .gridUnits(units).nonHukouPercent(nonHukou).asOf(asOf));
    return Combinators.combine(sized, Arbitraries.integers().between(0, 31))
        .as((b, flags) -> b.registers((flags & 1) != 0).finances((flags & 2) != 0)
            .lossYear((flags & 4) != 0).ledger((flags & 8) != 0)
            .dedicatedGrids((flags & 16) != 0).build());
  }

  /** Small generated dossiers, up to {@code maxHouseholds} households. */
  public static Arbitrary<Dossier> dossiers(int maxHouseholds) {
    return options(maxHouseholds).map(DossierGenerator::generate);
  }

  /**
   * Dossier documents (UTF-8 JSON) to damage: mostly small generated ones, sometimes the
   * hand-written {@code dossiers/valid.json}, which has one of every section.
   */
  public static Arbitrary<byte[]> documents(int maxHouseholds) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(resource("dossiers/valid.json"))),
        Tuple.of(3, dossiers(maxHouseholds).map(DossierWriter::toBytes)));
  }

  /**
   * A fixed pool of documents to damage, for suites whose cases are too cheap to spend most of
   * their time generating: {@code size} small dossiers drawn once from fixed seeds, and
   * {@code dossiers/valid.json}.
   */
  public static Arbitrary<byte[]> documentPool(int size) {
    synchronized (POOL) {
      while (POOL.size() < size) {
        Random random = new Random(POOL.size() + 1);
        POOL.add(DossierWriter.toBytes(DossierGenerator.generate(
            options(8).generator(100).next(random).value())));
      }
      List<byte[]> pool = new ArrayList<>(POOL.subList(0, size));
      pool.add(resource("dossiers/valid.json"));
      return Arbitraries.of(pool);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SmallCommunities.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
