package org.scrutineer.documents;

import java.util.Locale;

/**
 * The classification fields of an upload form, as owner modules' forms receive them (the inputs of
 * {@code templates/documents/fragments.html :: uploadFields} have these names, which are also the field names of the
 * problems {@link DocumentManagement#upload} reports).
 *
 * @param title the document's title
 * @param classification {@code PUBLIC}, {@code EXEMPT} or {@code CONFIDENTIAL} (any case)
 * @param paragraph the Schedule 12A paragraph when exempt
 * @param publicInterestReason why it is withheld
 * @param publicSummary what the public see in its place
 */
public record DocumentUpload(String title, String classification, Integer paragraph, String publicInterestReason,
        String publicSummary) {

    /**
     * The classification given. A missing or unknown classification gives a level of null, which the facade refuses
     * naming the field {@code classification}; the other values are kept so a form can show them again.
     */
    public Classified classified() {
        Classification level = null;
        if (classification != null && !classification.isBlank()) {
            try {
                level = Classification.valueOf(classification.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                level = null;
            }
        }
        return new Classified(level, paragraph, publicInterestReason, publicSummary);
    }

    /** The upload as the facade takes it, for a file of the given name belonging to the given owner. */
    public NewDocument toNewDocument(String ownerType, String ownerId, Long committeeId, String fileName) {
        return new NewDocument(ownerType, ownerId, committeeId, title, fileName, classified());
    }
}
