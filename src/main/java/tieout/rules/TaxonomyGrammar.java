package tieout.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tieout.rules.Token.Kind;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;

/**
 * The taxonomy declarations of a rule or taxonomy file, read from a {@link TokenCursor} that
 * {@link Parser} has placed on the declaration's keyword.
 *
 * <pre>
 * entity        = "entity" STRING
 * fiscalYearEnd = "fiscal-year-end" ( MONTH-NAME NUMBER | NUMBER "-" NUMBER )
 * undeclaredCaptions = "undeclared-captions" ( "adopt" | "refuse" )
 * axis          = "axis" NAME { member }
 * member        = "member" NAME STRING { STRING } [ "in" STRING ]
 * concept       = "concept" NAME itemType periodType [ "debit" | "credit" ]
 *                 [ "additive" | "non-additive" ] { label }
 * itemType      = "monetary" | "per-share" | "shares" | "percent"
 * periodType    = "duration" | "instant"
 * label         = "label" STRING { "negated" | "member" NAME "=" NAME { NAME "=" NAME } | "in" STRING }
 * </pre>
 *
 * <p>A label's parts ({@code negated}, {@code member}, {@code in}) may come in any order, each at
 * most once except {@code member}.
 */
final class TaxonomyGrammar {
  private static final ImmutableList<String> CAPTION_POLICIES = ImmutableList.of("adopt", "refuse");
  private static final ImmutableList<String> ITEM_TYPES =
      ImmutableList.of("monetary", "per-share", "shares", "percent");
  private static final ImmutableList<String> MONTH_NAMES =
      ImmutableList.of(
          "January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December");
  private static final ImmutableMap<String, Integer> MONTHS = months();

  private final TokenCursor cursor;

  TaxonomyGrammar(TokenCursor cursor) {
    this.cursor = cursor;
  }

  Decl entity() {
    int start = cursor.position();
    cursor.next();
    Token name = cursor.peek();
    String entity = cursor.string("the entity's name in double quotes", cursor.after(start));
    cursor.expectEnd("a new declaration on its own line", cursor.after(start));
    return new Decl.Entity(entity, cursor.sourcePos(name));
  }

  Decl fiscalYearEnd() {
    int start = cursor.position();
    cursor.next();
    Token first = cursor.peek();
    int month;
    if (first.is(Kind.WORD) && !cursor.atDeclarationStart()) {
      Integer named = MONTHS.get(first.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
      if (named == null) {
        throw cursor.expectedOneOf(
            MONTH_NAMES, "a month such as 'December' or a month number", cursor.after(start));
      }
      month = named;
      cursor.next();
    } else if (first.is(Kind.NUMBER)) {
      month = integer(cursor.next());
      if (!cursor.peek().is(Kind.MINUS)) {
        throw cursor.expected("'-'", cursor.after(start));
      }
      cursor.next();
    } else {
      throw cursor.expected("a month and day such as 'December 31' or '12-31'", cursor.after(start));
    }
    if (!cursor.peek().is(Kind.NUMBER)) {
      throw cursor.expected("the day of the month", cursor.after(start));
    }
    int day = integer(cursor.next());
    MonthDay end;
    try {
      end = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw cursor.fail(
          cursor.sourcePos(first),
          "expected a fiscal year end such as 'December 31' or '12-31', found '" + cursor.text(start + 1, cursor.position()) + "'");
    }
    cursor.expectEnd("a new declaration on its own line", cursor.after(start));
    return new Decl.FiscalYearEnd(end, cursor.sourcePos(first));
  }

  Decl undeclaredCaptions() {
    int start = cursor.position();
    Token keyword = cursor.next();
    Token policy = cursor.peek();
    if (!policy.is(Kind.WORD) || cursor.atDeclarationStart() || !CAPTION_POLICIES.contains(policy.text())) {
      throw cursor.expectedOneOf(CAPTION_POLICIES, "'adopt' or 'refuse'", cursor.after(start));
    }
    cursor.next();
    cursor.expectEnd("a new declaration on its own line", cursor.after(start));
    return new Decl.UndeclaredCaptions(policy.text().equals("adopt"), cursor.sourcePos(keyword));
  }

  Decl axis() {
    int start = cursor.position();
    cursor.next();
    Name name = cursor.name("an axis name", cursor.after(start));
    cursor.declaring(new Decl.Broken(Decl.Kind.AXIS, name));
    ImmutableList.Builder<Decl.MemberDecl> members = ImmutableList.builder();
    if (!cursor.peek().isWord("member")) {
      cursor.expectEnd("'member'", cursor.after(start));
    }
    while (cursor.peek().isWord("member")) {
      members.add(member());
    }
    return new Decl.AxisDecl(name, members.build());
  }

  private Decl.MemberDecl member() {
    int start = cursor.position();
    cursor.next();
    Name name = cursor.name("a member name", cursor.after(start));
    ImmutableList.Builder<String> captions = ImmutableList.builder();
    captions.add(cursor.string("the member's caption in double quotes", cursor.after(start)));
    while (cursor.peek().is(Kind.STRING)) {
      captions.add(cursor.next().value());
    }
    Optional<String> scope = Optional.empty();
    if (cursor.peek().isWord("in")) {
      cursor.next();
      scope = Optional.of(cursor.string("a sheet name in double quotes", cursor.after(start)));
    }
    if (!cursor.peek().isWord("member")) {
      if (scope.isPresent()) {
        cursor.expectEnd("'member'", cursor.after(start));
      } else {
        cursor.expectEndOneOf(List.of("in", "member"), "a caption, 'in' or 'member'", cursor.after(start));
      }
    }
    return new Decl.MemberDecl(name, captions.build(), scope);
  }

  Decl concept() {
    int start = cursor.position();
    cursor.next();
    Name name = cursor.name("a concept name", cursor.after(start));
    cursor.declaring(new Decl.Broken(Decl.Kind.CONCEPT, name));
    ItemType itemType = cursor.peek().is(Kind.WORD) ? ItemType.fromKeyword(cursor.peek().text()) : null;
    if (itemType == null || cursor.atDeclarationStart()) {
      throw cursor.expectedOneOf(ITEM_TYPES, "an item type ('monetary', 'per-share', 'shares' or 'percent')", cursor.after(start));
    }
    cursor.next();
    PeriodType periodType;
    if (cursor.peek().isWord("duration")) {
      periodType = PeriodType.DURATION;
    } else if (cursor.peek().isWord("instant")) {
      periodType = PeriodType.INSTANT;
    } else {
      throw cursor.expectedOneOf(List.of("duration", "instant"), "'duration' or 'instant'", cursor.after(start));
    }
    cursor.next();
    Balance balance = Balance.NONE;
    if (cursor.peek().isWord("debit") || cursor.peek().isWord("credit")) {
      balance = cursor.next().text().equals("debit") ? Balance.DEBIT : Balance.CREDIT;
    }
    Optional<Boolean> additive = Optional.empty();
    if (cursor.peek().isWord("additive") || cursor.peek().isWord("non-additive")) {
      additive = Optional.of(cursor.next().text().equals("additive"));
    }
    if (!cursor.peek().isWord("label")) {
      List<String> options = new ArrayList<>();
      if (balance == Balance.NONE && additive.isEmpty()) {
        options.addAll(List.of("debit", "credit"));
      }
      if (additive.isEmpty()) {
        options.addAll(List.of("additive", "non-additive"));
      }
      options.add("label");
      cursor.expectEndOneOf(options, quotedList(options), cursor.after(start));
    }
    ImmutableList.Builder<Decl.LabelDecl> labels = ImmutableList.builder();
    while (cursor.peek().isWord("label")) {
      labels.add(label());
    }
    return new Decl.ConceptDecl(name, itemType, periodType, balance, additive, labels.build());
  }

  private Decl.LabelDecl label() {
    int start = cursor.position();
    cursor.next();
    String caption = cursor.string("the caption in double quotes", cursor.after(start));
    boolean negated = false;
    ImmutableList.Builder<Decl.MemberRef> members = ImmutableList.builder();
    Optional<String> scope = Optional.empty();
    while (true) {
      if (cursor.peek().isWord("negated") && !negated) {
        cursor.next();
        negated = true;
      } else if (cursor.peek().isWord("member")) {
        cursor.next();
        do {
          Name axis = cursor.name("AXIS=MEMBER", cursor.after(start));
          if (!cursor.peek().is(Kind.EQ)) {
            throw cursor.expected("'='", cursor.after(start));
          }
          cursor.next();
          members.add(new Decl.MemberRef(axis, cursor.name("a member name", cursor.after(start))));
        } while (cursor.peek().is(Kind.WORD) && !cursor.atDeclarationStart() && cursor.peek(1).is(Kind.EQ));
      } else if (cursor.peek().isWord("in") && scope.isEmpty()) {
        cursor.next();
        scope = Optional.of(cursor.string("a sheet name in double quotes", cursor.after(start)));
      } else {
        break;
      }
    }
    if (!cursor.peek().isWord("label")) {
      List<String> options = new ArrayList<>();
      if (!negated) {
        options.add("negated");
      }
      options.add("member");
      if (scope.isEmpty()) {
        options.add("in");
      }
      options.add("label");
      cursor.expectEndOneOf(options, quotedList(options), cursor.after(start));
    }
    return new Decl.LabelDecl(caption, negated, members.build(), scope);
  }

  private static int integer(Token token) {
    try {
      return token.number().intValueExact();
    } catch (ArithmeticException e) {
      return -1; // not a day or month; MonthDay.of rejects it with the caller's message
    }
  }

  private static String quotedList(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(i == words.size() - 1 ? " or " : ", ");
      }
      out.append('\'').append(words.get(i)).append('\'');
    }
    return out.toString();
  }

  /** Month names and abbreviations, lower case, to month numbers. */
  private static ImmutableMap<String, Integer> months() {
    ImmutableMap.Builder<String, Integer> months = ImmutableMap.builder();
    for (int i = 0; i < MONTH_NAMES.size(); i++) {
      months.put(MONTH_NAMES.get(i).toLowerCase(Locale.ROOT), i + 1);
    }
    for (int i = 0; i < MONTH_NAMES.size(); i++) {
      if (MONTH_NAMES.get(i).length() > 3) {
        months.put(MONTH_NAMES.get(i).substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
      }
    }
    months.put("sept", 9);
    return months.buildOrThrow();
  }
}
