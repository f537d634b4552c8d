package tieout.mail;

/**
 * Makes text safe for a mail header: line breaks and other control characters become spaces, so a
 * caption or entity name from a spreadsheet can never start a header of its own. Non-ASCII text
 * is left to Jakarta Mail, which encodes it per RFC 2047.
 */
public final class HeaderText {
  private HeaderText() {}

  public static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return out.toString().replaceAll(" {2,}", " ").strip();
  }
}
