package dev.pdfbulk.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableNameTest {

    @Test
    void controlCharactersInANameOrAMessageQuotingItBecomeQuestionMarks() {
        assertThat(PrintableName.of(Path.of("in", "new\nline.pdf"))).isEqualTo("in/new?line.pdf");
        assertThat(PrintableName.line("java.nio.file.AccessDeniedException: in/a\r\nb\t.pdf"))
                .isEqualTo("java.nio.file.AccessDeniedException: in/a??b?.pdf");
        assertThat(PrintableName.line("plain")).isEqualTo("plain");
        assertThat(PrintableName.line(null)).isNull();
    }
}
