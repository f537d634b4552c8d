package tieout.annotate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.run.RunResult;

/**
 * The tick marks of a run: for every source (cell or CSV line) that took part in a passed or failed
 * check, which checks; and the sources loaded but used by no evaluated check (untested).
 * NOT_EVALUATED checks mark nothing: a figure whose check could not run was not tested.
 */
record Marks(ImmutableMap<SourceRef, Mark> marked, ImmutableList<Fact> untested) {

  static Marks of(RunResult result) {
    Map<SourceRef, List<Finding>> failed = new LinkedHashMap<>();
    Map<SourceRef, List<Finding>> passed = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      if (f.status() == Status.NOT_EVALUATED) {
        continue;
      }
      Map<SourceRef, List<Finding>> target = f.status() == Status.FAIL ? failed : passed;
      Set<SourceRef> sources = new LinkedHashSet<>();
      for (Operand o : f.operands()) {
        sources.add(o.fact().source());
      }
      for (SourceRef s : sources) {
        target.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
      }
    }
    Set<SourceRef> all = new LinkedHashSet<>(failed.keySet());
    all.addAll(passed.keySet());
    ImmutableMap.Builder<SourceRef, Mark> marks = ImmutableMap.builder();
    for (SourceRef s : all) {
      marks.put(s, new Mark(
          ImmutableList.copyOf(failed.getOrDefault(s, List.of())),
          ImmutableList.copyOf(passed.getOrDefault(s, List.of()))));
    }
    ImmutableMap<SourceRef, Mark> marked = marks.build();
    ImmutableList<Fact> untested = result.ledger().facts().stream()
        .filter(fact -> !marked.containsKey(fact.source()))
        .collect(ImmutableList.toImmutableList());
    return new Marks(marked, untested);
  }

  long failedCount() {
    return marked.values().stream().filter(Mark::isFailed).count();
  }

  long passedCount() {
    return marked.size() - failedCount();
  }
}
