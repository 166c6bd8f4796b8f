package org.scrutineer.documents;

/**
 * A document to upload.
 *
 * @param ownerType what the document belongs to, in the owning module's words (e.g. {@code agenda-item})
 * @param ownerId the owner's id
 * @param committeeId the committee whose current members may read it when it is exempt or confidential (null: only
 *                    the roles entitled to all restricted documents may)
 * @param title what the document is, as people see it
 * @param fileName the name the file was uploaded with; any path is removed and it is kept only to name downloads
 * @param classification public, exempt or confidential, with the reasons and public summary
 */
public record NewDocument(String ownerType, String ownerId, Long committeeId, String title, String fileName,
        Classified classification) {
}
