package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Amounts printed with a local currency sign or word before or after them ("-1.234,56 TL", "Kč", "Rs."). */
class LocalCurrencySignsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "-1.234,56 TL   | 1234.56 | TRY",
            "1 234,56 Kč    | 1234.56 | CZK",
            "12.500,00 Ft   | 12500.00 | HUF",
            "45,10 zł       | 45.10   | PLN",
            "45,10 lei      | 45.10   | RON",
            "45,10 лв       | 45.10   | BGN",
            "Rs. 1,234.56   | 1234.56 | ",
            "Rs 1,234.56    | 1234.56 | ",
            "₹1,23,456.00   | 123456.00 | INR",
            "R$ 1.234,56    | 1234.56 | BRL",
            "KSh 1,200.00   | 1200.00 | KES",
            "GH₵ 12.00      | 12.00   | GHS",
            "RM 12.00       | 12.00   | MYR",
            "NZ$12.00       | 12.00   | NZD",
            "S/ 12.00       | 12.00   | PEN",
            "12,00 ₺        | 12.00   | TRY",
            "1.234,56 TRY   | 1234.56 | TRY",
    })
    void aLocalSignOrWordBesideTheNumberIsTheCurrency(String text, String magnitude, String currency) {
        Amount a = AmountParser.parse(text).orElseThrow();
        assertThat(a.magnitude()).isEqualByComparingTo(magnitude);
        assertThat(a.currency()).isEqualTo(currency);
    }

    @Test
    void aStatementWithTheCurrencyAfterEveryAmountIsRead() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 420, "Amount", 515, "Balance")
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(560, "1.000,00 TL").next()
                .cell(40, "02/08/2025").cell(140, "MARKET").right(460, "-1.234,56 TL").right(560, "-234,56 TL").next()
                .cell(40, "05/08/2025").cell(140, "SALARY").right(460, "2.000,00 TL").right(560, "1.765,44 TL").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1234.56"), new BigDecimal("2000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("TRY");
    }
}
