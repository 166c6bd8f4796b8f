package org.scrutineer.attendance.internal;

import org.scrutineer.attendance.AttendanceNotice;
import org.scrutineer.deadlines.DeadlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails notices to attend over SMTP when a mail server is configured ({@code spring.mail.host}, which makes
 * Spring Boot provide a {@link JavaMailSender}), from the address reminders come from. Without one, the scrutiny
 * officer prints the notice from its page and sends it.
 */
@Component
public class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;

    NoticeMail(ObjectProvider<JavaMailSender> sender, DeadlineSettings settings) {
        this.sender = sender.getIfAvailable();
        this.from = settings.mailFrom();
        this.baseUrl = settings.baseUrl();
    }

    /** Whether e-mail is on. */
    public boolean enabled() {
        return sender != null;
    }

    /** The full address of a page, for links in e-mails. */
    public String link(String path) {
        return baseUrl + path;
    }

    /**
     * Sends a notice as plain text.
     *
     * @return whether the server accepted it (a refusal is logged: the notice stays recorded as sent, not e-mailed)
     */
    public boolean send(String to, AttendanceNotice notice) {
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(notice.subject());
        message.setText(notice.plainText());
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("The notice to attend '{}' could not be e-mailed: {}", notice.subject(), e.getMessage());
            return false;
        }
    }
}
