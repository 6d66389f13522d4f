package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;

/**
 * Issues valid identity numbers for one dossier: resident ids with the GB 11643 check
 * character, unique within the dossier, and unified social credit codes with both check
 * characters of GB 32100 and GB 11714. The free parts of each number (a resident id's
 * sequence, an organization code's serial) are drawn at random here; {@link CityCodes} numbers
 * them so that they stay unique across a whole city.
 */
sealed class Codes permits CityCodes {
  private final Dice dice;
  private final Set<String> issued = new HashSet<>();

  Codes(Dice dice) {
    this.dice = dice;
  }

  /** A resident id not issued before, for someone registered at {@code addressCode}. */
  final ResidentId residentId(String addressCode, LocalDate birth, Sex sex) {
    // yyyyMMdd as a number: the birth date's eight digits
    int date = birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
    String prefix = addressCode + date;
    String first17;
    do {
      // the sequence's last digit is odd for a man, even for a woman
      int sequence = sequence(addressCode, birth, sex) * 2 + (sex == Sex.MALE ? 1 : 0);
      first17 = Ids.of(prefix, sequence, 3);
    } while (!issued.add(first17));
    return new ResidentId(first17 + ResidentId.checkCharacter(first17));
  }

  /**
   * A credit code of a rural collective of {@code type} registered in {@code division}: the
   * organization code of such collectives starts {@code MF}, as agriculture departments issue
   * them.
   */
  final CreditCode creditCode(RegistrationType type, DivisionCode division) {
    String first17;
    do {
      String body = Ids.of("MF", serial(type, division), 6);
      first17 = type.code() + division.value() + body
          + CreditCode.organizationCheckCharacter(body);
    } while (!issued.add(first17));
    return new CreditCode(first17 + CreditCode.checkCharacter(first17));
  }

  /**
   * The sequence of a resident id, 0 to 499, before the digit that gives the sex: the
   * registrations of one address code, birth date and sex number at most 500.
   */
  int sequence(String addressCode, LocalDate birth, Sex sex) {
    return dice.between(0, 499);
  }

  /**
   * Whether a birth date drawn past a limit is moved back before it rather than set on it.
   * Within one dossier a few persons sharing a birthday do no harm, and the dossier's draws
   * stay as they always were; across a city they would pile up on one day, more than its 500
   * resident-id sequences could number.
   */
  boolean spreadsBirthDates() {
    return false;
  }

  /** The serial of an organization code after {@code MF}, 0 to 999,999. */
  int serial(RegistrationType type, DivisionCode division) {
    return dice.between(0, 999_999);
  }
}
