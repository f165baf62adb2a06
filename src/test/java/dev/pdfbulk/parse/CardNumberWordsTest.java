package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's number under labels read as none before: Polish "Numer karty", Chinese "卡號", and the Portuguese "final"
 * (ending) before its last digits, "Cartão final 7730". The account of a card statement labelling no account number.
 */
class CardNumberWordsTest {

    private static String account(PageSketch page) {
        return MetadataReader.read(Line.of(page.page())).account();
    }

    @Test
    void theCardsNumberIsTheAccount() {
        assertThat(account(new PageSketch(1).line(330, "Numer karty: 5412 **** **** 3381")
                .line(330, "Saldo poprzednie", 480, "-1 842,37 PLN"))).isEqualTo("****3381");
        assertThat(account(new PageSketch(1).line(40, "卡號：4147-63**-****-2231 中信LINE Pay卡"))).isEqualTo("****2231");
        assertThat(account(new PageSketch(1).line(40, "Cartão final 7730")
                .line(330, "Fatura anterior", 480, "R$ 1.234,56"))).isEqualTo("****7730");
    }

    @Test
    void aCardBesideADifferentLabelledAccountLeavesNoAccountNeverTheCards() {
        assertThat(account(new PageSketch(1).line(40, "Numer rachunku: PL61 1090 1014 0000 0712 1981 2874")
                .line(40, "Numer karty: 425125******4412"))).isNull();
    }

    @Test
    void finalAfterNoLabelIsNoNumberWord() {
        assertThat(account(new PageSketch(1).line(40, "Saldo final 7730"))).isNull();
    }
}
