package tieout.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds cycles among summation rules: {@code sum A = B + C} with {@code sum B = A - C} makes a total
 * one of its own parts. Each rule would still be checked on its own, but together they say nothing
 * ({@code C = 0} or the same equation twice), which is always a slip in the rules. A cycle is
 * reported once, at the rule of the cycle read last, whatever the rules' period filters.
 */
final class SummationCycles {
  private record Edge(String item, Rule.Summation rule) {}

  private SummationCycles() {}

  static void check(List<Rule> rules, RuleErrors problems) {
    Map<String, List<Edge>> edges = new HashMap<>();
    List<Rule.Summation> sums = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule instanceof Rule.Summation sum) {
        sums.add(sum);
        for (Term term : sum.items()) {
          if (!term.concept().name().equals(sum.total().name())) {
            edges.computeIfAbsent(sum.total().name(), k -> new ArrayList<>()).add(new Edge(term.concept().name(), sum));
          }
        }
      }
    }
    for (Rule.Summation sum : sums) {
      cycleThrough(sum, edges).ifPresent(path -> {
        Rule.Summation last =
            path.stream().map(Edge::rule).max(Comparator.comparingInt(sums::indexOf)).orElseThrow();
        if (last == sum) {
          StringBuilder shown = new StringBuilder(sum.total().name());
          for (Edge edge : path) {
            shown.append(" -> ").append(edge.item()).append(" (").append(edge.rule().id()).append(')');
          }
          problems.add(
              sum.header().pos(),
              "summation cycle " + shown + ": a total cannot be one of its own parts; remove or rewrite one of"
                  + " these rules");
        }
      });
    }
  }

  /** A path of edges from {@code sum}'s total back to it that starts with one of {@code sum}'s items. */
  private static Optional<List<Edge>> cycleThrough(Rule.Summation sum, Map<String, List<Edge>> edges) {
    String total = sum.total().name();
    Map<String, Edge> cameBy = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (Edge first : edges.getOrDefault(total, List.of())) {
      if (first.rule() == sum && !cameBy.containsKey(first.item())) {
        cameBy.put(first.item(), first);
        queue.add(first.item());
      }
    }
    while (!queue.isEmpty()) {
      String concept = queue.poll();
      for (Edge edge : edges.getOrDefault(concept, List.of())) {
        if (edge.item().equals(total)) {
          List<Edge> path = new ArrayList<>();
          path.add(edge);
          for (String at = concept; !at.equals(total); ) {
            Edge back = cameBy.get(at);
            path.add(0, back);
            at = back.rule().total().name();
          }
          return Optional.of(path);
        }
        if (!cameBy.containsKey(edge.item()) && !edge.item().equals(total)) {
          cameBy.put(edge.item(), edge);
          queue.add(edge.item());
        }
      }
    }
    return Optional.empty();
  }

}
