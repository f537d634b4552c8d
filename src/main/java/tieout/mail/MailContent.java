package tieout.mail;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/** What an email says: subject, plain-text and HTML bodies (the same content), attachments. */
public record MailContent(String subject, String text, String html, ImmutableList<Attachment> attachments) {
  public MailContent {
    checkNotNull(subject);
    checkNotNull(text);
    checkNotNull(html);
    checkNotNull(attachments);
  }
}
