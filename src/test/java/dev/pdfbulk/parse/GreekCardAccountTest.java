package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Greek card statement's "Αριθμός Κάρτας" (the card's number) labels the card's masked number: its account. */
class GreekCardAccountTest {

    private static String account(Object... cells) {
        return MetadataReader.read(Line.of(new PageSketch(1).line(cells).page())).account();
    }

    @Test
    void theCardsNumberLabelledInGreekIsTheAccount() {
        assertThat(account(320, "Αριθμός Κάρτας", 480, "4563 XXXX XXXX 7812")).isEqualTo("****7812");
        assertThat(account(320, "ΑΡΙΘΜΟΣ ΚΑΡΤΑΣ:", 480, "4563 XXXX XXXX 7812")).isEqualTo("****7812");
    }
}
