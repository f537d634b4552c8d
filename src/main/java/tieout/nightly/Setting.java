package tieout.nightly;

import java.nio.file.Path;

/**
 * One configured value and where it came from, so an error can name the place: {@code
 * nightly.properties:7} for the file, {@code --smtp-port} for a flag.
 *
 * @param baseDir the folder relative paths are resolved against: the config file's, or the
 *     working directory for flags
 */
public record Setting(String key, String value, String location, Path baseDir) {}
