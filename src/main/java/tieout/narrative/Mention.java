package tieout.narrative;

import com.google.common.collect.ImmutableList;

/**
 * A caption of the taxonomy found in a sentence, e.g. "net loss": its place (character indexes
 * {@code [start, end)}, word indexes {@code [firstWord, endWord)}) and the line items it may name.
 */
record Mention(int start, int end, int firstWord, int endWord, String text, ImmutableList<LineItem> items) {

  /** Whether the caption names exactly one line item. */
  boolean unambiguous() {
    return items.size() == 1;
  }
}
