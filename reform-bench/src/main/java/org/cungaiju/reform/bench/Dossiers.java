package org.cungaiju.reform.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.generate.CityGenerator;
import org.cungaiju.reform.core.generate.CityOptions;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierWriter;

/** The benchmarks' dossiers: generated from fixed seeds, of the size of a real community. */
final class Dossiers {

  /** The communities of the reading corpus. */
  static final int CORPUS = 8;

  private static final long SEED = 20_260_103L;

  private Dossiers() {}

  /** The first {@link #CORPUS} communities of a city, as files or as NDJSON lines. */
  static List<byte[]> bytes(boolean lines) {
    List<byte[]> out = new ArrayList<>();
    Iterator<Dossier> city = CityGenerator.iterator(CityOptions.of(SEED, CORPUS));
    while (city.hasNext()) {
      Dossier d = city.next();
      out.add(lines ? DossierWriter.toLine(d).getBytes(StandardCharsets.UTF_8)
          : DossierWriter.toBytes(d));
    }
    return out;
  }

  /**
   * Communities of 新会区 (440705), where the example county plugin applies: each with 9 groups
   * of about 300 members (some 3,800 persons).
   */
  static List<Dossier> xinhui(int communities) {
    List<Dossier> out = new ArrayList<>();
    for (int i = 0; i < communities; i++) {
      out.add(DossierGenerator.generate(
          GeneratorOptions.builder().seed(SEED + i).county(County.XINHUI)
              .households(1_250).groups(9).nonHukouPercent(20).registers(true).build()));
    }
    return out;
  }
}
