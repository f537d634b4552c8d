package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * An arithmetic expression as written, before it is folded into a {@link LinearExpr}. Chains of
 * {@code + -} or {@code * /} are flat lists, so long sums do not nest deeply.
 */
sealed interface Expr {
  /** Where the expression starts. */
  SourcePos pos();

  /** The expression with single spaces around operators, for quoting in messages. */
  String print();

  /** A number literal; {@code text} is as written, e.g. {@code 1,000}. */
  record Num(BigDecimal value, String text, SourcePos pos) implements Expr {
    public Num {
      checkNotNull(value);
    }

    @Override
    public String print() {
      return text;
    }
  }

  /** A concept named in an expression. */
  record Ref(Name name) implements Expr {
    @Override
    public SourcePos pos() {
      return name.pos();
    }

    @Override
    public String print() {
      return name.text();
    }
  }

  /** A unary minus. */
  record Neg(Expr operand, SourcePos pos) implements Expr {
    @Override
    public String print() {
      return "-" + operand.print();
    }
  }

  /** An expression in parentheses. */
  record Paren(Expr inner, SourcePos pos) implements Expr {
    @Override
    public String print() {
      return "(" + inner.print() + ")";
    }
  }

  /**
   * {@code first op1 operand1 op2 operand2 ...}, all operators of one precedence level: either
   * {@code + -} or {@code * /}.
   */
  record Chain(Expr first, ImmutableList<Link> links) implements Expr {
    @Override
    public SourcePos pos() {
      return first.pos();
    }

    @Override
    public String print() {
      return printUpTo(links.size());
    }

    /** The chain's first operand and its first {@code count} links. */
    String printUpTo(int count) {
      StringBuilder out = new StringBuilder(first.print());
      for (Link link : links.subList(0, count)) {
        out.append(' ').append(link.op()).append(' ').append(link.operand().print());
      }
      return out.toString();
    }
  }

  /** One operator and its right operand in a {@link Chain}. */
  record Link(char op, Expr operand, SourcePos opPos) {}
}
