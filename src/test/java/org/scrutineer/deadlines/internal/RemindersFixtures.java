package org.scrutineer.deadlines.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.scrutineer.deadlines.DeadlineMissed;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.springframework.transaction.event.TransactionalEventListener;

/** People, mail and events for the reminder tests. Names and addresses are unique per call. */
final class RemindersFixtures {

    private RemindersFixtures() {
    }

    /** An e-mail as GreenMail received it, decoded. */
    record Mail(String to, String subject, String body) {
    }

    /** Counts DeadlineMissed once the publishing transaction has committed. Read it through methods: it is proxied. */
    static class MissedDeadlines {

        private final List<DeadlineMissed> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        public void on(DeadlineMissed event) {
            received.add(event);
        }

        int total() {
            return received.size();
        }

        long count(org.scrutineer.deadlines.DeadlineId id) {
            return received.stream().filter(e -> e.deadline().equals(id)).count();
        }
    }

    static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An officer with an e-mail address (or none when {@code email} is null). */
    static PersonId officer(DirectoryManagement directory, String family, String email, boolean supportsScrutiny,
            StatutoryRole... roles) {
        return directory.addPerson(new PersonDetails(PersonKind.OFFICER, null, "Test", family, email, null, null, null,
                "Test post", null, Seniority.OTHER_OFFICER, Set.of(roles), supportsScrutiny, null, true));
    }

    /** Every e-mail received whose subject mentions the text. */
    static List<Mail> mailsAbout(GreenMail greenMail, String text) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(RemindersFixtures::read)
                .filter(m -> m.subject().contains(text)).toList();
    }

    static Mail read(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
            return new Mail(to[0].toString(), m.getSubject(), m.getContent().toString());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
