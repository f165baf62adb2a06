package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A dollar's sign with its country's letters ("J$", "TT$", the Spanish "U$S", "$A") names one currency; "$" alone none. */
class CountryDollarSignsTest {

    private static String currency(PageSketch page) {
        return MetadataReader.read(Line.of(page.page())).currency();
    }

    @Test
    void aCountrysDollarSignEndingTheAccountsTitleIsItsCurrency() {
        // Scotiabank Jamaica's "Chequing Account  J$".
        assertThat(currency(new PageSketch(1).line(330, "Chequing Account", 420, "J$")
                .line(40, "Opening balance", 300, "186,540.25"))).isEqualTo("JMD");
    }

    @Test
    void aCountrysDollarSignUnderACurrencyLabelIsTheAccountsCurrency() {
        // BROU's U$S account: "Moneda: U$S", the US dollar as Uruguay and Argentina print it.
        assertThat(currency(new PageSketch(1).line(330, "Moneda: U$S")
                .line(40, "Saldo anterior", 300, "2.184,50"))).isEqualTo("USD");
        // Its peso account prints "Moneda: $": a sign several currencies share names none.
        assertThat(currency(new PageSketch(1).line(330, "Moneda: $")
                .line(40, "Saldo anterior", 300, "48.215,60"))).isNull();
    }

    @Test
    void aCountrysDollarSignOverTheMoneyColumnsIsTheirUnit() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/06/2025 to 30/06/2025").gap(20)
                .line(40, "Date", 110, "Description", 380, "Debit (TT$)", 455, "Credit (TT$)", 520, "Balance (TT$)")
                .cell(40, "01/06/2025").cell(110, "OPENING BALANCE").right(580, "14,286.35").next()
                .cell(40, "02/06/2025").cell(110, "POS PURCHASE MASSY STORES").right(430, "158.67").right(580, "14,127.68")
                        .next()
                .cell(40, "05/06/2025").cell(110, "SALARY CREDIT NGC").right(505, "11,622.53").right(580, "25,750.21")
                        .next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("TTD");
    }

    @Test
    void australiasDollarOverTheAmountNamesTheCurrencyABareDollarLeavesInDoubt() throws Exception {
        // ANZ's card: "Amount ($A)" over the rows, "$1,850.21" bare in the summary, dates day first.
        Statement s = parse(dayFirstRows(new PageSketch(1)
                .line(40, "Statement period 01/06/2025 to 30/06/2025").line(330, "Closing balance", 480, "$1,850.21")
                .gap(20), "Amount ($A)", "Balance ($A)"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("AUD");
    }

    @Test
    void aBareDollarBesideDayFirstDatesWithNoCurrencyInTheHeadersStaysUnknown() throws Exception {
        Statement s = parse(dayFirstRows(new PageSketch(1)
                .line(40, "Statement period 01/06/2025 to 30/06/2025").line(330, "Closing balance", 480, "$1,850.21")
                .gap(20), "Amount", "Balance"));
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void aBsbLabelMakesABareDollarTheAustralianDollar() throws Exception {
        // Westpac's "BSB 032-088" beside the account, amounts in bare "$", dates day first.
        Statement s = parse(dayFirstRows(new PageSketch(1)
                .line(40, "Statement period 01/06/2025 to 30/06/2025").line(330, "BSB", 420, "032-088")
                .line(330, "Closing balance", 480, "$1,850.21").gap(20), "Amount", "Balance"));
        assertThat(s.metadata().currency()).isEqualTo("AUD");
    }

    // An Australian account's header and three rows under the lines given, dated day first (22/06, 25/06).
    private static PageSketch dayFirstRows(PageSketch page, String amount, String balance) {
        return page.line(40, "Date", 110, "Transaction details", 420, amount, 520, balance)
                .cell(40, "01/06/2025").cell(110, "OPENING BALANCE").right(580, "1,286.35").next()
                .cell(40, "22/06/2025").cell(110, "WOOLWORTHS 3120 SYDNEY").right(480, "-58.67").right(580, "1,227.68")
                        .next()
                .cell(40, "25/06/2025").cell(110, "PAYMENT RECEIVED").right(480, "622.53").right(580, "1,850.21")
                        .next();
    }
}
