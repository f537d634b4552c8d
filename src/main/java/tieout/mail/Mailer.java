package tieout.mail;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Builds the multipart email and sends it over SMTP with Jakarta Mail, retrying transient failures
 * (no connection, timeouts, 4xx replies) with doubling delays; permanent ones (5xx, a refused
 * login) end at once.
 */
public final class Mailer {
  /** Waits between attempts; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private static final Duration MAX_DELAY = Duration.ofMinutes(10);

  private final SmtpSettings smtp;
  private final Session session;
  private final Sleeper sleeper;
  private final Consumer<String> log;

  public Mailer(SmtpSettings smtp, Sleeper sleeper, Consumer<String> log) {
    this.smtp = smtp;
    this.session = Session.getInstance(properties(smtp));
    this.sleeper = sleeper;
    this.log = log;
  }

  /** The message: text and HTML alternatives, then each attachment; headers cleaned and encoded. */
  public MimeMessage compose(InternetAddress from, List<InternetAddress> to, MailContent content)
      throws MessagingException {
    checkArgument(!to.isEmpty(), "no recipients");
    MimeMessage m = new MimeMessage(session);
    m.setFrom(from);
    m.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
    m.setSubject(HeaderText.clean(content.subject()), StandardCharsets.UTF_8.name());
    m.setSentDate(new Date());

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
    // Least preferred first (RFC 2046): clients that render HTML show the last part.
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);

    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    for (Attachment a : content.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
      part.setFileName(HeaderText.clean(a.fileName()));
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    m.setContent(mixed);
    m.saveChanges();
    return m;
  }

  /** Sends {@code m}; throws after a permanent failure or when every attempt failed transiently. */
  public void send(MimeMessage m) throws MailNotSent {
    int attempts = smtp.retries() + 1;
    Duration delay = smtp.retryDelay();
    for (int attempt = 1; ; attempt++) {
      try {
        deliver(m);
        return;
      } catch (MessagingException e) {
        String why = describe(e);
        if (!isTransient(e)) {
          throw new MailNotSent("permanent failure: " + why, attempt, e);
        }
        if (attempt >= attempts) {
          throw new MailNotSent("gave up after " + attempt + (attempt == 1 ? " attempt: " : " attempts: ") + why,
              attempt, e);
        }
        log.accept("mail attempt " + attempt + " of " + attempts + " failed (" + why + "); retrying in "
            + delay.toMillis() + " ms");
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new MailNotSent("interrupted while waiting to retry: " + why, attempt, e);
        }
        delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
      }
    }
  }

  private void deliver(MimeMessage m) throws MessagingException {
    try (Transport t = session.getTransport(smtp.security() == Security.SMTPS ? "smtps" : "smtp")) {
      t.connect(smtp.host(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
      t.sendMessage(m, m.getAllRecipients());
    }
  }

  /** Connection problems, timeouts and 4xx replies may pass; anything else will not. */
  static boolean isTransient(MessagingException e) {
    if (e instanceof AuthenticationFailedException) {
      return false;
    }
    if (e instanceof MailConnectException) {
      return true;
    }
    if (e instanceof SMTPSendFailedException s) {
      return s.getReturnCode() >= 400 && s.getReturnCode() < 500;
    }
    if (e instanceof SMTPAddressFailedException s) {
      return s.getReturnCode() >= 400 && s.getReturnCode() < 500;
    }
    if (e instanceof SendFailedException) {
      Exception next = e.getNextException();
      return next instanceof MessagingException n && n != e && isTransient(n);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        // A TLS handshake that fails is a configuration problem, not a passing one.
        return !(c instanceof javax.net.ssl.SSLException);
      }
    }
    return false;
  }

  private static String describe(MessagingException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += ": " + cause.getMessage();
    }
    return message.replaceAll("\\s+", " ");
  }

  private static Properties properties(SmtpSettings smtp) {
    String p = smtp.security() == Security.SMTPS ? "mail.smtps." : "mail.smtp.";
    Properties props = new Properties();
    props.setProperty(p + "host", smtp.host());
    props.setProperty(p + "port", Integer.toString(smtp.port()));
    props.setProperty(p + "auth", Boolean.toString(smtp.user().isPresent()));
    String ms = Long.toString(smtp.timeout().toMillis());
    props.setProperty(p + "connectiontimeout", ms);
    props.setProperty(p + "timeout", ms);
    props.setProperty(p + "writetimeout", ms);
    if (smtp.security() == Security.STARTTLS) {
      props.setProperty(p + "starttls.enable", "true");
      props.setProperty(p + "starttls.required", "true");
    }
    if (smtp.security() != Security.NONE) {
      props.setProperty(p + "ssl.checkserveridentity", Boolean.toString(smtp.trust().isEmpty()));
      smtp.trust().ifPresent(t -> props.setProperty(p + "ssl.trust", t));
    }
    return props;
  }
}
