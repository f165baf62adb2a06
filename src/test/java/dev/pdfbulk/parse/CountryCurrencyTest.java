package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement that names no currency (a bare "$", or no sign at all) is in the money of the country its page proves:
 * a Canadian address, US deposit insurance, an IBAN of the euro area or Great Britain; never two, nor one another
 * currency's code contradicts.
 */
class CountryCurrencyTest {

    // A statement with the lines given above its table and under it, its balances printed with {@code sign}.
    private static Statement statement(String above, String below, String sign) throws Exception {
        return parse(new PageSketch(1).line(40, above).gap(20)
                .line(40, "Date", 140, "Description", 400, "Debit", 470, "Credit", 540, "Balance")
                .cell(40, "09/16/2025").cell(140, "OPENING BALANCE").right(580, sign + "3,934.27").next()
                .cell(40, "09/17/2025").cell(140, "GROCERY STORE").right(440, "172.11").right(580, sign + "3,762.16")
                .next()
                .cell(40, "09/18/2025").cell(140, "SALARY ACME").right(510, "1,000.00").right(580, sign + "4,762.16")
                .next().gap(30).line(40, below));
    }

    @Test
    void aBareDollarBesideACanadianAddressIsTheCanadianDollar() throws Exception {
        // Before: a Canadian postal code only put the US dollar in doubt, and the currency was left unknown.
        Statement s = statement("TORONTO ON M5J 0B8", "Page 1 of 1", "$");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("CAD");
        // No sign at all, the postal code glued into one word: the same.
        assertThat(statement("MONTREAL QC H2J2L3", "Page 1 of 1", "").metadata().currency()).isEqualTo("CAD");
    }

    @Test
    void aCanadianAddressBesideTheUsDollarNamedProvesNothing() throws Exception {
        // A Canadian's US-dollar account: the address is no proof of its money.
        assertThat(statement("TORONTO ON M5J 0B8", "All amounts in US$", "$").metadata().currency()).isNull();
        assertThat(statement("TORONTO ON M5J 0B8", "Balances in U.S. dollars", "$").metadata().currency()).isNull();
        // A postal code without its province's code is not read as one (a store's number).
        assertThat(statement("STORE M5J 0B8", "Page 1 of 1", "$").metadata().currency()).isNull();
    }

    @Test
    void usDepositInsuranceProvesTheUsDollarWhereNoSignIsPrinted() throws Exception {
        Statement s = statement("COLUMBUS OH 43212-3308", "Member FDIC. Equal Housing Lender.", "");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("USD");
        assertThat(statement("FISHERS IN 46038", "Federally insured by NCUA", "").metadata().currency())
                .isEqualTo("USD");
        // No sign, no insurance: nothing proves the money.
        assertThat(statement("COLUMBUS OH 43212-3308", "Equal Housing Lender.", "").metadata().currency()).isNull();
    }

    @Test
    void twoCountriesProveNothing() throws Exception {
        assertThat(statement("TORONTO ON M5J 0B8", "Member FDIC", "$").metadata().currency()).isNull();
    }

    @Test
    void theAccountsIbanInTheEuroAreaProvesTheEuro() throws Exception {
        Statement s = statement("Compte de Dépôt n° 12345678901 IBAN FR76 1780 6000 1012 3456 7890 123",
                "Page 1 / 1", "");
        assertThat(s.metadata().account()).isEqualTo("****8901");
        assertThat(s.metadata().currency()).isEqualTo("EUR");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // The account's IBAN (its last four digits the account's) in the euro area.
        "IBAN FR76 1780 6000 1012 3456 7890 123 | ****8901 | EUR",
        "Rabo TotaalRekening NL27 RABO 0312 4567 89 | ****6789 | EUR",
        "IBAN IE29 BOFI 9000 1738 1122 54 | ****2254 | EUR",
        // Check digits that hold make it an IBAN whatever the account (DE89 3704 ... is the standard's example).
        "IBAN DE89 3704 0044 0532 0130 00 | - | EUR",
        "International Bank Account Number GB07HBUK40116271526834 | ****6834 | GBP",
        // Check digits that fail, naming no account read: a reference shaped like an IBAN.
        "Ref DE12 3704 0044 0532 0130 00 | - | -",
        // Not its country's length.
        "IBAN FR76 1780 6000 1012 3456 | ****3456 | -",
        // Outside the euro area and Great Britain: no one money.
        "IBAN CH93 0076 2011 6238 5295 7 | - | -",
        // Another currency's code beside it.
        "IBAN FR76 1780 6000 1012 3456 7890 123 USD | ****8901 | -",
        "IBAN FR76 1780 6000 1012 3456 7890 123 EUR | ****8901 | EUR"})
    void anIbanOfTheEuroAreaIsTheEuro(String text, String account, String currency) {
        assertThat(CountryCurrency.of(List.of(line(text)), account)).isEqualTo(currency);
    }

    private static Line line(String text) {
        List<Word> words = new ArrayList<>();
        float x = 40;
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, x, 100, w.length() * 5f, 8f));
            }
            x += (w.length() + 1) * 5f;
        }
        return new Line(1, 100, 8f, words);
    }
}
