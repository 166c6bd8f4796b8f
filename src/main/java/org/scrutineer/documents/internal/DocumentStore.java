package org.scrutineer.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.scrutineer.documents.DocumentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps document files in a directory every node reaches ({@code scrutineer.documents.store-dir}): each under a key
 * the store generates (a random UUID, in a sub-directory named by its first two characters), never under a name
 * from an upload, so no path from a request reaches the file system. An upload is first written to
 * {@code .incoming/} inside the store, counted and hashed as it goes, and moved into place only once accepted.
 */
@Component
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    DocumentStore(DocumentSettings settings) {
        this.root = settings.storeDir().toAbsolutePath().normalize();
        this.incoming = root.resolve(".incoming");
    }

    /** The directory the store keeps its files in. */
    public Path root() {
        return root;
    }

    /**
     * Copies an upload to a temporary file in the store, reading at most one byte more than {@code limit}: a larger
     * upload is not read further, and its temporary file is already removed when this returns.
     */
    public Received receive(InputStream content, long limit) {
        try {
            Files.createDirectories(incoming);
            Path temp = incoming.resolve(UUID.randomUUID() + ".part");
            MessageDigest sha = sha256();
            long size = 0;
            boolean tooLarge = false;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) > 0) {
                    size += n;
                    if (size > limit) {
                        tooLarge = true;
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            if (tooLarge) {
                Files.deleteIfExists(temp);
                return new Received(null, size, null, true);
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha.digest()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive an upload into the document store", e);
        }
    }

    /** Moves an accepted upload into place and returns the key it is kept under. */
    public String keep(Received received) {
        String key = UUID.randomUUID().toString();
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(received.file(), target);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an upload in the document store", e);
        }
    }

    /** Removes an upload that was not accepted. */
    public void discard(Received received) {
        if (received != null && received.file() != null) {
            deleteQuietly(received.file());
        }
    }

    /** The content kept under a key. */
    public InputStream open(String key) {
        try {
            return Files.newInputStream(file(key));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("The document store has no file " + key, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file kept under a key (which must be one the store generated). */
    public Path file(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document store key: " + key);
        }
        Path file = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not a document store key: " + key);
        }
        return file;
    }

    /** Removes the file kept under a key, if it is there. */
    public void remove(String key) {
        deleteQuietly(file(key));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {} from the document store", file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An upload received into the store's temporary area.
     *
     * @param file the temporary file (null when the upload was too large)
     * @param size the bytes read (when too large, one more than the limit)
     * @param sha256 the content's SHA-256 in hexadecimal (null when too large)
     * @param tooLarge whether the upload was larger than the limit
     */
    public record Received(Path file, long size, String sha256, boolean tooLarge) {
    }
}
