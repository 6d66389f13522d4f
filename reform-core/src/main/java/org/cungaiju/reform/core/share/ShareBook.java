package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.IndexedAllocation;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * A share register with its log of operations: transfers inside the organization and
 * inheritances, each checked, applied and recorded with its date and reason.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Conserving.</b> No operation creates or destroys a share: the register's total, and
 *       each class's total, stay what they were.
 *   <li><b>Never negative.</b> No operation gives away shares a holder does not hold. Holdings
 *       that fall to zero leave the register.
 *   <li><b>Logged.</b> Every operation applied is in {@link #log()}, in order, with every
 *       holding it changed, its tie (an inheritance split) and its explanation. The register's
 *       {@code asOf} is the date of the last operation.
 *   <li><b>Refused, with nothing applied:</b> an operation dated before the register; a giver
 *       who holds none of the shares, or fewer than it gives; a class the register lacks; a
 *       recipient or heir the book does not know, or who belongs to another organization;
 *       the collective shares (集体股), which the organization keeps. These are {@link
 *       ConflictException}s; a malformed operation (a negative count, an heir named twice) is
 *       refused when it is built.
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #apply} returns a new book.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ShareBook {

  private final ShareRegister register;
  private final ImmutableMap<String, String> organizationOfPerson;
  private final FacetVersion rules;
  private final ImmutableList<OperationRecord> log;

  private ShareBook(ShareRegister register, ImmutableMap<String, String> organizationOfPerson,
      FacetVersion rules, ImmutableList<OperationRecord> log) {
    this.register = register;
    this.organizationOfPerson = organizationOfPerson;
    this.rules = rules;
    this.log = log;
  }

  /**
   * A book of {@code register} with an empty log.
   *
   * @param organizationOfPerson every person the book may name besides the register's holders,
   *     with the id of the organization they belong to
   * @param rules the share-scheme version the operations are recorded under; explanations cite
   *     it
   */
  public static ShareBook open(ShareRegister register, Map<String, String> organizationOfPerson,
      FacetVersion rules) {
    return new ShareBook(requireNonNull(register, "register"),
        ImmutableMap.copyOf(organizationOfPerson), requireNonNull(rules, "rules"),
        ImmutableList.of());
  }

  /**
   * A book of {@code register} that knows the persons of {@code dossier} with an organization.
   */
  public static ShareBook open(ShareRegister register, Dossier dossier, FacetVersion rules) {
    Map<String, String> organizations = new LinkedHashMap<>();
    for (Person p : dossier.persons()) {
      p.organizationId().ifPresent(o -> organizations.put(p.id(), o));
    }
    return open(register, organizations, rules);
  }

  /** The register as the operations so far left it. */
  public ShareRegister register() {
    return register;
  }

  /** Every operation applied, in order. */
  public ImmutableList<OperationRecord> log() {
    return log;
  }

  /** The shares of {@code shareClassId} that {@code holderId} holds; 0 if none. */
  public long sharesOf(String holderId, String shareClassId) {
    return register.holdings().stream()
        .filter(h -> h.holderId().equals(holderId) && h.shareClassId().equals(shareClassId))
        .mapToLong(Holding::shares).sum();
  }

  /**
   * The book after {@code operation}.
   *
   * @throws ConflictException if the register cannot take the operation (see the class
   *     comment); nothing is applied
   */
  public ShareBook apply(RegisterOperation operation) {
    Editor editor = edit();
    editor.apply(operation);
    return editor.book();
  }

  /**
   * The book after each of {@code operations} in turn.
   *
   * @throws ConflictException naming the operation's position ({@code operations[3]}) if one
   *     cannot be applied; nothing is applied
   */
  public ShareBook applyAll(Iterable<? extends RegisterOperation> operations) {
    Editor editor = edit();
    int i = 0;
    for (RegisterOperation op : operations) {
      try {
        editor.apply(op);
      } catch (ConflictException e) {
        throw new ConflictException("operations[" + i + "]: " + e.getMessage(), e);
      } catch (InvalidInputException e) {
        throw e.under("operations[" + i + "]");
      }
      i++;
    }
    return editor.book();
  }

  /** An editor of this book, for many operations that make one new register at the end. */
  Editor edit() {
    return new Editor();
  }

  /**
   * Applies operations to a working copy of the register; {@link #book()} makes the new book.
   * An operation is checked in full before it changes anything. Not thread-safe.
   */
  final class Editor {
    private final Table table = new Table(register);
    private final List<OperationRecord> records = new ArrayList<>(log);
    private LocalDate asOf = register.asOf();

    private Editor() {}

    /** Applies {@code operation}, or throws with nothing changed. */
    void apply(RegisterOperation operation) {
      requireNonNull(operation, "operation");
      if (operation.date().isBefore(asOf)) {
        throw conflict(operation, "is dated " + operation.date() + ", before the register's "
            + asOf, "an operation dated on or after " + asOf);
      }
      int sequence = records.size() + 1;
      records.add(operation instanceof Transfer t
          ? transfer(t, table, sequence)
          : inherit((Inheritance) operation, table, sequence));
      asOf = operation.date();
    }

    /** Whether {@code holderId} holds shares now. */
    boolean holds(String holderId) {
      return table.holds(holderId);
    }

    /** The book as the operations so far left it. */
    ShareBook book() {
      if (records.size() == log.size()) {
        return ShareBook.this;
      }
      return new ShareBook(new ShareRegister(register.organizationId(), asOf,
          register.classes(), table.holdings()), organizationOfPerson, rules,
          ImmutableList.copyOf(records));
    }
  }

  private OperationRecord transfer(Transfer t, Table table, int sequence) {
    ShareClass c = memberClass(t, t.shareClassId());
    long held = table.get(t.fromHolderId(), c.id());
    if (held == 0 && !table.holds(t.fromHolderId())) {
      throw conflict(t, "names " + t.fromHolderId() + ", who holds no shares in the register",
          "a holder of the register");
    }
    if (held < t.shares()) {
      throw conflict(t, "transfers " + t.shares() + " " + c.id() + " shares from "
          + t.fromHolderId() + ", who holds " + held, "at most " + held + " shares");
    }
    checkRecipient(t, t.toPersonId(), table);
    List<ShareChange> changes = new ArrayList<>();
    changes.add(table.add(t.fromHolderId(), c.id(), -t.shares()));
    changes.add(table.add(t.toPersonId(), c.id(), t.shares()));
    Map<String, String> inputs = inputs(t);
    inputs.put("from", t.fromHolderId());
    inputs.put("to", t.toPersonId());
    inputs.put("shareClass", c.id());
    inputs.put("shares", Long.toString(t.shares()));
    String outcome = t.fromHolderId() + " transfers " + t.shares() + " " + c.id() + " shares to "
        + t.toPersonId() + " (" + changes.get(0).before() + " → " + changes.get(0).after()
        + ", " + changes.get(1).before() + " → " + changes.get(1).after() + ")";
    return new OperationRecord(sequence, "transfer", t, ImmutableList.copyOf(changes), ImmutableList.of(),
        ImmutableList.of(), rules.explain("share.transfer", "", inputs, Map.of(), outcome));
  }

  private OperationRecord inherit(Inheritance in, Table table, int sequence) {
    String deceased = in.deceasedHolderId();
    if (deceased.equals(register.organizationId())) {
      throw conflict(in, "names the organization itself as deceased",
          "a person holding shares; the collective shares (集体股) stay with the organization");
    }
    if (!table.holds(deceased)) {
      throw conflict(in, "names " + deceased + ", who holds no shares in the register",
          "a holder of the register");
    }
    for (String heir : in.heirIds()) {
      checkRecipient(in, heir, table);
    }
    int n = in.heirIds().size();
    long[] equal = new long[n];
    java.util.Arrays.fill(equal, 1);
    List<ShareChange> changes = new ArrayList<>();
    Set<String> awarded = new LinkedHashSet<>();
    Set<String> passedOver = new LinkedHashSet<>();
    StringBuilder split = new StringBuilder();
    long passed = 0;
    for (ShareClass c : register.classes()) {
      long held = table.get(deceased, c.id());
      if (held == 0) {
        continue;
      }
      passed += held;
      IndexedAllocation parts = Apportionment.of(Method.LARGEST_REMAINDER).allocate(held, equal);
      changes.add(table.add(deceased, c.id(), -held));
      split.append(split.length() == 0 ? "" : "; ").append(c.id()).append(' ').append(held)
          .append(" →");
      for (int i = 0; i < n; i++) {
        split.append(i == 0 ? " " : " + ").append(parts.units(i));
        if (parts.units(i) > 0) {
          changes.add(table.add(in.heirIds().get(i), c.id(), parts.units(i)));
        }
      }
      parts.tie().awarded().forEach(i -> awarded.add(in.heirIds().get(i)));
      parts.tie().passedOver().forEach(i -> passedOver.add(in.heirIds().get(i)));
    }
    passedOver.removeAll(awarded);
    Map<String, String> inputs = inputs(in);
    inputs.put("deceased", deceased);
    inputs.put("heirs", String.join(", ", in.heirIds()));
    String outcome = "the " + passed + " shares of " + deceased + " pass to "
        + String.join(", ", in.heirIds()) + " in equal parts: " + split
        + (awarded.isEmpty() ? "" : "; tied: " + String.join(", ", awarded)
            + " awarded, " + String.join(", ", passedOver) + " passed over by the order named");
    return new OperationRecord(sequence, "inheritance", in, ImmutableList.copyOf(changes),
        ImmutableList.copyOf(awarded), ImmutableList.copyOf(passedOver),
        rules.explain("share.inheritance", "", inputs,
            Map.of("split", "equal parts, largest remainder per class, ties in the order named"),
            outcome));
  }

  private Map<String, String> inputs(RegisterOperation op) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", register.organizationId());
    inputs.put("date", op.date().toString());
    inputs.put("reason", op.reason());
    return inputs;
  }

  private ShareClass memberClass(RegisterOperation op, String id) {
    ShareClass c = register.classes().stream().filter(k -> k.id().equals(id)).findFirst()
        .orElseThrow(() -> conflict(op, "names the class " + id + ", which the register lacks",
            "one of " + register.classes().stream().map(ShareClass::id).toList()));
    if (c.kind() == ShareClassKind.COLLECTIVE) {
      throw conflict(op, "moves collective shares (集体股) of class " + id,
          "shares of a class members hold; the organization keeps its collective shares");
    }
    return c;
  }

  private void checkRecipient(RegisterOperation op, String personId, Table table) {
    String own = register.organizationId();
    if (personId.equals(own)) {
      throw conflict(op, "gives shares to the organization itself",
          "a person of organization " + own);
    }
    Optional<String> organization = Optional.ofNullable(organizationOfPerson.get(personId));
    if (organization.isPresent() && !organization.get().equals(own)) {
      throw conflict(op, "gives shares to " + personId + ", who belongs to organization "
          + organization.get() + ": shares do not move across organizations",
          "a person of organization " + own);
    }
    if (organization.isEmpty() && !table.holds(personId)) {
      throw conflict(op, "gives shares to " + personId + ", a person the register and the "
          + "book do not know", "a person of organization " + own);
    }
  }

  private ConflictException conflict(RegisterOperation op, String problem, String accepted) {
    return new ConflictException("The " + (op instanceof Transfer ? "transfer" : "inheritance")
        + " of " + op.date() + " in the register of " + register.organizationId() + " "
        + problem + "; accepted: " + accepted);
  }

  /** The holdings being changed, in register order; new holdings go last. */
  private static final class Table {
    private final Map<String, Map<String, Long>> byHolder = new LinkedHashMap<>();
    private final List<ShareClass> classes;

    Table(ShareRegister register) {
      this.classes = register.classes();
      register.holdings().forEach(h -> byHolder.computeIfAbsent(h.holderId(),
          k -> new LinkedHashMap<>()).put(h.shareClassId(), h.shares()));
    }

    long get(String holder, String classId) {
      return byHolder.getOrDefault(holder, Map.of()).getOrDefault(classId, 0L);
    }

    boolean holds(String holder) {
      return byHolder.getOrDefault(holder, Map.of()).values().stream().anyMatch(n -> n > 0);
    }

    ShareChange add(String holder, String classId, long delta) {
      long before = get(holder, classId);
      long after = Math.addExact(before, delta);
      byHolder.computeIfAbsent(holder, k -> new LinkedHashMap<>()).put(classId, after);
      return new ShareChange(holder, classId, before, after);
    }

    ImmutableList<Holding> holdings() {
      ImmutableList.Builder<Holding> out = ImmutableList.builder();
      byHolder.forEach((holder, held) -> classes.forEach(c -> {
        Long n = held.get(c.id());
        if (n != null && n > 0) {
          out.add(new Holding(holder, c.id(), n));
        }
      }));
      return out.build();
    }
  }
}
