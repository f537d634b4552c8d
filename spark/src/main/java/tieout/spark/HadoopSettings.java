package tieout.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;

/**
 * The Hadoop file system settings given to Spark as {@code spark.hadoop.*} (e.g. S3 endpoints and
 * credentials), for the driver's listing of the inputs and each executor's reading of a zip: a
 * Hadoop {@link Configuration} is not serialisable, so they travel as a map.
 */
final class HadoopSettings {
  private static final String PREFIX = "spark.hadoop.";

  private HadoopSettings() {}

  static TreeMap<String, String> of(SparkConf conf) {
    TreeMap<String, String> settings = new TreeMap<>();
    for (scala.Tuple2<String, String> e : conf.getAllWithPrefix(PREFIX)) {
      settings.put(e._1(), e._2());
    }
    return settings;
  }

  /** The site's configuration (core-site.xml and so on) with {@code settings} over it. */
  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration();
    settings.forEach(conf::set);
    return conf;
  }
}
