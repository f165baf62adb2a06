package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's name between its label and its masked number ("Tarjeta Santander Mastercard ****2261"). */
class CardNameBeforeNumberTest {

    @Test
    void theMaskedNumberAfterTheCardsNameIsTheAccount() {
        assertThat(AccountReader.read(Line.of(new PageSketch(1)
                .line(40, "Tarjeta Santander Mastercard ****2261", 400, "D. ALEJANDRO RUIZ PEREIRA")
                .line(40, "Fecha de liquidación 05/06/2025", 400, "CALLE DE ALCALA 212, 4 B").page())))
                .isEqualTo("****2261");
    }

    @Test
    void theMaskedNumberInTheCellAfterTheCardsNameIsTheAccount() {
        assertThat(AccountReader.read(Line.of(new PageSketch(1)
                .line(40, "Tarjeta Santander Mastercard", 220, "****2261", 400, "D. ALEJANDRO RUIZ PEREIRA").page())))
                .isEqualTo("****2261");
    }

    @Test
    void aWholeNumberAfterWordsIsNoCardsNumber() {
        // Only a masked number: whole digits a few words after "Card" may be anything (a phone number, a reference).
        assertThat(AccountReader.read(Line.of(new PageSketch(1)
                .line(40, "Card services hotline 0800123456").page()))).isNull();
    }
}
