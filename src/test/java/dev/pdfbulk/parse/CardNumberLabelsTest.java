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
        assertThat(account(40, "Número de tarjeta: 4555 **** **** 1234")).isEqualTo("****1234");
        assertThat(account(40, "Kartennummer xxxx-xxxxxx-x1008")).isEqualTo("****1008");
    }

    @Test
    void anAccountASentenceNamesWithGermansPolitePossessiveIsNoneOfTheStatements() {
        // American Express Germany: the card's number, and the account the balance is collected from in a sentence.
        PageSketch p = new PageSketch(1)
                .line(400, "Kartennummer xxxx-xxxxxx-x1008")
                .line(40, "Der neue Saldo wird am 16.06.2025 von Ihrem Konto DE89 7002 0270 0015 2234 11 eingezogen.");
        assertThat(MetadataReader.read(Line.of(p.page())).account()).isEqualTo("****1008");
        // The possessive starting the label's cell is a label's own word ("Ihre Kontonummer: ...").
        assertThat(account(40, "Ihre Kontonummer: 1234567890")).isEqualTo("****7890");
    }

    @Test
    void aFolioOfSixDigitsOrMoreIsTheAccountsNumber() {
        // Desjardins' folio: the account's number at its caisse, beside the transit (the branch).
        assertThat(account(400, "Folio 0123456 Transit 30121 Page 1 de 1")).isEqualTo("****3456");
        assertThat(account(40, "Compte avec opérations (EOP)", 300, "Folio 0123456")).isEqualTo("****3456");
        // A page's folio, a commercial register's.
        assertThat(account(40, "Transit 00211 Compte 02-118-44 Folio 7")).isEqualTo("****1844");
        assertThat(account(40, "R.M. de Cantabria, Hoja 286, Folio 64, Libro 5º. NIF A39000013.")).isNull();
        assertThat(account(40, "Tomo 4070, Folio 12345, Hoja A-156980")).isNull();
    }

    @Test
    void theAccountsKindThenItsMoneysSignThenAColonPrecedeItsNumber() {
        // BCP Bolivia: a savings account in bolivianos.
        assertThat(account(400, "Cuenta de Ahorro Bs: 701-50123456-3-28")).isEqualTo("****6328");
        // Anything else after the colon is no number of the account.
        assertThat(account(400, "Cuenta de Ahorro Saldo: 12.240,80")).isNull();
    }

    @Test
    void aBrokerageAccountsLetterBeforeItsGroupsIsPassedOver() {
        // Fidelity: a letter, then the account's digit groups joined by a dash.
        assertThat(account(400, "Account Number: Z40-118273")).isEqualTo("****8273");
        // A letter glued to a word is no account's letter.
        assertThat(account(400, "Account Number: Z40")).isNull();
    }
}
