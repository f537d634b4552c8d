package tieout.load.xbrl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Inline XBRL document sets: one filing split over several inline documents (a 10-K and its
 * exhibits), which share contexts, units and the taxonomy. Inline documents in one folder whose
 * {@code ix:references} name the same schema are one set; an inline document with no schemaRef found,
 * or one of its own, stands alone, so unrelated filings in one folder are never merged.
 */
final class DocumentSets {
  private DocumentSets() {}

  private static final Pattern SCHEMA_REF =
      Pattern.compile("<(?:[\\w.-]+:)?schemaRef\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final int CHUNK = 1 << 20;
  /** Longer than any schemaRef tag: a tag cut by a chunk's end is whole in the next read. */
  private static final int OVERLAP = 4096;

  /** Whether {@code file} is named as an inline document is ({@code .htm}, {@code .html}, {@code .xhtml}). */
  static boolean inlineName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml");
  }

  /**
   * One document per filing among the XBRL {@code documents} of a folder: an inline document beside
   * the instance EDGAR extracted from it ({@code x.htm}, {@code x_htm.xml}) is left for the instance,
   * and so are the other documents of its set (the instance holds the whole set's facts); each other
   * document set is kept once, by its first member.
   */
  static List<Path> filings(List<Path> documents) throws IOException {
    List<String> names = documents.stream().map(p -> p.getFileName().toString()).toList();
    Set<Object> extracted = new HashSet<>();
    for (Path p : documents) {
      if (inlineName(p) && names.contains(XbrlLoader.extractedName(p))) {
        extracted.add(key(p).map(k -> (Object) k).orElse(p));
      }
    }
    List<Path> rest = new ArrayList<>();
    for (Path p : documents) {
      if (!inlineName(p) || !extracted.contains(key(p).map(k -> (Object) k).orElse(p))) {
        rest.add(p);
      }
    }
    return oneOfEachSet(rest);
  }

  /**
   * {@code documents} with each document set kept once, by its first member (in the order given);
   * instances and inline documents standing alone are kept as they are.
   */
  private static List<Path> oneOfEachSet(List<Path> documents) throws IOException {
    Map<Object, Path> kept = new LinkedHashMap<>();
    for (Path p : documents) {
      Object key = inlineName(p) ? key(p).map(k -> (Object) k).orElse(p) : p;
      kept.putIfAbsent(key, p);
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * The document set {@code file} belongs to, {@code file} first and the others in name order: the
   * XBRL inline documents beside it naming the same schema. Just {@code file} for an instance.
   */
  static List<Path> setOf(Path file) throws IOException {
    List<Path> set = new ArrayList<>();
    set.add(file);
    Optional<String> key = inlineName(file) ? key(file) : Optional.empty();
    Path dir = file.toAbsolutePath().getParent();
    if (key.isEmpty() || dir == null) {
      return set;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        if (inlineName(p) && !Files.isSameFile(p, file) && XbrlLoader.isXbrlDocument(p) && key(p).equals(key)) {
          set.add(p);
        }
      }
    }
    return set;
  }

  /** The set's key: the folder and the schema the document's schemaRef names, resolved. */
  private static Optional<String> key(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    return schemaRef(file).map(href -> href.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? href
        : dir.resolve(href).normalize().toString());
  }

  /** The href of the first schemaRef in {@code file}, found by scanning its text in chunks. */
  static Optional<String> schemaRef(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK + OVERLAP];
      int kept = 0;
      while (true) {
        int n = in.readNBytes(buffer, kept, CHUNK);
        if (n <= 0) {
          return Optional.empty();
        }
        String text = new String(buffer, 0, kept + n, StandardCharsets.ISO_8859_1);
        Matcher m = SCHEMA_REF.matcher(text);
        if (m.find()) {
          return Optional.of(m.group(1).strip());
        }
        int total = kept + n;
        kept = Math.min(OVERLAP, total);
        System.arraycopy(buffer, total - kept, buffer, 0, kept);
      }
    }
  }
}
