package dev.pdfbulk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void unpacksTheDriversLibraryOnceUnderAVersionedName() throws Exception {
        // when
        Path library = SqliteNativeLibrary.unpackedIn(dir);

        // then it is the driver's own library for this system, named for its version
        assertThat(library).isNotNull().isRegularFile();
        assertThat(library.getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream original = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(library)).isEqualTo(original.readAllBytes());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(library);
        }

        // and a later run takes that copy as it is
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        assertThat(SqliteNativeLibrary.unpackedIn(dir)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(old);
    }
}
