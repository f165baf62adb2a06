package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's number labelled in the languages card statements print ("Kortnummer", "Kart Numarası", "カード番号",
 * "카드번호", "Номер картки") is the account of a statement labelling no other, as the English "Card number" is.
 */
class CardNumberLabelsTest {

    private static String account(Object... cells) {
        return MetadataReader.read(Line.of(new PageSketch(1).line(cells).page())).account();
    }

    @Test
    void aScandinavianCardNumberIsTheAccount() {
        assertThat(account(400, "Kortnummer: 5412 75** **** 3391")).isEqualTo("****3391");
        assertThat(account(400, "Kortnummer", 500, "5412 75** **** 3391")).isEqualTo("****3391");
    }

    @Test
    void aTurkishCardNumberIsTheAccount() {
        assertThat(account(40, "Kart Numarası: 4355 08** **** 7261")).isEqualTo("****7261");
        // The card's limit is no number of the card.
        assertThat(account(300, "Kart Limiti", 500, "60.000,00 TL")).isNull();
    }

    @Test
    void aJapaneseOrKoreanCardNumberIsTheAccount() {
        assertThat(account(40, "楽天カード（Ｍａｓｔｅｒｃａｒｄ） カード番号 5379-****-****-4821")).isEqualTo("****4821");
        assertThat(account(40, "현대카드 ZERO Edition2 카드번호 9410-****-****-0512")).isEqualTo("****0512");
    }

    @Test
    void aCardNumberInTheGenitiveIsTheAccount() {
        assertThat(account(40, "Номер картки: 5168 75** **** 3391")).isEqualTo("****3391");
        assertThat(account(40, "Номер карты: 4276 38** **** 1234")).isEqualTo("****1234");
        assertThat(account(40, "Número de tarjeta: 4555 **** **** 1234")).isEqualTo("****1234");
        assertThat(account(40, "Kartennummer xxxx-xxxxxx-x1008")).isEqualTo("****1008");
    }
}
