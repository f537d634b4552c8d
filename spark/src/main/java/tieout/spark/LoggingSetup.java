package tieout.spark;

import org.apache.spark.SparkConf;

/**
 * The core jar's {@code log4j2.component.properties} routes POI's logging to Log4j's simple logger
 * (tieout ships no Log4j implementation); Spark casts its loggers to Log4j core's. A system property
 * outranks that file: set on the driver before Spark starts, and on every executor JVM.
 */
final class LoggingSetup {
  static final String PROPERTY = "log4j2.loggerContextFactory";
  static final String CORE = "org.apache.logging.log4j.core.impl.Log4jContextFactory";

  private LoggingSetup() {}

  /** {@code conf} with the executors' option added; the driver's property set. */
  static SparkConf apply(SparkConf conf) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, CORE);
    }
    String option = "-D" + PROPERTY + "=" + CORE;
    String existing = conf.get("spark.executor.extraJavaOptions", "");
    if (!existing.contains(PROPERTY)) {
      conf.set("spark.executor.extraJavaOptions", (existing + " " + option).strip());
    }
    return conf;
  }
}
