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

/** The currency a statement is recorded in: named under a label, or a bare "$" only where it is the US dollar. */
class StatementCurrencyTest {

    // A statement with a bare "$" before its balances, its rows dated as given, a line above the table as given.
    private static Statement dollars(String above, String first, String second, String third) throws Exception {
        return dollars(above, first, second, third, "COLES SUPERMARKET");
    }

    private static Statement dollars(String above, String first, String second, String third, String bought)
            throws Exception {
        return parse(new PageSketch(1).line(40, above).gap(20)
                .line(40, "Date", 140, "Description", 400, "Debit", 470, "Credit", 540, "Balance")
                .cell(40, first).cell(140, "OPENING BALANCE").right(580, "$3,934.27").next()
                .cell(40, second).cell(140, bought).right(440, "172.11").right(580, "$3,762.16").next()
                .cell(40, third).cell(140, "SALARY ACME").right(510, "1,000.00").right(580, "$4,762.16").next());
    }

    @Test
    void aBareDollarWithMonthFirstDatesIsTheUsDollar() throws Exception {
        Statement s = dollars("Springfield IL 62701", "09/16/2025", "09/17/2025", "09/18/2025");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("USD");
    }

    @Test
    void aBareDollarWithTheDayFirstIsNoCurrencyKnown() throws Exception {
        Statement s = dollars("Statement Period 1 Oct 2025 - 31 Oct 2025", "01 Oct 2025", "02 Oct 2025",
                "03 Oct 2025");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void aTwoDigitYearAfterTheMonthIsNoDayOfAMonthFirstDate() throws Exception {
        // "05 Apr 25" (Bendigo's, Westpac's): the day first; "Apr 25" in it is the month and the year, no US date.
        Statement s = dollars("Statement period 01 Apr 25 to 30 Jun 25", "01 Apr 25", "04 Apr 25", "07 Apr 25");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void aBareDollarBesideAPesoNamedIsNoCurrencyKnown() throws Exception {
        Statement s = dollars("Resumen de Cuenta Corriente en Pesos", "01/08/2025", "02/08/2025", "03/08/2025");
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void aBareDollarBesideAnotherDollarsCodeIsNoCurrencyKnown() throws Exception {
        Statement s = dollars("Your statement", "09/16/2025", "09/17/2025", "09/18/2025", "BOOKSHOP CAD 231.50");
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void aBareDollarBesideACanadianPostalCodeIsNoUsDollar() throws Exception {
        // A Canadian card prints its dates month first, as a US one does; the holder's address tells them apart, and
        // proves the Canadian dollar (CountryCurrency).
        Statement s = dollars("TORONTO ON M5J 0B8", "09/16/2025", "09/17/2025", "09/18/2025");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("CAD");
        // A US ZIP code and a store number do not.
        assertThat(dollars("AUSTIN TX 78701", "09/16/2025", "09/17/2025", "09/18/2025", "STORE M5J 0800")
                .metadata().currency()).isEqualTo("USD");
    }

    @Test
    void aDateWithTheDayFirstInPassingLeavesAUsStatementInDollars() throws Exception {
        Statement s = dollars("Card payment AuthDate 20-Jul", "Jul 20, 2025", "Jul 21, 2025", "Jul 22, 2025");
        assertThat(s.metadata().currency()).isEqualTo("USD");
    }

    @Test
    void rowsDatedMonthFirstWithoutYearOutnumberADateWithTheDayFirstInPassing() throws Exception {
        Statement s = dollars("Card payment AuthDate 20-Jul", "07/20", "07/21", "07/22");
        assertThat(s.metadata().currency()).isEqualTo("USD");
    }

    @Test
    void aLabelNamingTheUsDollarOutweighsDatesWithTheDayFirst() throws Exception {
        Statement s = dollars("Currency: USD", "01 Oct 2025", "02 Oct 2025", "03 Oct 2025");
        assertThat(s.metadata().currency()).isEqualTo("USD");
    }

    @Test
    void aCurrencyUnderItsLabelIsTheStatementsWhateverItsAmountsCarry() throws Exception {
        Statement s = dollars("DEVISE : MAD (DIRHAM)", "01/08/2025", "02/08/2025", "03/08/2025");
        assertThat(s.metadata().currency()).isEqualTo("MAD");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Currency                 : NGN | NGN",
        "DEVISE : MAD (DIRHAM) | MAD",
        "Cont IBAN: RO49 RNCB 0082 Moneda: RON | RON",
        "Період: з 01.03.2025 по 31.03.2025 Валюта рахунку: UAH | UAH",
        "CUENTA: 191-35412875-0-57 MONEDA: SOLES | PEN",
        "Account currency: EUR | EUR",
        "Foreign currency: USD 14.99 | -",
        "Currency conversion fee: 2.50 | -",
        "Currency exchange: GBP 12.00 | -",
        "Currency USD 45.00 | -",
        "Divisa: EURO                        20123 MILANO MI | EUR",
        "Currency: XYZ | -",
        "Currency | -",
        "NAIROBI Currency KES | KES",
        "CALLE LAS PALMAS 1450, EQUIPETROL Moneda: BOLIVIANOS | BOB",
        "12 CALLE 4-55 ZONA 1 Moneda: QUETZALES | GTQ",
        "起始日期：20250601 结束日期：20250630 币种：人民币 | CNY",
        "币别: USD | USD",
        "交易日期 摘要 币别 交易金额 | -",
        "Date Currency Transaction Amount | -",
        "Şube: 1042 - KADIKÖY Hesap No: 0567890 Döviz Cinsi: TL | TRY",
        "Số tài khoản/Account No.: 19036712345018 Loại tiền/Currency: VND | VND"})
    void aLabelNamesTheAccountsCurrency(String text, String currency) {
        assertThat(CurrencyLabel.of(line(text))).isEqualTo(currency);
    }

    @Test
    void aUnitOverTheMoneyColumnsNamesTheCurrency() throws Exception {
        Statement s = parse(new PageSketch(1).line(40, "Statement 1 August 2025 to 31 August 2025").gap(20)
                .line(40, "Date", 140, "Details", 390, "Debit", 420, "€", 460, "Credit", 495, "€", 530, "Balance",
                        570, "€")
                .cell(40, "01 Aug 2025").cell(140, "BALANCE FORWARD").right(580, "1,000.00").next()
                .cell(40, "02 Aug 2025").cell(140, "TESCO").right(430, "100.00").right(580, "900.00").next()
                .cell(40, "03 Aug 2025").cell(140, "SALARY").right(505, "50.00").right(580, "950.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("EUR");
    }

    @Test
    void aSignGluedBeforeTheMoneyHeadersNamesTheCurrency() throws Exception {
        // Nationwide's "£Out | £In | £Balance": before, no currency was read.
        Statement s = parse(new PageSketch(1).line(40, "Statement 1 August 2025 to 31 August 2025").gap(20)
                .line(40, "Date", 140, "Description", 400, "£Out", 470, "£In", 540, "£Balance")
                .cell(40, "01 Aug 2025").cell(140, "Balance brought forward").right(580, "1,000.00").next()
                .cell(40, "02 Aug 2025").cell(140, "TESCO").right(430, "100.00").right(580, "900.00").next()
                .cell(40, "03 Aug 2025").cell(140, "SALARY").right(500, "50.00").right(580, "950.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("GBP");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {"EUR, EUR", "€, EUR", "원, KRW", "Rs., INR", "RM, MYR", "BAHT, THB",
        "$, -", "¥, -", "kr, -", "MAD, -", "VAT, -", "ALL, -", "Amount, -"})
    void aHeaderUnitNamesACurrencyOnlyWhereItNamesOne(String unit, String currency) {
        assertThat(HeaderCurrency.code(unit)).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"$12.00, true", "-$5.00, true", "($1.00), true", "US$12.00, false", "C$3.00, false",
        "NZ$4.00, false", "'R$5,00', false", "12.00, false"})
    void aDollarSignWithNoLetterGluedBeforeItIsBare(String text, boolean bare) {
        assertThat(BareDollar.isBare(text)).isEqualTo(bare);
    }

    private static String labelled(String label, String code) {
        PageSketch p = new PageSketch(1).line(320, label, 520, code).line(320, "Opening Balance", 520, "45,210.50");
        return MetadataReader.read(Line.of(p.page())).currency();
    }

    @Test
    void aCodeWithADotAfterItIsAnAbbreviationNoCurrency() {
        // Turkish addresses shorten Caddesi to "CAD." ("MODA CAD. NO:45"): no Canadian dollar.
        PageSketch p = new PageSketch(1).line(40, "Adres: CAFERAĞA MAH. MODA CAD. NO:45 KADIKÖY")
                .line(40, "İŞ BANKASI ATM BAĞDAT CAD. PARA ÇEKME", 400, "-1.424,47");
        assertThat(MetadataReader.read(Line.of(p.page())).currency()).isNull();
        assertThat(labelled("Amounts in", "CAD")).isEqualTo("CAD");
    }

    @Test
    void kenyanAndMalaysianCodesNameTheCurrency() {
        assertThat(labelled("Currency", "KES")).isEqualTo("KES");
        assertThat(labelled("Currency", "MYR")).isEqualTo("MYR");
    }

    @Test
    void aLabelledCodeOfWholeUnitsNamesTheCurrency() {
        // Under its label the code is the statement's; amounts in cents would then fail it as amount_format, not pass.
        assertThat(labelled("Currency", "KRW")).isEqualTo("KRW");
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
