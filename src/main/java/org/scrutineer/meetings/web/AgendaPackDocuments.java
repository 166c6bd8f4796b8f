package org.scrutineer.meetings.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Actor;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.Viewer;
import org.springframework.stereotype.Component;

/**
 * The documents attached to agenda items (owner type {@value MeetingManagement#AGENDA_ITEM}, owner id the item's
 * id), as a reader sees them in a pack, a page or the API. The documents module decides who may read each document;
 * on top of that, an item whose content is withheld from the reader (a private item, for someone not entitled to
 * exempt information) shows no documents at all, as it shows no aims or report.
 */
@Component
class AgendaPackDocuments {

    private final DocumentManagement documents;

    AgendaPackDocuments(DocumentManagement documents) {
        this.documents = documents;
    }

    /**
     * Each item's documents for the reader, keyed by item id, in upload order; the reader is null for the public.
     * A document the reader may not read is kept, marked unreadable, so that its public summary can stand in for it.
     */
    Map<Long, List<ItemDocument>> of(List<AgendaItem> items, Actor reader) {
        List<AgendaItem> shown = items.stream().filter(i -> !withheld(i, reader)).toList();
        Map<String, List<Document>> byItem = documents.documentsOf(MeetingManagement.AGENDA_ITEM,
                shown.stream().map(i -> i.id().toString()).toList());
        List<Document> all = byItem.values().stream().flatMap(List::stream).toList();
        Set<DocumentId> readable = new HashSet<>(documents.readable(viewer(reader), all).stream()
                .map(Document::id).collect(Collectors.toSet()));
        Map<Long, List<ItemDocument>> result = new LinkedHashMap<>();
        for (AgendaItem i : items) {
            List<ItemDocument> list = new ArrayList<>();
            for (Document d : byItem.getOrDefault(i.id().toString(), List.of())) {
                list.add(new ItemDocument(d, readable.contains(d.id())));
            }
            result.put(i.id().value(), List.copyOf(list));
        }
        return result;
    }

    /** A PDF the reader may read, as supplied to them (a restricted one stamped with their name on every page). */
    byte[] pdf(Actor reader, Document d) {
        return documents.watermarkedPdf(viewer(reader), reader == null ? null : reader.name(), d.id());
    }

    /** Whether the item's content, and so its documents, is withheld from the reader. */
    private static boolean withheld(AgendaItem i, Actor reader) {
        return i.inPrivate() && (reader == null || i.withheld());
    }

    /** The actor as the documents module knows a reader; null for the public. */
    static Viewer viewer(Actor actor) {
        if (actor == null) {
            return null;
        }
        return new Viewer(actor.person() == null ? null : actor.person().value(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * A document of an item as the reader sees it.
     *
     * @param document the document
     * @param readable whether the reader may read it (otherwise only its public summary is shown)
     */
    record ItemDocument(Document document, boolean readable) {

        /** Appended to a pack: a PDF the reader may read. */
        public boolean appended() {
            return readable && document.pdf();
        }
    }
}
