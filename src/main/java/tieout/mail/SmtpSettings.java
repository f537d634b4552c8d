package tieout.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to send: server, security, login, timeouts and retries. The password comes from
 * the environment only and is never printed: {@link #toString} masks it.
 *
 * @param trust hosts whose certificates are trusted without a CA chain ({@code *} for all); for a
 *     relay with a self-signed certificate
 * @param retries further attempts after a transient failure; delays double from {@code retryDelay}
 */
public record SmtpSettings(
    String host,
    int port,
    Security security,
    Optional<String> user,
    Optional<String> password,
    Optional<String> trust,
    Duration timeout,
    int retries,
    Duration retryDelay) {

  public SmtpSettings {
    checkNotNull(host);
    checkNotNull(security);
    checkNotNull(user);
    checkNotNull(password);
    checkNotNull(trust);
    checkNotNull(timeout);
    checkNotNull(retryDelay);
    checkArgument(port > 0 && port < 65536, "port out of range: %s", port);
    checkArgument(retries >= 0, "retries must not be negative");
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security
        + ", user=" + user.orElse("(none)") + ", password=" + (password.isPresent() ? "(set)" : "(none)")
        + ", trust=" + trust.orElse("(none)") + ", timeout=" + timeout + ", retries=" + retries
        + ", retryDelay=" + retryDelay + "]";
  }
}
