package dev.pdfbulk.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfScannerTest {

    @TempDir
    Path input;

    private Path file(String relative) throws IOException {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "%PDF-1.4");
    }

    private List<String> scan(ScanOptions options) throws IOException {
        try (Stream<Path> pdfs = new PdfScanner(options).scan(input)) {
            return pdfs.map(p -> input.relativize(p).toString()).toList();
        }
    }

    @Test
    void findsPdfsInAnyCaseAndSkipsHiddenLockAndOtherFiles() throws IOException {
        // given
        file("b.pdf");
        file("A.PDF");
        file("c.Pdf");
        file("notes.txt");
        file("statement.pdf.part");
        file(".hidden.pdf");
        file("._resource-fork.pdf");
        file("~$lock.pdf");
        Files.createDirectories(input.resolve("folder.pdf"));

        // when
        List<String> found = scan(ScanOptions.topLevel());

        // then
        assertThat(found).containsExactly("A.PDF", "b.pdf", "c.Pdf");
    }

    @Test
    void descendsOnlyWhenRecursiveInADeterministicOrder() throws IOException {
        // given
        file("z.pdf");
        file("2024/02/feb.pdf");
        file("2024/01/jan.pdf");
        file("2024/top.pdf");
        file("a/x.pdf");
        file(".git/objects/pack.pdf");

        // when
        List<String> flat = scan(ScanOptions.topLevel());
        List<String> deep = scan(ScanOptions.wholeTree());

        // then
        assertThat(flat).containsExactly("z.pdf");
        assertThat(deep).containsExactly("z.pdf", "2024/top.pdf", "2024/01/jan.pdf", "2024/02/feb.pdf", "a/x.pdf");
        assertThat(PdfScanner.count(input, true)).isEqualTo(5);
        assertThat(PdfScanner.count(input, false)).isEqualTo(1);
    }

    @Test
    void skipsGivenDirectories() throws IOException {
        // given a quarantine folder inside the input
        file("in.pdf");
        file("failed/bad.pdf");

        // when
        List<String> found = scan(ScanOptions.wholeTree().skipping(input.resolve("failed")));

        // then
        assertThat(found).containsExactly("in.pdf");
    }

    @Test
    void followsSymlinksWithoutLoopingOrDuplicatingDirectories() throws IOException {
        // given a loop back to the root, a second link to a directory, a link to a file and a dangling link
        file("real/r.pdf");
        Path outside = Files.createTempDirectory("pdfbulk-outside");
        Path target = Files.writeString(outside.resolve("linked.pdf"), "%PDF");
        try {
            Files.createSymbolicLink(input.resolve("real/loop"), input);
            Files.createSymbolicLink(input.resolve("alias"), input.resolve("real"));
            Files.createSymbolicLink(input.resolve("linked.pdf"), target);
            Files.createSymbolicLink(input.resolve("dangling.pdf"), input.resolve("missing.pdf"));

            // when
            List<String> following = scan(ScanOptions.wholeTree());
            List<String> notFollowing = scan(new ScanOptions(true, false, Set.of()));

            // then: "alias" sorts before "real", so the tree is walked through it, once
            assertThat(following).containsExactly("linked.pdf", "alias/r.pdf");
            assertThat(notFollowing).containsExactly("real/r.pdf");
        } finally {
            Files.delete(target);
            Files.delete(outside);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void tellsOfEachEntryNamedLikeAPdfThatItPassesOverAndWhy() throws Exception {
        // given: a pipe, a dangling link, a link to itself, a folder named x.pdf; and a pipe not named .pdf
        file("good.pdf");
        assertThat(new ProcessBuilder("mkfifo", input.resolve("pipe.pdf").toString(), input.resolve("pipe.txt").toString())
                .start().waitFor()).isZero();
        Files.createSymbolicLink(input.resolve("dangling.pdf"), input.resolve("missing.pdf"));
        Files.createSymbolicLink(input.resolve("loop.pdf"), input.resolve("loop.pdf"));
        Files.createDirectories(input.resolve("folder.pdf"));
        Map<String, PassedOver> passed = new TreeMap<>();

        // when
        List<String> found;
        try (Stream<Path> pdfs = new PdfScanner(ScanOptions.topLevel(),
                (entry, why) -> passed.put(input.relativize(entry).toString(), why)).scan(input)) {
            found = pdfs.map(p -> input.relativize(p).toString()).toList();
        }

        // then
        assertThat(found).containsExactly("good.pdf");
        assertThat(passed).containsExactly(Map.entry("dangling.pdf", PassedOver.BROKEN_LINK),
                Map.entry("folder.pdf", PassedOver.FOLDER), Map.entry("loop.pdf", PassedOver.BROKEN_LINK),
                Map.entry("pipe.pdf", PassedOver.NOT_A_FILE));
    }

    @Test
    void isLazyAcrossDirectories() throws IOException {
        // given
        file("a/1.pdf");
        file("b/2.pdf");

        // when the first element is taken, then the second directory is removed
        try (Stream<Path> pdfs = new PdfScanner(ScanOptions.wholeTree()).scan(input)) {
            var iterator = pdfs.iterator();
            Path first = iterator.next();
            Files.delete(input.resolve("b/2.pdf"));
            Files.delete(input.resolve("b"));

            // then the removed directory is skipped, not an error
            assertThat(first).isEqualTo(input.resolve("a/1.pdf"));
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void rejectsARootThatIsNotADirectory() throws IOException {
        // given
        Path pdf = file("one.pdf");

        // when / then
        assertThatThrownBy(() -> new PdfScanner(ScanOptions.topLevel()).scan(pdf))
                .isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> new PdfScanner(ScanOptions.topLevel()).scan(input.resolve("missing")))
                .isInstanceOf(IOException.class);
    }
}
