package org.scrutineer.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.documents.DocumentSettings;
import org.springframework.util.unit.DataSize;

/** The store keeps files under keys it makes, and stops reading an upload past the limit. */
class DocumentStoreTests {

    @TempDir
    Path dir;

    @Test
    void stopsReadingAnUploadOnceItPassesTheLimit() throws IOException {
        DocumentStore store = store();
        EndlessStream endless = new EndlessStream();

        DocumentStore.Received received = store.receive(endless, 1000);

        assertThat(received.tooLarge()).isTrue();
        assertThat(endless.read).isEqualTo(1001);
        assertThat(filesIn(store.root())).isEmpty();
    }

    @Test
    void keepsAnUploadUnderAGeneratedKeyWithItsHash() throws IOException {
        DocumentStore store = store();
        byte[] content = "abc".getBytes(StandardCharsets.UTF_8);

        DocumentStore.Received received = store.receive(new ByteArrayInputStream(content), 1000);
        String key = store.keep(received);

        assertThat(received.size()).isEqualTo(3);
        assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(key).matches("[0-9a-f-]{36}");
        assertThat(store.file(key)).startsWith(store.root()).hasBinaryContent(content);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(filesIn(store.root())).containsExactly(store.file(key));
        store.remove(key);
        assertThat(filesIn(store.root())).isEmpty();
    }

    @Test
    void acceptsAnUploadOfExactlyTheLimit() {
        DocumentStore.Received received = store().receive(new ByteArrayInputStream(new byte[1000]), 1000);

        assertThat(received.tooLarge()).isFalse();
        assertThat(received.size()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "x", "00000000-0000-0000-0000-00000000000/", "",
            "ABCDEF00-0000-0000-0000-000000000000"})
    void refusesAKeyItDidNotMake(String key) {
        DocumentStore store = store();

        assertThatThrownBy(() -> store.file(key)).isInstanceOf(IllegalArgumentException.class);
    }

    private DocumentStore store() {
        return new DocumentStore(new DocumentSettings(DataSize.ofKilobytes(1), dir.resolve("documents")));
    }

    private static java.util.List<Path> filesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** An upload that never ends, counting the bytes read from it. */
    static final class EndlessStream extends InputStream {

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
