package tieout.load.xbrl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;

/**
 * The {@code META-INF/catalog.xml} of a report package (ESEF's, XBRL's Report Packages): an inline
 * report in {@code reports/} may name its extension schema by the filer's URL
 * ({@code https://www.example.com/xbrl/2022/ex-2022-12-31.xsd}), which the catalog's
 * {@code rewriteURI} (or {@code uri}) entries map to the copy in the package. Nothing is fetched.
 */
final class PackageCatalog {
  /** Prefix or whole URI, and the local path it stands for (a prefix ends with a slash). */
  private final Map<String, Path> rewrites = new LinkedHashMap<>();
  private final Map<String, Path> uris = new LinkedHashMap<>();
  final Path file;

  private PackageCatalog(Path file) {
    this.file = file;
  }

  /**
   * The catalog of the package holding {@code dir} ({@code META-INF/catalog.xml} in it or in one of
   * its three nearest ancestors: a report sits in {@code reports/} or one folder below it), if any.
   */
  static PackageCatalog find(Path dir) throws IOException {
    Path d = dir;
    for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
      Path catalog = d.resolve("META-INF").resolve("catalog.xml");
      if (Files.isRegularFile(catalog)) {
        return read(catalog);
      }
    }
    return null;
  }

  private static PackageCatalog read(Path catalog) throws IOException {
    PackageCatalog out = new PackageCatalog(catalog);
    Path base = catalog.getParent();
    try (SafeXml xml = SafeXml.open(catalog, "META-INF/catalog.xml")) {
      XMLStreamReader r = xml.reader();
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.getLocalName().equals("rewriteURI")) {
          String from = r.getAttributeValue(null, "uriStartString");
          String to = r.getAttributeValue(null, "rewritePrefix");
          if (from != null && to != null) {
            out.rewrites.put(from.strip(), local(base, to.strip()));
          }
        } else if (r.getLocalName().equals("uri")) {
          String name = r.getAttributeValue(null, "name");
          String to = r.getAttributeValue(null, "uri");
          if (name != null && to != null) {
            out.uris.put(name.strip(), local(base, to.strip()));
          }
        }
      }
    } catch (UserException e) {
      return null; // a catalog tieout cannot read (a DOCTYPE) maps nothing; the href is announced as not fetched
    }
    return out;
  }

  private static Path local(Path base, String ref) {
    return ref.startsWith("file:") ? Path.of(URI.create(ref)) : base.resolve(ref).normalize();
  }

  /** The package's copy of {@code href} (without its fragment), or null when no entry maps it. */
  Path resolve(String href) {
    String h = href.replaceAll("#.*", "");
    Path exact = uris.get(h);
    if (exact != null) {
      return exact;
    }
    // The longest prefix wins, as XML Catalogs 1.1 says.
    String best = null;
    for (String from : rewrites.keySet()) {
      if (h.startsWith(from) && (best == null || from.length() > best.length())) {
        best = from;
      }
    }
    if (best == null) {
      return null;
    }
    List<String> rest = new ArrayList<>(List.of(h.substring(best.length()).split("/")));
    rest.removeIf(String::isEmpty);
    Path p = rewrites.get(best);
    for (String part : rest) {
      p = p.resolve(part);
    }
    return p.normalize();
  }
}
