package org.scrutineer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.documents.internal.DocumentStore;
import org.scrutineer.documents.internal.DocumentStore.Received;
import org.scrutineer.documents.internal.Documents;
import org.scrutineer.documents.internal.FileNames;
import org.scrutineer.documents.internal.FileType;
import org.scrutineer.documents.internal.PdfWatermark;
import org.scrutineer.documents.internal.ReadAccess;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.Viewer;
import org.scrutineer.platform.Viewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents module's face, and the one place that decides who may see what.
 * <p>
 * <b>Who may read a document</b> ({@link #mayRead}; deny by default):
 * <ul>
 * <li>{@link Classification#PUBLIC public}: anyone, including a visitor who has not signed in;</li>
 * <li>{@link Classification#EXEMPT exempt} or {@link Classification#CONFIDENTIAL confidential}: a viewer with the
 * role {@code SCRUTINY_OFFICER}, {@code MONITORING_OFFICER} or {@code HEAD_OF_PAID_SERVICE}; or a person who is a
 * current member, in any role (chair, vice-chair, member, co-opted member), of the document's committee. Nobody else;
 * a restricted document with no committee is read only by those roles.</li>
 * </ul>
 * Every module shows documents through this decision ({@link #readableOf}, {@link #open}, {@link #watermarkedPdf}),
 * and a document a viewer may not read is not found, so its existence is not revealed. The public see a restricted
 * document as its public summary only.
 * <p>
 * <b>Uploads</b> are checked here: the file must be non-empty, no larger than {@code scrutineer.documents.max-size}
 * (reading stops past the limit), and by its content a PDF (that PDFBox can open, so that it can be watermarked),
 * Word, Excel or PowerPoint document, OpenDocument file, PNG or JPEG image, or UTF-8 text; its name is kept without
 * any path and never used to store it. Exempt documents need a Schedule 12A paragraph and the public interest
 * reasoning, confidential ones a reason, both a public summary (LGA 2000 s9FG). Every change is written to the
 * audit history ({@value #DOCUMENT}) in the same transaction; a file is removed from the store if that transaction
 * rolls back, and a deleted document's file once it commits. Whether a person may upload, reclassify or delete a
 * document of an owner is for the owning module to decide.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

    /** Audit record type. */
    public static final String DOCUMENT = "document";

    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 5_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Documents documents;
    private final DocumentStore store;
    private final DocumentSettings settings;
    private final DirectoryManagement directory;
    private final AuditHistory audit;
    private final Optional<Viewers> viewers;
    private final Clock clock;

    DocumentManagement(Documents documents, DocumentStore store, DocumentSettings settings,
            DirectoryManagement directory, AuditHistory audit, Optional<Viewers> viewers, Optional<Clock> clock) {
        this.documents = documents;
        this.store = store;
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
        this.viewers = viewers;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The module's settings (the size limit to tell people). */
    public DocumentSettings settings() {
        return settings;
    }

    // --- uploading and classifying ----------------------------------------------------------------------------------

    /**
     * Checks, stores and records a document, and writes its creation to the audit history. Refused with a
     * {@link RuleViolationException} naming each field at fault: {@code file} (none, empty, too large, not an accepted
     * type, an unusable name), {@code title}, {@code classification}, {@code paragraph},
     * {@code publicInterestReason}, {@code publicSummary}. Nothing is kept when refused.
     *
     * @param doc what the document is and how it is classified
     * @param content the file's content (not closed here); null when no file was chosen
     */
    @Transactional
    public Document upload(NewDocument doc, InputStream content) {
        if (doc == null || blank(doc.ownerType()) || blank(doc.ownerId())) {
            throw new IllegalArgumentException("A document needs an owner type and id");
        }
        if (doc.committeeId() != null && directory.committee(new CommitteeId(doc.committeeId())).isEmpty()) {
            throw new IllegalArgumentException("There is no committee " + doc.committeeId());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String fileName = FileNames.sanitise(doc.fileName());
        Received received = null;
        try {
            FileType type = null;
            if (content == null) {
                problems.add(new FieldProblem("file", "Select a file to upload"));
            } else {
                received = store.receive(content, settings.maxSize().toBytes());
                type = checkFile(received, doc.fileName(), fileName, problems);
            }
            String title = checkTitle(doc.title(), problems);
            Classified classified = checkClassification(doc.classification(), problems);
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            Received accepted = received;
            String key = store.keep(accepted);
            received = null; // the store holds it now; it is removed if the transaction rolls back
            removeOnRollback(key);
            DocumentId id = documents.insert(new Documents.NewRow(doc.ownerType().strip(), doc.ownerId().strip(),
                    doc.committeeId(), title, fileName, type.mediaType(), accepted.size(), accepted.sha256(), key,
                    classified, actorName(), now()));
            Document created = require(id);
            audit.created(DOCUMENT, id, snapshot(created));
            return created;
        } finally {
            store.discard(received);
        }
    }

    /**
     * Reclassifies a document, recording who did it and when, and writes the change to the audit history. Refused as
     * {@link #upload} refuses a classification; a {@code version} other than the current one is a conflict.
     */
    @Transactional
    public Document classify(DocumentId id, int version, Classified classification) {
        Document before = require(id);
        List<FieldProblem> problems = new ArrayList<>();
        Classified checked = checkClassification(classification, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (!documents.classify(id, version, checked, actorName(), now())) {
            throw new ConflictException("The document " + before.title());
        }
        Document after = require(id);
        audit.changed(DOCUMENT, id, snapshot(before), snapshot(after));
        return after;
    }

    /** Deletes a document and, once the transaction commits, its file; writes the deletion to the audit history. */
    @Transactional
    public void delete(DocumentId id) {
        Document d = require(id);
        String key = documents.storageKey(id).orElseThrow();
        documents.delete(id);
        audit.deleted(DOCUMENT, id, snapshot(d));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.remove(key);
            }
        });
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /**
     * A document's record, whoever asks: for owner modules deciding what to show. Check {@link #mayRead} before
     * showing anything of a restricted document but its public summary.
     */
    public Document require(DocumentId id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document " + id));
    }

    /** An owner's documents in the order they were uploaded, restricted ones included (see {@link #readableOf}). */
    public List<Document> documentsOf(String ownerType, String ownerId) {
        return documents.of(ownerType, ownerId);
    }

    /**
     * Several owners' documents at once (for lists and agenda packs), keyed by owner id in the order given, each in
     * the order uploaded; an owner with none has an empty list. Restricted ones are included.
     */
    public Map<String, List<Document>> documentsOf(String ownerType, Collection<String> ownerIds) {
        Map<String, List<Document>> byOwner = new LinkedHashMap<>();
        for (String id : ownerIds) {
            byOwner.put(id, new ArrayList<>());
        }
        if (!byOwner.isEmpty()) {
            for (Document d : documents.of(ownerType, byOwner.keySet())) {
                byOwner.get(d.ownerId()).add(d);
            }
        }
        byOwner.replaceAll((k, v) -> List.copyOf(v));
        return byOwner;
    }

    /**
     * Whether the viewer may read the document (see the class description): public documents anyone; exempt and
     * confidential ones scrutiny officers, the monitoring officer, the head of paid service and current members of
     * the document's committee. The viewer is null for a visitor who has not signed in.
     */
    public boolean mayRead(Viewer viewer, Document d) {
        if (d == null) {
            return false;
        }
        Set<Long> committees = needsMemberships(viewer, d) ? currentCommittees(viewer) : Set.of();
        return ReadAccess.permits(viewer, d.classification(), d.committeeId(), committees);
    }

    /** An owner's documents the viewer may read, in the order they were uploaded. */
    public List<Document> readableOf(Viewer viewer, String ownerType, String ownerId) {
        return readable(viewer, documents.of(ownerType, ownerId));
    }

    /** Of the documents given, those the viewer may read, in the same order (one look-up of the viewer's seats). */
    public List<Document> readable(Viewer viewer, Collection<Document> candidates) {
        Set<Long> committees = candidates.stream().anyMatch(d -> needsMemberships(viewer, d))
                ? currentCommittees(viewer) : Set.of();
        return candidates.stream()
                .filter(d -> ReadAccess.permits(viewer, d.classification(), d.committeeId(), committees)).toList();
    }

    /**
     * Opens a document the viewer may read; one they may not is not found (as one that does not exist), so that its
     * existence is not revealed. Close the content once read.
     */
    public DocumentContent open(Viewer viewer, DocumentId id) {
        Document d = readableDocument(viewer, id);
        String key = documents.storageKey(id).orElseThrow(() -> new NotFoundException("Document " + id));
        return new DocumentContent(d, store.open(key));
    }

    /**
     * A PDF the viewer may read, as supplied to them: a restricted one with every page stamped, top and bottom,
     * "EXEMPT – paragraph N – supplied to <i>name</i> on <i>date</i>" (or "CONFIDENTIAL – supplied to ..."); a public
     * one unchanged. Not found if the viewer may not read it.
     *
     * @throws IllegalArgumentException if the document is not a PDF
     */
    public byte[] watermarkedPdf(Viewer viewer, String viewerName, DocumentId id) {
        Document d = readableDocument(viewer, id);
        if (!d.pdf()) {
            throw new IllegalArgumentException("Document " + id + " is not a PDF");
        }
        Path file = store.file(documents.storageKey(id).orElseThrow());
        if (!d.restricted()) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PdfWatermark.stamp(file, watermark(d, viewerName));
    }

    /** The line stamped on a restricted PDF supplied to someone today. */
    public String watermark(Document d, String viewerName) {
        String who = blank(viewerName) ? "an unnamed reader" : viewerName.strip();
        String supplied = "supplied to " + who + " on " + LocalDate.now(clock).format(DAY);
        return switch (d.classification()) {
            case EXEMPT -> "EXEMPT \u2013 paragraph " + d.paragraph() + " \u2013 " + supplied;
            case CONFIDENTIAL -> "CONFIDENTIAL \u2013 " + supplied;
            case PUBLIC -> "";
        };
    }

    /**
     * The name of the person signed in to the current request, as the directory gives it (or the account's name for
     * an account with no person), for watermarks; null when no one is signed in.
     */
    public String currentViewerName() {
        Optional<Viewer> viewer = viewers.flatMap(Viewers::current);
        if (viewer.isEmpty()) {
            return null;
        }
        return Optional.ofNullable(viewer.get().personId()).flatMap(p -> directory.person(new PersonId(p)))
                .map(Person::fullName).orElse(AuditHistory.currentActor());
    }

    /** The viewer signed in to the current request, or null for a visitor. */
    public Viewer currentViewer() {
        return viewers.flatMap(Viewers::current).orElse(null);
    }

    // --- rules ------------------------------------------------------------------------------------------------------

    private FileType checkFile(Received received, String givenName, String fileName, List<FieldProblem> problems) {
        if (received.tooLarge()) {
            problems.add(new FieldProblem("file", "The selected file must be " + settings.maxSizeLabel()
                    + " or smaller"));
            return null;
        }
        if (received.size() == 0) {
            problems.add(new FieldProblem("file", blank(givenName) ? "Select a file to upload"
                    : "The selected file is empty"));
            return null;
        }
        if (fileName.isEmpty()) {
            problems.add(new FieldProblem("file", "The selected file's name cannot be used: rename the file and "
                    + "upload it again"));
            return null;
        }
        Optional<FileType> type = FileType.of(received.file());
        if (type.isEmpty() || FileType.runnableName(fileName)) {
            problems.add(new FieldProblem("file", FileType.NOT_ACCEPTED));
            return null;
        }
        if (type.get() == FileType.PDF && !PdfWatermark.readable(received.file())) {
            problems.add(new FieldProblem("file", "The PDF could not be opened: it may be damaged or protected by "
                    + "a password. Save it again without a password and upload it"));
            return null;
        }
        return type.get();
    }

    private static String checkTitle(String title, List<FieldProblem> problems) {
        if (blank(title)) {
            problems.add(new FieldProblem("title", "Enter the document's title"));
            return null;
        }
        if (title.strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "The title must be " + MAX_TITLE + " characters or fewer"));
        }
        return title.strip();
    }

    /** The classification with what does not apply to its level cleared, adding a problem for each rule broken. */
    private static Classified checkClassification(Classified c, List<FieldProblem> problems) {
        if (c == null || c.level() == null) {
            problems.add(new FieldProblem("classification",
                    "Select whether the document is public, exempt or confidential"));
            return null;
        }
        String reason = trimmed(c.publicInterestReason());
        String summary = trimmed(c.publicSummary());
        Integer paragraph = c.level() == Classification.EXEMPT ? c.paragraph() : null;
        switch (c.level()) {
            case PUBLIC -> {
                return Classified.publicDocument();
            }
            case EXEMPT -> {
                if (!ExemptParagraph.valid(paragraph)) {
                    problems.add(new FieldProblem("paragraph",
                            "Select the paragraph of Schedule 12A that makes the document exempt"));
                }
                if (reason == null) {
                    problems.add(new FieldProblem("publicInterestReason", "Explain why the public interest in "
                            + "keeping the document exempt outweighs the public interest in disclosing it"));
                }
            }
            case CONFIDENTIAL -> {
                if (reason == null) {
                    problems.add(new FieldProblem("publicInterestReason",
                            "Give the reason the document is confidential information"));
                }
            }
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            problems.add(new FieldProblem("publicInterestReason",
                    "The reason must be " + MAX_TEXT + " characters or fewer"));
        }
        if (summary == null) {
            problems.add(new FieldProblem("publicSummary", "Enter a summary for the public: what the document is "
                    + "about, without the information withheld"));
        } else if (summary.length() > MAX_TEXT) {
            problems.add(new FieldProblem("publicSummary",
                    "The summary must be " + MAX_TEXT + " characters or fewer"));
        }
        return new Classified(c.level(), paragraph, reason, summary);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private Document readableDocument(Viewer viewer, DocumentId id) {
        Document d = documents.find(id).orElse(null);
        if (d == null || !mayRead(viewer, d)) {
            throw new NotFoundException("Document " + id);
        }
        return d;
    }

    private static boolean needsMemberships(Viewer viewer, Document d) {
        return d.restricted() && d.committeeId() != null && viewer != null && viewer.personId() != null
                && !ReadAccess.entitledByRole(viewer);
    }

    private Set<Long> currentCommittees(Viewer viewer) {
        if (viewer == null || viewer.personId() == null) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        return directory.membershipsOf(new PersonId(viewer.personId())).stream().filter(m -> m.currentOn(today))
                .map(m -> m.committeeId().value()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void removeOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.remove(key);
                    }
                }
            });
        }
    }

    private String actorName() {
        String name = currentViewerName();
        return name == null ? AuditHistory.currentActor() : name;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<String, Object> snapshot(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Owner", d.ownerType() + " " + d.ownerId());
        m.put("Committee", d.committeeId());
        m.put("Title", d.title());
        m.put("File name", d.fileName());
        m.put("Type", d.mediaType());
        m.put("Size (bytes)", d.size());
        m.put("SHA-256", d.sha256());
        m.put("Classification", d.classification().label());
        m.put("Schedule 12A paragraph", d.paragraph());
        m.put("Reason withheld", d.publicInterestReason());
        m.put("Public summary", d.publicSummary());
        m.put("Classified by", d.classifiedBy());
        return m;
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
