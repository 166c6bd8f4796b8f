package org.scrutineer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.documents.DocumentsFixtures.childrenCommittee;
import static org.scrutineer.documents.DocumentsFixtures.uniqueTitle;
import static org.scrutineer.documents.DocumentsFixtures.viewer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.audit.AuditAction;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploading, classifying, reading and deleting documents through the facade, on PostgreSQL and the real store. */
@ScrutineerIntegrationTest
class DocumentManagementIntegrationTests {

    private static final String OWNER = "test-item";

    @Autowired
    DocumentManagement documents;

    @Autowired
    DocumentSettings settings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void keepsAPdfWithTheTypeAndHashOfItsContent() throws Exception {
        byte[] pdf = DocumentsFixtures.pdf("Budget monitoring, quarter 2");
        String owner = newOwner();

        Document d = documents.upload(new NewDocument(OWNER, owner, null, " Budget monitoring Q2 ",
                "Budget Q2.pdf", Classified.publicDocument()), new ByteArrayInputStream(pdf));

        assertThat(d.title()).isEqualTo("Budget monitoring Q2");
        assertThat(d.fileName()).isEqualTo("Budget Q2.pdf");
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.typeLabel()).isEqualTo("PDF");
        assertThat(d.size()).isEqualTo(pdf.length);
        assertThat(d.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(d.classification()).isEqualTo(Classification.PUBLIC);
        assertThat(d.restricted()).isFalse();
        assertThat(d.uploadedBy()).isEqualTo(AuditHistory.SYSTEM);
        assertThat(d.classifiedBy()).isEqualTo(AuditHistory.SYSTEM);
        assertThat(d.version()).isZero();
        try (DocumentContent content = documents.open(null, d.id())) {
            assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void typesAFileByItsContentNotItsName() {
        Document d = upload(newOwner(), "minutes.pdf", "Minutes of the meeting\n".getBytes(StandardCharsets.UTF_8),
                Classified.publicDocument());

        assertThat(d.mediaType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(d.fileName()).isEqualTo("minutes.pdf");
    }

    @Test
    void writesTheUploadToTheAuditHistory() {
        Document d = upload(newOwner(), "note.txt", "hello".getBytes(StandardCharsets.UTF_8),
                Classified.exempt(3, "Commercial terms still under negotiation", "Costs of the depot contract"));

        List<AuditEntry> history = audit.historyOf(DocumentManagement.DOCUMENT, d.id());

        assertThat(history).hasSize(1);
        assertThat(history.get(0).action()).isEqualTo(AuditAction.CREATED);
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Classification");
            assertThat(c.to()).isEqualTo("Exempt");
        });
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("SHA-256");
            assertThat(c.to()).isEqualTo(d.sha256());
        });
    }

    @Test
    void refusesAnExecutableRenamedAsAPdfAndKeepsNothing() throws IOException {
        long before = filesInStore();
        String owner = newOwner();

        assertThatThrownBy(() -> upload(owner, "report.pdf", DocumentsFixtures.executable(),
                Classified.publicDocument()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("file", "The file is not a PDF, Word, Excel, PowerPoint, OpenDocument, "
                                + "image or text file")));
        assertThat(documents.documentsOf(OWNER, owner)).isEmpty();
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void refusesAScriptAndARunnableName() {
        assertThatThrownBy(() -> upload(newOwner(), "notes.txt", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8),
                Classified.publicDocument())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is not a PDF");
        assertThatThrownBy(() -> upload(newOwner(), "notes.bat", "echo hi\n".getBytes(StandardCharsets.UTF_8),
                Classified.publicDocument())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is not a PDF");
    }

    @Test
    void refusesABareZipAndADamagedPdf() {
        assertThatThrownBy(() -> upload(newOwner(), "report.docx", DocumentsFixtures.zip("a.txt", "hello"),
                Classified.publicDocument())).hasMessageContaining("is not a PDF");
        assertThatThrownBy(() -> upload(newOwner(), "report.pdf",
                "%PDF-1.4\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII), Classified.publicDocument()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems().get(0).message()).startsWith("The PDF could not be opened"));
    }

    @Test
    void refusesAnOverSizeFileWithoutReadingItAll() throws IOException {
        long before = filesInStore();
        long limit = settings.maxSize().toBytes();
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> documents.upload(new NewDocument(OWNER, newOwner(), null, "Huge", "huge.txt",
                Classified.publicDocument()), endless))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("file", "The selected file must be 20 MB or smaller")));
        assertThat(endless.read).isEqualTo(limit + 1);
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void refusesAnEmptyFileAndNoFile() {
        assertThatThrownBy(() -> upload(newOwner(), "empty.txt", new byte[0], Classified.publicDocument()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("file", "The selected file is empty")));
        assertThatThrownBy(() -> upload(newOwner(), "", new byte[0], Classified.publicDocument()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("file", "Select a file to upload")));
        assertThatThrownBy(() -> documents.upload(new NewDocument(OWNER, newOwner(), null, "No file", null,
                Classified.publicDocument()), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("file", "Select a file to upload")));
    }

    @Test
    void keepsOnlyTheNameOfAPathAndWritesNothingOutsideTheStore() throws IOException {
        Path root = settings.storeDir().toAbsolutePath().normalize();
        Path outside = root.resolve("../../x").normalize();
        Files.deleteIfExists(outside);

        Document d = upload(newOwner(), "../../x", "escape attempt".getBytes(StandardCharsets.UTF_8),
                Classified.publicDocument());

        assertThat(d.fileName()).isEqualTo("x");
        assertThat(outside).doesNotExist();
        assertThat(root.resolveSibling("x")).doesNotExist();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.getFileName().toString())
                            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        }
    }

    @Test
    void refusesANameThatIsOnlyAPath() {
        assertThatThrownBy(() -> upload(newOwner(), "../..", "text".getBytes(StandardCharsets.UTF_8),
                Classified.publicDocument()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("file"));
    }

    @ParameterizedTest(name = "{0} paragraph={1} reason={2} summary={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "null", emptyValue = "", value = {
            "PUBLIC       | null | null   | null    | ''",
            "EXEMPT       | 3    | reason | summary | ''",
            "EXEMPT       | null | reason | summary | paragraph",
            "EXEMPT       | 8    | reason | summary | paragraph",
            "EXEMPT       | 3    | '  '   | summary | publicInterestReason",
            "EXEMPT       | 3    | reason | null    | publicSummary",
            "EXEMPT       | null | null   | null    | paragraph publicInterestReason publicSummary",
            "CONFIDENTIAL | null | reason | summary | ''",
            "CONFIDENTIAL | 3    | null   | summary | publicInterestReason",
            "CONFIDENTIAL | null | reason | ''      | publicSummary",
            "null         | 3    | reason | summary | classification"})
    void checksTheClassification(Classification level, Integer paragraph, String reason, String summary,
            String fieldsAtFault) {
        Classified classified = new Classified(level, paragraph, reason, summary);
        String owner = newOwner();

        if (fieldsAtFault.isEmpty()) {
            Document d = upload(owner, "a.txt", "text".getBytes(StandardCharsets.UTF_8), classified);
            assertThat(d.classification()).isEqualTo(level);
            assertThat(d.paragraph()).isEqualTo(level == Classification.EXEMPT ? paragraph : null);
            assertThat(d.publicSummary()).isEqualTo(level == Classification.PUBLIC ? null : summary);
        } else {
            assertThatThrownBy(() -> upload(owner, "a.txt", "text".getBytes(StandardCharsets.UTF_8), classified))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly(fieldsAtFault.split(" ")));
            assertThat(documents.documentsOf(OWNER, owner)).isEmpty();
        }
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        assertThatThrownBy(() -> documents.upload(new NewDocument(OWNER, newOwner(), null, " ", "run.exe",
                new Classified(Classification.EXEMPT, null, null, null)),
                new ByteArrayInputStream(DocumentsFixtures.executable())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("file", "title", "paragraph", "publicInterestReason", "publicSummary"));
    }

    @Test
    void reclassifiesRecordingWhoAndWhenAndRefusesAStaleVersion() {
        Document d = upload(newOwner(), "a.txt", "text".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());

        Document exempt = documents.classify(d.id(), d.version(),
                Classified.exempt(1, "Names a member of staff", "A staffing matter"));

        assertThat(exempt.classification()).isEqualTo(Classification.EXEMPT);
        assertThat(exempt.paragraph()).isEqualTo(1);
        assertThat(exempt.version()).isEqualTo(d.version() + 1);
        assertThat(exempt.classifiedAt()).isAfterOrEqualTo(d.classifiedAt());
        assertThat(audit.historyOf(DocumentManagement.DOCUMENT, d.id()).get(0).changes())
                .anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("Classification");
                    assertThat(c.from()).isEqualTo("Public");
                    assertThat(c.to()).isEqualTo("Exempt");
                });
        assertThatThrownBy(() -> documents.classify(d.id(), d.version(), Classified.publicDocument()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> documents.classify(d.id(), exempt.version(),
                new Classified(Classification.EXEMPT, 9, "x", "y")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("paragraph"));
    }

    @Test
    void deletesADocumentWithItsFileAndRecordsIt() throws IOException {
        Document d = upload(newOwner(), "a.txt", "text".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());
        long before = filesInStore();

        documents.delete(d.id());

        assertThat(filesInStore()).isEqualTo(before - 1);
        assertThatThrownBy(() -> documents.require(d.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.historyOf(DocumentManagement.DOCUMENT, d.id()).get(0).action())
                .isEqualTo(AuditAction.DELETED);
    }

    @Test
    void removesTheFileWhenTheUploadsTransactionRollsBack() throws IOException {
        long before = filesInStore();
        String owner = newOwner();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            upload(owner, "a.txt", "text".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());
            throw new IllegalStateException("the owner's own change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(documents.documentsOf(OWNER, owner)).isEmpty();
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void listsSeveralOwnersDocumentsInUploadOrder() {
        String first = newOwner();
        String second = newOwner();
        String none = newOwner();
        Document a = upload(first, "a.txt", "a".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());
        Document b = upload(second, "b.txt", "b".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());
        Document c = upload(first, "c.txt", "c".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());

        Map<String, List<Document>> byOwner = documents.documentsOf(OWNER, List.of(none, second, first));

        assertThat(byOwner.keySet()).containsExactly(none, second, first);
        assertThat(byOwner.get(none)).isEmpty();
        assertThat(byOwner.get(second)).extracting(Document::id).containsExactly(b.id());
        assertThat(byOwner.get(first)).extracting(Document::id).containsExactly(a.id(), c.id());
        assertThat(documents.documentsOf(OWNER, first)).extracting(Document::id).containsExactly(a.id(), c.id());
        assertThat(documents.documentsOf(OWNER, List.of())).isEmpty();
    }

    @Test
    void showsEachViewerOnlyWhatTheyMayRead() {
        long committee = childrenCommittee(directory);
        String owner = newOwner();
        Document open = documents.upload(new NewDocument(OWNER, owner, committee, uniqueTitle("Open"), "open.txt",
                Classified.publicDocument()), text("open"));
        Document exempt = documents.upload(new NewDocument(OWNER, owner, committee, uniqueTitle("Exempt"),
                "exempt.txt", Classified.exempt(3, "Commercially sensitive", "Costs")), text("secret"));
        Document confidential = documents.upload(new NewDocument(OWNER, owner, null, uniqueTitle("Confidential"),
                "c.txt", Classified.confidential("A court order forbids disclosure", "A legal matter")), text("x"));

        assertThat(documents.readableOf(null, OWNER, owner)).containsExactly(open);
        assertThat(documents.readableOf(viewer(accounts, "councillor"), OWNER, owner)).containsExactly(open);
        assertThat(documents.readableOf(viewer(accounts, "scrutiny.member"), OWNER, owner))
                .containsExactly(open, exempt);
        assertThat(documents.readableOf(viewer(accounts, "scrutiny.chair"), OWNER, owner))
                .containsExactly(open, exempt);
        assertThat(documents.readableOf(viewer(accounts, "scrutiny.officer"), OWNER, owner))
                .containsExactly(open, exempt, confidential);
        assertThat(documents.readableOf(viewer(accounts, "monitoring.officer"), OWNER, owner))
                .containsExactly(open, exempt, confidential);
        assertThat(documents.readableOf(viewer(accounts, "chief.executive"), OWNER, owner))
                .containsExactly(open, exempt, confidential);
        assertThat(documents.readableOf(viewer(accounts, "admin"), OWNER, owner)).containsExactly(open);
        assertThat(documents.readableOf(viewer(accounts, "cabinet.member"), OWNER, owner)).containsExactly(open);
        assertThatThrownBy(() -> documents.open(viewer(accounts, "councillor"), exempt.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("Document " + exempt.id() + " was not found");
    }

    @Test
    void refusesAnUnknownCommittee() {
        assertThatThrownBy(() -> documents.upload(new NewDocument(OWNER, newOwner(), 999_999L, "T", "a.txt",
                Classified.publicDocument()), text("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    private Document upload(String owner, String name, byte[] content, Classified classified) {
        return documents.upload(new NewDocument(OWNER, owner, null, uniqueTitle("Document"), name, classified),
                new ByteArrayInputStream(content));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String newOwner() {
        return UUID.randomUUID().toString();
    }

    private long filesInStore() throws IOException {
        Path root = settings.storeDir();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** An upload that never ends, counting what was read. */
    static final class CountingEndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }
}
