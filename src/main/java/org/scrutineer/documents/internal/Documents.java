package org.scrutineer.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.scrutineer.documents.Classification;
import org.scrutineer.documents.Classified;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document table. */
@Repository
public class Documents {

    private static final String COLUMNS = "id, owner_type, owner_id, committee_id, title, file_name, media_type, "
            + "size_bytes, sha256, classification, paragraph, public_interest_reason, public_summary, classified_by, "
            + "classified_at, uploaded_by, uploaded_at, version";

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new document's row, as checked by the facade. */
    public record NewRow(String ownerType, String ownerId, Long committeeId, String title, String fileName,
            String mediaType, long size, String sha256, String storageKey, Classified classification, String by,
            Instant at) {
    }

    public DocumentId insert(NewRow r) {
        Classified c = r.classification();
        return new DocumentId(jdbc.sql("""
                insert into document (owner_type, owner_id, committee_id, title, file_name, media_type, size_bytes,
                    sha256, storage_key, classification, paragraph, public_interest_reason, public_summary,
                    classified_by, classified_at, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(r.ownerType(), r.ownerId(), r.committeeId(), r.title(), r.fileName(), r.mediaType(), r.size(),
                        r.sha256(), r.storageKey(), c.level().name(), c.paragraph(), c.publicInterestReason(),
                        c.publicSummary(), r.by(), Timestamp.from(r.at()), r.by(), Timestamp.from(r.at()))
                .query(Long.class).single());
    }

    public Optional<Document> find(DocumentId id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /** Where a document's file is kept. */
    public Optional<String> storageKey(DocumentId id) {
        return jdbc.sql("select storage_key from document where id = ?").param(id.value()).query(String.class)
                .optional();
    }

    /** An owner's documents in the order they were uploaded. */
    public List<Document> of(String ownerType, String ownerId) {
        return jdbc.sql("select " + COLUMNS + " from document where owner_type = ? and owner_id = ? "
                        + "order by uploaded_at, id")
                .params(ownerType, ownerId).query((rs, n) -> map(rs)).list();
    }

    /** Several owners' documents, each owner's in the order they were uploaded. */
    public List<Document> of(String ownerType, Collection<String> ownerIds) {
        return jdbc.sql("select " + COLUMNS + " from document where owner_type = :type and owner_id in (:ids) "
                        + "order by owner_id, uploaded_at, id")
                .param("type", ownerType).param("ids", ownerIds).query((rs, n) -> map(rs)).list();
    }

    /** Changes the classification if the version is the one given; false if someone changed it first. */
    public boolean classify(DocumentId id, int version, Classified c, String by, Instant at) {
        return jdbc.sql("""
                update document set classification = ?, paragraph = ?, public_interest_reason = ?, public_summary = ?,
                    classified_by = ?, classified_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.level().name(), c.paragraph(), c.publicInterestReason(), c.publicSummary(), by,
                        Timestamp.from(at), id.value(), version)
                .update() == 1;
    }

    public void delete(DocumentId id) {
        jdbc.sql("delete from document where id = ?").param(id.value()).update();
    }

    private static Document map(ResultSet rs) throws SQLException {
        long committee = rs.getLong("committee_id");
        Long committeeId = rs.wasNull() ? null : committee;
        int paragraph = rs.getInt("paragraph");
        Integer p = rs.wasNull() ? null : paragraph;
        return new Document(new DocumentId(rs.getLong("id")), rs.getString("owner_type"), rs.getString("owner_id"),
                committeeId, rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), Classification.valueOf(rs.getString("classification")),
                p, rs.getString("public_interest_reason"), rs.getString("public_summary"),
                rs.getString("classified_by"), rs.getTimestamp("classified_at").toInstant(),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("version"));
    }
}
