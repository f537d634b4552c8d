package tieout.mail;

import static com.google.common.base.Preconditions.checkNotNull;

/** A file attached to the email: its name as the recipient sees it, its MIME type, its bytes. */
public record Attachment(String fileName, String contentType, byte[] content) {
  public Attachment {
    checkNotNull(fileName);
    checkNotNull(contentType);
    checkNotNull(content);
  }
}
