package org.scrutineer.deadlines.internal;

import org.scrutineer.deadlines.DeadlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends reminder and escalation e-mails over SMTP when a mail server is configured ({@code spring.mail.host}, which
 * makes Spring Boot provide a {@link JavaMailSender}). Without one, e-mail is off: notices are recorded and shown
 * on people's home pages only.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final JavaMailSender sender;
    private final String from;

    ReminderMail(ObjectProvider<JavaMailSender> sender, DeadlineSettings settings) {
        this.sender = sender.getIfAvailable();
        this.from = settings.mailFrom();
        if (this.sender == null) {
            log.info("E-mail is off (no spring.mail.host): deadline reminders are shown on home pages only");
        } else {
            log.info("Deadline reminders are e-mailed from {}", from);
        }
    }

    /** Whether e-mail is on. */
    boolean enabled() {
        return sender != null;
    }

    /**
     * Sends a plain-text e-mail.
     *
     * @throws MailException when the server does not accept it (the caller rolls back so the next scan retries)
     */
    void send(String to, Letter letter) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(letter.subject());
        message.setText(letter.body());
        sender.send(message);
    }

    /** A plain-text e-mail's subject and body. */
    record Letter(String subject, String body) {
    }
}
