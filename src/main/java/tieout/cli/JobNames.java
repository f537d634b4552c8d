package tieout.cli;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tieout.error.Suggestions;
import tieout.error.UserException;

/**
 * {@code history --job NAME}: a name with no runs is a user error listing the jobs that have runs,
 * with the likeliest one proposed. Names are compared without accents and case, since a job named
 * "Entrée Gold FY2013" is often typed "Entree Gold FY2013".
 */
final class JobNames {
  private JobNames() {}

  static void requireKnown(String job, List<String> known, String location) {
    if (known.contains(job)) {
      return;
    }
    String listed = known.isEmpty()
        ? "the history has no runs yet"
        : "known jobs: " + known.stream().map(j -> "'" + j + "'").collect(Collectors.joining(", "));
    throw UserException.at("--job", "no runs of job '" + job + "' in " + location
        + suggestion(job, known).map(j -> "; did you mean '" + j + "'?").orElse("") + " (" + listed + ")");
  }

  /** The known name equal to {@code job} but for accents and case, else the closest by spelling. */
  static Optional<String> suggestion(String job, List<String> known) {
    String folded = fold(job);
    Optional<String> same = known.stream().filter(k -> fold(k).equals(folded)).findFirst();
    if (same.isPresent()) {
      return same;
    }
    List<String> foldedKnown = known.stream().map(JobNames::fold).toList();
    return Suggestions.closest(folded, foldedKnown).map(f -> known.get(foldedKnown.indexOf(f)));
  }

  /** Lower case without accents: "Entrée" and "ENTREE" fold alike. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
  }
}
