package tieout.nightly;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tieout.error.Diagnostic;
import tieout.error.UserException;

/**
 * Reads a nightly config file: UTF-8, one {@code key = value} per line, {@code #} starts a
 * comment line. Each value remembers its line so that errors can point at it.
 */
final class ConfigFile {
  private ConfigFile() {}

  /** The settings by key, in file order; every malformed or repeated line is reported at once. */
  static Map<String, Setting> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw UserException.at(file.toString(), "config file not found; --config names a file such as nightly.properties");
    } catch (CharacterCodingException e) {
      throw UserException.at(file.toString(), "the config file is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw UserException.at(file.toString(), "cannot read the config file: " + e.getMessage());
    }
    Path base = file.toAbsolutePath().getParent();
    Map<String, Setting> out = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String location = file + ":" + (i + 1);
      int eq = line.indexOf('=');
      if (eq <= 0) {
        problems.add(Diagnostic.at(location, "expected 'key = value', found \"" + line + "\""));
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      Setting earlier = out.get(key);
      if (earlier != null) {
        problems.add(Diagnostic.at(location, "'" + key + "' is set twice (first at " + earlier.location()
            + "); keep one"));
        continue;
      }
      out.put(key, new Setting(key, value, location, base));
    }
    if (!problems.isEmpty()) {
      throw new UserException(problems);
    }
    return out;
  }
}
