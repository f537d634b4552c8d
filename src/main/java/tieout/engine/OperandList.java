package tieout.engine;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import tieout.ledger.Fact;

/**
 * The operands of one finding in compact form: its facts, and their sides and weights, the latter
 * shared by every check of the same form (all the quarters-to-year checks of a rule have one).
 * Operands are made when read. A million-fact run keeps some 800,000 findings alive, and a list of
 * operand objects was their largest part.
 */
final class OperandList extends AbstractList<Operand> implements RandomAccess {
  private final Fact[] facts;
  private final Form form;

  private OperandList(Fact[] facts, Form form) {
    this.facts = facts;
    this.form = form;
  }

  @Override
  public Operand get(int index) {
    return new Operand(form.sides[index], form.weights[index], facts[index]);
  }

  @Override
  public int size() {
    return facts.length;
  }

  /** The sides and weights of a check's operands, position by position. */
  private record Form(Operand.Side[] sides, BigDecimal[] weights) {
    boolean matches(Operand.Side[] otherSides, BigDecimal[] otherWeights) {
      return Arrays.equals(sides, otherSides) && Arrays.equals(weights, otherWeights);
    }
  }

  /**
   * Builds operand lists, reusing the forms it has seen: a rule's checks come in a handful of forms
   * (a breakdown's differ by how many members were reported). Not thread-safe: one per rule.
   */
  static final class Builder {
    private static final int FORMS_KEPT = 8;
    private final Form[] recent = new Form[FORMS_KEPT];
    private int next;

    /** The list of {@code facts} with these sides and weights; the arrays are not copied. */
    List<Operand> of(Fact[] facts, Operand.Side[] sides, BigDecimal[] weights) {
      return new OperandList(facts, form(sides, weights));
    }

    /**
     * The list of {@code facts} with the first {@code n} sides and weights of these scratch arrays,
     * which are copied only for a form not seen recently; {@code facts} is not copied.
     */
    List<Operand> of(Fact[] facts, Operand.Side[] sides, BigDecimal[] weights, int n) {
      for (Form f : recent) {
        if (f != null && f.sides.length == n
            && Arrays.equals(f.sides, 0, n, sides, 0, n) && Arrays.equals(f.weights, 0, n, weights, 0, n)) {
          return new OperandList(facts, f);
        }
      }
      return new OperandList(facts, form(Arrays.copyOf(sides, n), Arrays.copyOf(weights, n)));
    }

    private Form form(Operand.Side[] sides, BigDecimal[] weights) {
      for (Form f : recent) {
        if (f != null && f.matches(sides, weights)) {
          return f;
        }
      }
      Form f = new Form(sides, weights);
      recent[next] = f;
      next = (next + 1) % FORMS_KEPT;
      return f;
    }
  }
}
