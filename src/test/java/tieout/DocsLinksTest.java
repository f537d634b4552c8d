package tieout;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link in README.md and docs/*.md names a file that exists and, with #, a heading in it. */
class DocsLinksTest {

  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("#{1,6} (.*)");

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path file : files) {
      broken.addAll(brokenLinks(file, Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertThat(broken, is(empty()));
  }

  @Test
  void aMissingAnchorOrFileIsReported() {
    String text = "# Top\n\n[ok](#top) [bad](#nowhere) [gone](docs/none.md) [web](https://example.com/x#y)\n";
    assertThat(brokenLinks(Path.of("README.md"), text),
        contains("README.md: #nowhere: no such heading", "README.md: docs/none.md: no such file"));
  }

  @Test
  void anchorsFollowGitHubSlugs() {
    assertThat(anchors("## Unreadable inputs and --strict\n```\n# not a heading\n```\n"),
        is(Set.of("unreadable-inputs-and---strict")));
    assertThat(anchors("## The launcher: `bin/tieout`\n"), is(Set.of("the-launcher-bintieout")));
  }

  static List<String> brokenLinks(Path file, String text) {
    List<String> broken = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String target = m.group(1);
      if (target.matches("[a-z]+:.*")) {
        continue; // a web or mail address, not checked offline
      }
      int hash = target.indexOf('#');
      String path = hash < 0 ? target : target.substring(0, hash);
      Path resolved = path.isEmpty() ? file : resolve(file, path);
      if (!Files.exists(resolved)) {
        broken.add(file + ": " + target + ": no such file");
        continue;
      }
      if (hash >= 0 && resolved.toString().endsWith(".md")) {
        String own = resolved.equals(file) ? text : read(resolved);
        if (!anchors(own).contains(target.substring(hash + 1))) {
          broken.add(file + ": " + target + ": no such heading");
        }
      }
    }
    return broken;
  }

  private static Path resolve(Path file, String path) {
    Path dir = file.getParent();
    return (dir == null ? Path.of(path) : dir.resolve(path)).normalize();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces as -. */
  static Set<String> anchors(String markdown) {
    Set<String> out = new HashSet<>();
    boolean fence = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        fence = !fence;
        continue;
      }
      Matcher h = HEADING.matcher(line);
      if (!fence && h.matches()) {
        out.add(h.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
      }
    }
    return out;
  }
}
