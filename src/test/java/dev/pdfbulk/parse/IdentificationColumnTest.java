package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Czech "Identifikace transakce", the bank's code for a row, and its neighbours' names for it: a column of its own, never
 * part of the description.
 */
class IdentificationColumnTest {

    @ParameterizedTest
    @ValueSource(strings = {"Identifikace transakce", "Identifikace", "ID transakce", "Identifikácia transakcie",
        "Identyfikator transakcji", "ID transakcji", "Numer transakcji", "Tranzakció azonosító", "Transactie-ID",
        "Transactienummer", "ID operazione", "ID da transação", "ID de la operación", "Referans No", "İşlem No",
        "Tapahtumatunnus"})
    void theTransactionsIdentificationIsACodeColumn(String name) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void theIdentificationStaysOutOfTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Počáteční zůstatek", 200, "1 000,00").line(40, "Konečný zůstatek", 200, "1 174,60").gap(20)
                .line(40, "Datum", 100, "Popis transakce", 330, "Identifikace transakce", 520, "Částka")
                .cell(40, "03.05.2025").cell(100, "PLATBA KARTOU").cell(330, "789-03052025 9654 548100").right(560, "-25,40").next()
                .cell(100, "ALBERT 1043 PRAHA 4").next()
                .cell(40, "05.05.2025").cell(100, "PŘÍCHOZÍ ÚHRADA").cell(330, "190-05052025 2483 565290").right(560, "200,00").next()
                .cell(100, "SKODA AUTO A.S.").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("200.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PLATBA KARTOU ALBERT 1043 PRAHA 4", "PŘÍCHOZÍ ÚHRADA SKODA AUTO A.S.");
    }
}
