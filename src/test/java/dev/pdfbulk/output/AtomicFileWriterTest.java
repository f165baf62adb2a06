package dev.pdfbulk.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void replacesAnExistingFile() throws IOException {
        // given
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "old");

        // when
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void createsMissingFoldersAndGivesTheFileTheUsualPermissions() throws IOException {
        // given
        Path target = dir.resolve("2024/03/a.csv");
        Path usual = Files.createFile(dir.resolve("usual.csv"));

        // when
        AtomicFileWriter.writeUnforced(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.writeUnforced(dir.resolve("2024/03/b.csv"), out -> out.write('y'));

        // then
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(Files.readString(dir.resolve("2024/03/b.csv"))).isEqualTo("y");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void aFolderThatIsAFileFailsWithoutLeavingAnything() throws IOException {
        // given
        Files.writeString(dir.resolve("taken"), "a file");

        // when / then
        assertThatThrownBy(() -> AtomicFileWriter.writeUnforced(dir.resolve("taken/a.csv"), out -> out.write('x')))
                .isInstanceOf(IOException.class);
        assertThat(listing()).containsExactly(dir.resolve("taken"));
    }

    @Test
    void anUnforcedWriteReplacesTheFileAtOnceAndCanBeForcedLater() throws IOException {
        // given
        Path target = dir.resolve("sub").resolve("a.csv");
        Path other = dir.resolve("b.csv");

        // when
        AtomicFileWriter.writeUnforced(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.writeUnforced(other, out -> out.write("other".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.force(java.util.List.of(target, other));

        // then
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.readString(other)).isEqualTo("other");
        assertThat(AtomicFileWriter.deleteLeftovers(dir)).isZero();
    }

    @Test
    void forcingAFileThatIsGoneFails() {
        assertThatThrownBy(() -> AtomicFileWriter.force(java.util.List.of(dir.resolve("gone.csv"))))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void keepsTheOldFileAndDeletesTheTemporaryOneWhenContentFails() throws IOException {
        // given
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "old");

        // when
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("parser gave up");
        })).hasMessage("parser gave up");

        // then
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void deletesTheTemporaryFileWhenContentThrowsUnchecked() throws IOException {
        // given
        Path target = dir.resolve("b.csv");

        // when
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        // then
        assertThat(listing()).isEmpty();
    }

    @Test
    void deletesTheTemporaryFileWhenTheRenameFails() throws IOException {
        // given a directory where the file should go, so the rename cannot replace it
        Path target = dir.resolve("c.csv");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");

        // when
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1))).isInstanceOf(IOException.class);

        // then
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void contentMayCloseItsStream() throws IOException {
        // given
        Path target = dir.resolve("d.csv");

        // when
        AtomicFileWriter.write(target, out -> {
            out.write('x');
            out.close();
        });

        // then
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void recognisesAndDeletesOnlyItsOwnLeftovers() throws IOException {
        // given a temporary file as a killed process would leave it, and look-alikes that must survive
        Path nested = Files.createDirectories(dir.resolve("2024"));
        Path leftover = Files.writeString(nested.resolve(".jan.csv.0123456789abcdef.tmp"), "half");
        Path keep1 = Files.writeString(nested.resolve("jan.csv"), "whole");
        Path keep2 = Files.writeString(nested.resolve(".notes.tmp"), "user file");
        Path keep3 = Files.writeString(nested.resolve("jan.csv.0123456789abcdef.tmp"), "not hidden");

        // when
        int deleted = AtomicFileWriter.deleteLeftovers(dir);

        // then
        assertThat(deleted).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(keep1).exists();
        assertThat(keep2).exists();
        assertThat(keep3).exists();
        assertThat(FileSystems.getDefault().getPathMatcher("glob:" + AtomicFileWriter.LEFTOVER_GLOB)
                .matches(leftover.getFileName())).isTrue();
        assertThat(AtomicFileWriter.deleteLeftovers(dir.resolve("missing"))).isZero();
    }

    private java.util.List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
