package org.pizhu.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Reads and saves the citation data the user edited for a document ({@link DocumentMeta}, stored as JSON). */
public final class DocumentMetas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentMetas() {
    }

    /** What was saved for document {@code id}, or {@link DocumentMeta#EMPTY}. */
    public static DocumentMeta get(Library library, long id) {
        library.document(id);
        String json = library.call("read metadata of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM document_meta WHERE document_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }, false);
        if (json == null) {
            return DocumentMeta.EMPTY;
        }
        try {
            return JSON.readValue(json, DocumentMeta.class);
        } catch (JsonProcessingException e) {
            throw new LibraryException("the metadata of document " + id + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Saves {@code meta} for document {@code id}, replacing what was there. */
    public static void put(Library library, long id, DocumentMeta meta) {
        library.document(id);
        String json;
        try {
            json = JSON.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new LibraryException("cannot store metadata: " + e.getOriginalMessage(), e);
        }
        library.call("save metadata of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_meta (document_id, data) VALUES (?, ?)"
                    + " ON CONFLICT (document_id) DO UPDATE SET data = excluded.data")) {
                ps.setLong(1, id);
                ps.setString(2, json);
                ps.executeUpdate();
            }
            return null;
        }, true);
    }
}
