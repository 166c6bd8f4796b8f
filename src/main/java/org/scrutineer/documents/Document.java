package org.scrutineer.documents;

import java.time.Instant;

import org.scrutineer.documents.internal.FileType;

/**
 * A stored document and its classification. Show it only to a viewer {@link DocumentManagement#mayRead may read}
 * it; to others a restricted document is at most its {@link #publicSummary()}.
 *
 * @param id its id
 * @param ownerType what it belongs to (e.g. {@code agenda-item})
 * @param ownerId the owner's id
 * @param committeeId the committee whose current members may read it when restricted (may be null)
 * @param title what it is
 * @param fileName the uploaded file's name without any path, used to name downloads
 * @param mediaType the type its content showed it to be (never the name's or the browser's claim)
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, in hexadecimal
 * @param classification public, exempt or confidential
 * @param paragraph the Schedule 12A paragraph when exempt
 * @param publicInterestReason why it is withheld (exempt: the public interest test; confidential: the reason)
 * @param publicSummary what the public see in its place when restricted
 * @param classifiedBy who classified it last
 * @param classifiedAt when
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param version changes with each reclassification, for optimistic locking
 */
public record Document(DocumentId id, String ownerType, String ownerId, Long committeeId, String title,
        String fileName, String mediaType, long size, String sha256, Classification classification, Integer paragraph,
        String publicInterestReason, String publicSummary, String classifiedBy, Instant classifiedAt,
        String uploadedBy, Instant uploadedAt, int version) {

    /** Whether it is exempt or confidential, so shown only to those entitled. */
    public boolean restricted() {
        return classification != Classification.PUBLIC;
    }

    /** The Schedule 12A paragraph when exempt, otherwise null. */
    public ExemptParagraph exemptParagraph() {
        return classification == Classification.EXEMPT && ExemptParagraph.valid(paragraph)
                ? ExemptParagraph.of(paragraph) : null;
    }

    /**
     * The marking shown beside a restricted document to those entitled to it ("Exempt information (Schedule 12A
     * paragraph 3)", "Confidential"); null when public.
     */
    public String marking() {
        return switch (classification) {
            case PUBLIC -> null;
            case EXEMPT -> "Exempt information (Schedule 12A paragraph " + paragraph + ")";
            case CONFIDENTIAL -> "Confidential";
        };
    }

    /** Whether the content is a PDF (the only type watermarked for its viewer). */
    public boolean pdf() {
        return FileType.PDF.mediaType().equals(mediaType);
    }

    /** The kind of file in words ("PDF", "Word document", "PNG image"...). */
    public String typeLabel() {
        return FileType.labelOf(mediaType);
    }

    /** The size in words ("512 bytes", "34 KB", "1.2 MB"). */
    public String sizeLabel() {
        if (size < 1024) {
            return size + (size == 1 ? " byte" : " bytes");
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        double mb = size / (1024.0 * 1024.0);
        return (mb < 10 ? String.format(java.util.Locale.UK, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
    }

    /** Where the file is downloaded from. */
    public String path() {
        return "/documents/" + id.value();
    }
}
