package tieout.load.xbrl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.load.Notice;

/**
 * Finds a document's taxonomy on disk, never on the internet: the schema its {@code schemaRef} names,
 * that schema's {@code linkbaseRef}s, the document's own {@code linkbaseRef}s, and (EDGAR copies often
 * lack the .xsd) the sibling {@code STEM_cal.xml} and {@code STEM_lab.xml} of the schema's stem or the
 * document's. Each file used, and each reference not followed, is announced as a notice.
 */
final class Discovery {
  private final Path dir;
  private final String document;
  final List<Notice> notices = new ArrayList<>();
  final Map<String, String> roleDefinitions = new LinkedHashMap<>();
  /** Element ids of the schemas read that EDGAR's rule would misread. */
  final ConceptIds conceptIds = new ConceptIds();
  /** Linkbase paths and why each is used, in the order found. */
  private final Map<Path, String> linkbases = new LinkedHashMap<>();
  private PackageCatalog catalog;
  private final Set<Path> schemasRead = new java.util.HashSet<>();
  private boolean catalogRead;

  Discovery(Path documentPath, String document) {
    this.dir = documentPath.toAbsolutePath().getParent();
    this.document = document;
  }

  /** Finds the linkbases of {@code content}; reads the schemas on the way. */
  void find(DocumentContent content, Path documentPath) throws IOException {
    Set<String> stems = new LinkedHashSet<>();
    for (String href : content.schemaRefs) {
      Path schema;
      if (remote(href)) {
        // An old filing may name its own schema by the filer's URL; the copy beside it is the same schema.
        String name = href.replaceAll("[?#].*", "").replaceAll(".*/", "");
        Path copy = name.isEmpty() ? null : dir.resolve(name);
        Path mapped = copy != null && Files.isRegularFile(copy) ? null : fromCatalog(href);
        if (mapped != null) {
          notices.add(new Notice(document, "schemaRef " + href + " not fetched; " + dir.relativize(mapped)
              + " used, as the report package's META-INF/catalog.xml maps it"));
          schema = mapped;
        } else if (copy == null || !Files.isRegularFile(copy)) {
          notices.add(new Notice(document, "schemaRef " + href + " not fetched (tieout never reads the internet)"));
          continue;
        } else {
          notices.add(new Notice(document, "schemaRef " + href + " not fetched; " + name + " beside the document used"));
          schema = copy;
        }
      } else {
        schema = dir.resolve(href).normalize();
      }
      stems.add(stem(schema.getFileName().toString()));
      if (!Files.isRegularFile(schema)) {
        notices.add(new Notice(document, "schemaRef " + href + " is absent; looking for linkbases named after it"));
        continue;
      }
      readSchema(schema, "schemaRef");
    }
    for (String lb : content.linkbaseRefs) {
      add(dir, lb, "linkbaseRef in " + document);
    }
    String own = stem(documentPath.getFileName().toString());
    stems.add(own);
    if (own.endsWith("_htm")) {
      stems.add(own.substring(0, own.length() - 4));
    }
    for (String stem : stems) {
      for (String suffix : List.of("_cal.xml", "_lab.xml")) {
        Path sibling = dir.resolve(stem + suffix);
        if (Files.isRegularFile(sibling) && !linkbases.containsKey(sibling.normalize())) {
          linkbases.put(sibling.normalize(), "a sibling of the same stem '" + stem + "'");
        }
      }
    }
  }

  /** Reads a schema once, its linkbaseRefs and role definitions, then the filer's schemas it imports. */
  private void readSchema(Path schema, String why) throws IOException {
    if (!schemasRead.add(schema.normalize())) {
      return;
    }
    SchemaReader.Schema s = SchemaReader.read(schema, schema.getFileName().toString());
    roleDefinitions.putAll(s.roleDefinitions());
    conceptIds.add(schema.getFileName().toString(), s.otherIds());
    notices.add(new Notice(document, "schema " + schema.getFileName() + " read (" + why + "): "
        + s.linkbaseRefs().size() + " linkbaseRefs, " + s.roleDefinitions().size() + " role definitions"));
    for (String lb : s.linkbaseRefs()) {
      add(schema.getParent(), lb, "linkbaseRef in " + schema.getFileName());
    }
    for (String imported : s.localImports()) {
      Path p = schema.getParent().resolve(imported).normalize();
      if (Files.isRegularFile(p)) {
        readSchema(p, "imported by " + schema.getFileName());
      } else {
        notices.add(new Notice(document, "schema " + imported + " (imported by " + schema.getFileName() + ") is absent"));
      }
    }
  }

  /** The report package's copy of a remote href, when a catalog maps it to a file that is there. */
  private Path fromCatalog(String href) throws IOException {
    if (!catalogRead) {
      catalog = PackageCatalog.find(dir);
      catalogRead = true;
    }
    Path p = catalog == null ? null : catalog.resolve(href);
    return p != null && Files.isRegularFile(p) ? p : null;
  }

  private void add(Path base, String href, String why) throws IOException {
    Path p;
    if (remote(href)) {
      p = fromCatalog(href);
      if (p == null) {
        notices.add(new Notice(document, "linkbase " + href + " not fetched (tieout never reads the internet)"));
        return;
      }
    } else {
      p = base.resolve(href).normalize();
    }
    if (!Files.isRegularFile(p)) {
      notices.add(new Notice(document, "linkbase " + href + " (" + why + ") is absent"));
      return;
    }
    linkbases.putIfAbsent(p, why);
  }

  /** The calculation linkbases found, each with the reason it is used. */
  Map<Path, String> calculations() throws IOException {
    return ofKind("calculationLink", "_cal.xml");
  }

  /** The label linkbases found. */
  Map<Path, String> labels() throws IOException {
    return ofKind("labelLink", "_lab.xml");
  }

  private Map<Path, String> ofKind(String element, String suffix) throws IOException {
    Map<Path, String> out = new LinkedHashMap<>();
    for (Map.Entry<Path, String> e : linkbases.entrySet()) {
      String name = e.getKey().getFileName().toString();
      if (name.endsWith(suffix) || (!name.matches(".*_(cal|lab|pre|def|ref)\\.xml") && mentions(e.getKey(), element))) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /**
   * Whether the file names {@code element} anywhere: how a linkbase not named by EDGAR's rule is told
   * apart. The whole file is scanned (in 64 KB reads, each keeping the last read's tail so a name cut
   * by a read's end is found): one linkbase file may hold presentation links first and its
   * calculation links far down.
   */
  private static boolean mentions(Path file, String element) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String tail = "";
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        String text = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        if (text.contains(element)) {
          return true;
        }
        tail = text.substring(Math.max(0, text.length() - element.length()));
      }
      return false;
    }
  }

  private static boolean remote(String href) {
    return href.matches("(?i)[a-z][a-z0-9+.-]*:.*");
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
