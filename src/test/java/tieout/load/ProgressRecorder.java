package tieout.load;

import java.util.ArrayList;
import java.util.List;

/** A {@link LoadProgress} that writes down every call, for exact assertions. */
public final class ProgressRecorder implements LoadProgress {
  private final List<String> events = new ArrayList<>();

  @Override
  public void start(String file, long total) {
    events.add("start " + file + " " + total);
  }

  @Override
  public void advance(long done) {
    events.add("advance " + done);
  }

  @Override
  public void finish() {
    events.add("finish");
  }

  public List<String> events() {
    return events;
  }

  /** The values of the advance calls, in order. */
  public List<Long> advances() {
    return events.stream().filter(e -> e.startsWith("advance ")).map(e -> Long.parseLong(e.substring(8))).toList();
  }
}
