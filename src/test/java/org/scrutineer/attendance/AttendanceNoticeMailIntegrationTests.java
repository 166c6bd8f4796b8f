package org.scrutineer.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.attendance.AttendanceFixtures.meeting;
import static org.scrutineer.attendance.AttendanceFixtures.person;
import static org.scrutineer.attendance.AttendanceFixtures.personOf;
import static org.scrutineer.attendance.AttendanceFixtures.plainItem;
import static org.scrutineer.attendance.AttendanceFixtures.unique;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices to attend e-mailed through Spring Boot's mail sender to GreenMail, in the demo council: the notice and
 * its briefing note as plain text to the person's address, and a person without one told to be sent it by post.
 */
@SpringBootTest(properties = "scrutineer.demo-data=always")
class AttendanceNoticeMailIntegrationTests {

    static final GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        greenMail.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("scrutineer.deadlines.mail-from", () -> "scrutiny@anytown.example");
        registry.add("scrutineer.public-base-url", () -> "https://scrutiny.anytown.example");
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
    }

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AccountManagement accounts;

    @Test
    void emailsTheNoticeAndBriefingNoteToThePersonRequired() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Assessment waiting times");
        AgendaItemId item = plainItem(meetings, m, title);
        Person director = directory.requirePerson(new org.scrutineer.directory.PersonId(personOf(accounts,
                "chief.officer")));
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT,
                director.id().value(), "Why waiting times have risen", "What will the new team cost?"));

        NoticeSent sent = attendance.sendNotice(Actor.SYSTEM, id, attendance.today());

        assertThat(sent.emailed()).isTrue();
        assertThat(sent.delivery()).contains(director.email());
        assertThat(sent.request().noticeEmailed()).isTrue();
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subject(message).contains(title)).toList();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(director.email());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("scrutiny@anytown.example");
        assertThat(mail.getSubject()).startsWith("Requirement to attend: Children and Young People");
        assertThat(mail.getContent().toString())
                .contains("To: " + director.fullName())
                .contains("section 9FA of the Local Government Act 2000")
                .contains("What will the new team cost?")
                .contains("BRIEFING NOTE FOR WITNESSES")
                .contains("need not answer any question")
                .contains("https://scrutiny.anytown.example/attendance/requests/" + id);
    }

    @Test
    void asksForANoticeToBePostedToSomeoneWithNoEmailAddress() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Hospital discharge"));
        Person witness = person(directory, "Dr Nadia Farouk");
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.INVITATION,
                witness.id().value(), "Discharge delays", null));

        NoticeSent sent = attendance.sendNotice(Actor.SYSTEM, id, attendance.today());

        assertThat(sent.emailed()).isFalse();
        assertThat(sent.delivery()).contains("has no e-mail address in the directory");
        assertThat(sent.request().noticeEmailed()).isFalse();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
