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
 * a Canadian or Australian address, US deposit insurance, an IBAN of the euro area or Great Britain, a sort code with a
 * British postcode, a New Zealand account number, Argentina's CBU, Mexico's CLABE; never two, nor one another
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

    @Test
    void aSortCodeAndABritishPostcodeProveThePound() throws Exception {
        Statement s = parse(new PageSketch(1).line(40, "MS ELEANOR WHITCOMBE", 400, "Account number 61839204")
                .line(40, "BRISTOL", 400, "Sort code 40-12-77").line(40, "BS8 2QT").gap(20)
                .line(40, "Date", 140, "Description", 400, "Debit", 470, "Credit", 540, "Balance")
                .cell(40, "01 Oct 2025").cell(140, "BALANCE BROUGHT FORWARD").right(580, "3,934.27").next()
                .cell(40, "02 Oct 2025").cell(140, "TESCO STORES").right(440, "172.11").right(580, "3,762.16").next()
                .cell(40, "03 Oct 2025").cell(140, "SALARY ACME").right(510, "1,000.00").right(580, "4,762.16").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("GBP");
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
        "IBAN FR76 1780 6000 1012 3456 7890 123 EUR | ****8901 | EUR",
        // A sort code labelled and a British postcode: the pound; either alone proves nothing (an Irish address's
        // Eircode is no British postcode).
        "BRISTOL BS8 2QT Sort code 40-12-77 | - | GBP",
        "LONDON SW1A 1AA Sortcode 40-11-62 | - | GBP",
        "Sort code 40-12-77 | - | -",
        "BRISTOL BS8 2QT | - | -",
        "DUBLIN 6 D06 X2K7 Sort code 90-00-17 | - | -",
        // An Australian address: a state's code and its four-digit postcode; a company's "SA" before a year is none.
        "RICHMOND VIC 3121 | - | AUD",
        "CHATSWOOD NSW 2067 | - | AUD",
        "Banco Ejemplo SA 2025 | - | -",
        "RICHMOND VIC 3121 Balances in US$ | - | -",
        // New Zealand's account number: bank, branch, account, suffix.
        "Free Up account 38-9012-0481726-00 | ****2600 | NZD",
        "Account 38-9012-048172-00 | - | -",
        // Argentina's CBU/CVU, Mexico's CLABE; never beside the US dollar named in Spanish.
        "CBU: 0070001220000004012345 | - | ARS",
        "CVU: 0000003100087423169054 | - | ARS",
        "CBU: 0070001220000004012345 Caja de Ahorro en Dólares | - | -",
        "No. de Cuenta: 0845123456 CLABE: 072580008451234561 | - | MXN",
        "CLABE: 0725800084512345 | - | -",
        // Chile's RUT as Chile prints it; Uruguay's, twelve digits alone, is none.
        "RUT: 15.482.337-K | - | CLP",
        "RUT 16.482.915-3 | - | CLP",
        "RUT: 215487390018 | - | -",
        "RUT: 16.482.915-3 Cuenta en dólares | - | -",
        // Mexico's RFC, a company's (Citibanamex's own in its footer) or a person's; never a malformed one.
        "Isabel la Católica 44, Centro, CDMX 06000. RFC BNM840515VB1 | - | MXN",
        "RFC: HERJ850312AB4 | - | MXN",
        "RFC BNM841315VB1 | - | -",
        "RFC 12345 | - | -",
        "RFC BNM840515VB1 Cuenta en dólares | - | -",
        // India's IFS code labelled, as every Indian bank prints it; a BIC (its country's letters where the zero is)
        // or an unlabelled code is none.
        "IFS Code : SBIN0001234 | - | INR",
        "RTGS/NEFT IFSC : HDFC0000240 MICR : 400240045 | - | INR",
        "IFSC Code: ICIC0000045 | - | INR",
        "IFSC PYTM0123456 | - | INR",
        "IFSC : SBININBB104 | - | -",
        "Branch SBIN0001234 | - | -",
        "IFS Code : SBIN0001234 USD account | - | -"})
    void aLineProvesItsCountrysMoney(String text, String account, String currency) {
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
