package tieout.spark;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * One filing's facts as one byte array, shipped from the task that read them to the task that
 * checks the filing. A filing's facts repeat a few strings (its entity, a handful of dates, tags,
 * units, members), so every string and concept is written once and then by its number; numbers are
 * variable-length. Java serialisation of a row per fact cost 156 MB of shuffle a quarter and most
 * of the executors' time (docs/performance.md); the core's {@link Fact} is not serialisable.
 *
 * <p>A fact: its concept (the first time: name, period type, item type, balance, additive, since
 * the SEC reader makes concepts for tags no rule declares), entity, a flags byte, the dates (none for forever),
 * unit, decimals, dimensions, amount (scale and unscaled value) and source file and line.
 */
final class FactCodec {
  private static final int DURATION = 1;
  private static final int INFINITE_DECIMALS = 2;
  private static final int NIL = 4;
  private static final int BIG_UNSCALED = 8;
  /** An XBRL forever period: no dates are written. */
  private static final int FOREVER = 16;

  private FactCodec() {}

  static byte[] encode(List<Fact> facts) {
    Writer w = new Writer();
    w.varint(facts.size());
    for (Fact f : facts) {
      w.fact(f);
    }
    return w.out.toByteArray();
  }

  /**
   * Each fact of {@code bytes} to {@code sink}, in the order encoded: the taxonomy's concept when it
   * declares the tag, else {@code undeclared}'s one (made from what was encoded).
   */
  static void decode(byte[] bytes, Taxonomy taxonomy, Map<String, Concept> undeclared, Consumer<Fact> sink) {
    Reader r = new Reader(bytes, taxonomy, undeclared);
    for (long n = r.varint(); n > 0; n--) {
      sink.accept(r.fact());
    }
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<String, Integer> concepts = new HashMap<>();

    void fact(Fact f) {
      concept(f.concept());
      string(f.entity());
      BigDecimal amount = f.value().orElse(null);
      boolean big = amount != null && amount.unscaledValue().bitLength() > 62;
      int flags = (f.period() instanceof Period.Duration ? DURATION : 0)
          | (f.decimals().infinite() ? INFINITE_DECIMALS : 0) | (amount == null ? NIL : 0) | (big ? BIG_UNSCALED : 0)
          | (f.period().isForever() ? FOREVER : 0);
      out.write(flags);
      if (f.period() instanceof Period.Duration d) {
        string(d.start().toString());
      }
      if (!f.period().isForever()) {
        string(f.period().end().toString());
      }
      string(f.unit().id());
      signed(f.decimals().digits());
      Map<String, String> members = f.dimensions().members();
      varint(members.size());
      members.forEach((axis, member) -> {
        string(axis);
        string(member);
      });
      if (amount != null) {
        signed(amount.scale());
        if (big) {
          byte[] unscaled = amount.unscaledValue().toByteArray();
          varint(unscaled.length);
          out.write(unscaled, 0, unscaled.length);
        } else {
          signed(amount.unscaledValue().longValue());
        }
      }
      string(f.source().file());
      varint(f.source().line());
    }

    private void concept(Concept c) {
      Integer known = concepts.get(c.name());
      if (known != null) {
        varint(known);
        return;
      }
      varint(concepts.size());
      concepts.put(c.name(), concepts.size());
      string(c.name());
      out.write(c.periodType().ordinal());
      out.write(c.itemType().ordinal());
      out.write(c.balance().ordinal());
      out.write(c.additive() ? 1 : 0);
    }

    /** A string seen before as its number; a new one as the next number, its length and UTF-8 bytes. */
    private void string(String s) {
      Integer known = strings.get(s);
      if (known != null) {
        varint(known);
        return;
      }
      varint(strings.size());
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      out.write(utf8, 0, utf8.length);
    }

    private void signed(long v) {
      varint((v << 1) ^ (v >> 63));
    }

    private void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
  }

  private static final class Reader {
    private final byte[] in;
    private int at;
    private final Taxonomy taxonomy;
    private final Map<String, Concept> undeclared;
    private final List<String> strings = new ArrayList<>();
    private final List<Concept> concepts = new ArrayList<>();
    /** Dates by their string's number: a filing has a few, each parsed once. */
    private final Map<Integer, LocalDate> dates = new HashMap<>();

    Reader(byte[] in, Taxonomy taxonomy, Map<String, Concept> undeclared) {
      this.in = in;
      this.taxonomy = taxonomy;
      this.undeclared = undeclared;
    }

    Fact fact() {
      Concept concept = concept();
      String entity = string();
      int flags = in[at++];
      Period period;
      if ((flags & FOREVER) != 0) {
        period = Period.FOREVER;
      } else {
        LocalDate start = (flags & DURATION) != 0 ? date() : null;
        LocalDate end = date();
        period = start == null ? new Period.Instant(end) : new Period.Duration(start, end);
      }
      Unit unit = Unit.of(string());
      int digits = (int) signed();
      Decimals decimals = (flags & INFINITE_DECIMALS) != 0 ? Decimals.INF : Decimals.of(digits);
      TreeMap<String, String> members = new TreeMap<>();
      for (int n = (int) varint(); n > 0; n--) {
        members.put(string(), string());
      }
      BigDecimal amount = null;
      if ((flags & NIL) == 0) {
        int scale = (int) signed();
        if ((flags & BIG_UNSCALED) != 0) {
          int length = (int) varint();
          byte[] unscaled = java.util.Arrays.copyOfRange(in, at, at + length);
          at += length;
          amount = new BigDecimal(new BigInteger(unscaled), scale);
        } else {
          amount = BigDecimal.valueOf(signed(), scale);
        }
      }
      String file = string();
      int line = (int) varint();
      return Fact.atLine(concept, entity, period, unit, decimals, Dimensions.of(members), amount, file, line);
    }

    private Concept concept() {
      int number = (int) varint();
      if (number < concepts.size()) {
        return concepts.get(number);
      }
      String name = string();
      PeriodType periodType = PeriodType.values()[in[at++]];
      ItemType itemType = ItemType.values()[in[at++]];
      Balance balance = Balance.values()[in[at++]];
      boolean additive = in[at++] != 0;
      Concept c = taxonomy.concept(name).orElseGet(() -> undeclared.computeIfAbsent(name,
          n -> new Concept(n, periodType, itemType, balance, additive, com.google.common.collect.ImmutableList.of())));
      concepts.add(c);
      return c;
    }

    private LocalDate date() {
      int number = (int) varint();
      String text = number < strings.size() ? strings.get(number) : newString();
      return dates.computeIfAbsent(number, k -> LocalDate.parse(text));
    }

    private String string() {
      int number = (int) varint();
      return number < strings.size() ? strings.get(number) : newString();
    }

    /** The next new string: its number was just read. */
    private String newString() {
      int length = (int) varint();
      String s = new String(in, at, length, StandardCharsets.UTF_8);
      at += length;
      strings.add(s);
      return s;
    }

    private long signed() {
      long v = varint();
      return (v >>> 1) ^ -(v & 1);
    }

    private long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in[at++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }
  }
}
