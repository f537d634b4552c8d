package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/** A name as written in a rule file (a concept, axis, member or rule id) and where it stands. */
record Name(String text, SourcePos pos) {
  Name {
    checkNotNull(text);
    checkNotNull(pos);
  }
}
