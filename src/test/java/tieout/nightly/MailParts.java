package tieout.nightly;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a received variance email: the two bodies and the attachments by file name, as text
 * and as bytes.
 */
record MailParts(String text, String html, Map<String, String> attachments, String structure,
    Map<String, byte[]> bytes) {

  static MailParts of(MimeMessage m) throws Exception {
    Multipart mixed = (Multipart) m.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    String structure = base(m.getContentType()) + "[" + base(mixed.getBodyPart(0).getContentType()) + "["
        + base(alternative.getBodyPart(0).getContentType()) + ", " + base(alternative.getBodyPart(1).getContentType())
        + "]";
    Map<String, String> attachments = new LinkedHashMap<>();
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (int i = 1; i < mixed.getCount(); i++) {
      BodyPart p = mixed.getBodyPart(i);
      structure += ", " + base(p.getContentType()) + " " + p.getDisposition();
      byte[] content = read(p);
      attachments.put(p.getFileName(), new String(content, StandardCharsets.UTF_8));  // as sent: CR LF rows
      bytes.put(p.getFileName(), content);
    }
    return new MailParts(
        unix((String) alternative.getBodyPart(0).getContent()),
        unix((String) alternative.getBodyPart(1).getContent()),
        attachments,
        structure + "]",
        bytes);
  }

  /** SMTP carries lines ending in CR LF; compare with the text as written. */
  private static String unix(String s) {
    return s.replace("\r\n", "\n");
  }

  private static String base(String contentType) {
    return contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static byte[] read(Part p) throws Exception {
    try (InputStream in = p.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
