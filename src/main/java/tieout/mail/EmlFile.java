package tieout.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import tieout.io.AtomicFile;

/** Saves a message as an RFC 822 {@code .eml} file (any mail client opens it), atomically. */
public final class EmlFile {
  private EmlFile() {}

  public static void save(MimeMessage message, Path target) throws IOException {
    AtomicFile.writeBytes(target, out -> {
      try {
        message.writeTo(out);
      } catch (MessagingException e) {
        throw new IOException("cannot write the message: " + e.getMessage(), e);
      }
    });
  }

}
