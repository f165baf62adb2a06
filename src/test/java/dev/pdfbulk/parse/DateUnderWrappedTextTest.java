package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows without a date column whose date leads a detail line under the amounts, past the lines the description
 * wrapped onto (Wise: "Card transaction of 25.68 EUR issued by Rewe Markt" over "Berlin" over "1 June 2024
 * Transaction: CARD-..."): the date is the row's above it.
 */
class DateUnderWrappedTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Incoming, CREDIT", "Outgoing, DEBIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void theDateUnderAWrappedDescriptionIsItsRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "1 June 2024 - 30 June 2024").gap(10)
                .line(40, "Description", 350, "Incoming", 420, "Outgoing", 520, "Balance")
                .cell(40, "Card transaction of 25.68 EUR issued by Rewe Markt").right(460, "25.68")
                        .right(555, "974.32").next()
                .line(40, "Berlin")
                .line(40, "1 June 2024   Transaction: CARD-8072952796").gap(6)
                .cell(40, "Received money from LUKAS WEBER").right(390, "100.00").right(555, "1,074.32").next()
                .line(40, "2 June 2024   Transaction: TRANSFER-496829028").gap(6)
                .cell(40, "Sent money to Jonas Becker").right(460, "50.62").right(555, "1,023.70").next()
                .line(40, "3 June 2024   Transaction: TRANSFER-102040443")
                .line(40, "Fee: 0.62 EUR"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 3));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.68"),
                new BigDecimal("100.00"), new BigDecimal("-50.62"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Card transaction of 25.68 EUR issued by Rewe Markt Berlin Transaction: CARD-8072952796",
                "Received money from LUKAS WEBER Transaction: TRANSFER-496829028",
                "Sent money to Jonas Becker Transaction: TRANSFER-102040443 Fee: 0.62 EUR");
    }
}
