package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderDetectorTest {

    @Test
    void debitAndCreditColumnsInAnyLanguage() {
        assertThat(kinds(40, "Date", 100, "Description", 350, "Withdrawals", 430, "Deposits", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Details", 350, "Money out", 430, "Money in", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Datum", 100, "Buchungstext", 350, "Soll", 430, "Haben", 500, "Saldo"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void oneSignedColumnWithACurrencyQualifier() {
        assertThat(kinds(40, "Buchungstag", 120, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Date", 100, "Description", 420, "Amount ($)", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
    }

    @Test
    void aCurrencyUnitQualifiesEveryMoneyHeader() {
        assertThat(kinds(40, "Date", 100, "Description", 330, "Withdrawals in EUR", 430, "Deposits in EUR",
                530, "Balance in EUR")).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Description", 330, "Withdrawals (EUR)", 430, "Deposits (£)",
                530, "Balance (€)")).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        // "In" a column away from the header before it names a column of its own, unit or not.
        assertThat(kinds(40, "Date", 100, "Description", 330, "Out EUR", 400, "In EUR", 470, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aCurrencyUnitGluedToTheHeaderWordQualifiesItToo() {
        // "Amount($)" printed with no space before the unit names the amount column as "Amount ($)" does.
        assertThat(kinds(40, "Date", 100, "Description", 420, "Amount($)", 500, "Balance($)"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Description", 330, "Withdrawals(EUR)", 430, "Deposits(EUR)",
                530, "Balance(EUR)")).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aTradesQuantityAndPriceAreColumnsOfTheirOwn() {
        assertThat(kinds(40, "Date", 80, "Activity", 160, "Description", 330, "Quantity", 380, "Price($)",
                440, "Amount($)", 510, "Balance($)")).isEqualTo("DATE,OTHER,DESCRIPTION,OTHER,OTHER,AMOUNT,BALANCE");
        // A holdings table names a price and a market value but no money moved: it is no transaction table.
        assertThat(detect(40, "Symbol", 90, "Description", 330, "Quantity", 380, "Price($)", 440, "Market Value($)",
                530, "% of Acct")).isFalse();
    }

    @Test
    void aCurrencyColumnIsAColumnNotAQualifier() {
        assertThat(kinds(40, "Date", 100, "Description", 380, "Debit", 430, "Credit", 480, "Balance", 520, "Ccy"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE,OTHER");
        assertThat(kinds(40, "Date", 100, "Description", 290, "Original amount", 370, "Currency", 440, "Amount (£)"))
                .isEqualTo("DATE,DESCRIPTION,OTHER,OTHER,AMOUNT");
    }

    @Test
    void transactionDateWinsOverPostingDate() {
        assertThat(kinds(40, "Post Date", 100, "Trans Date", 160, "Description", 450, "Amount"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Trans Date", 100, "Post Date", 160, "Reference", 250, "Description", 450, "Amount"))
                .isEqualTo("DATE,POSTING_DATE,OTHER,DESCRIPTION,AMOUNT");
    }

    @Test
    void theTransactionDateWinsOverTheBookingDateInEitherOrder() {
        assertThat(kinds(40, "Buchungsdatum", 120, "Belegdatum", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Buchungstag", 120, "Belegdatum", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Belegdatum", 120, "Buchungsdatum", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("DATE,POSTING_DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Posting date", 120, "Transaction date", 220, "Description", 500, "Amount"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Date comptable", 120, "Date opération", 220, "Libellé", 400, "Débit", 480, "Crédit"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,DEBIT,CREDIT");
    }

    @Test
    void aProcessedDateIsAPostingDateAndTheTransactionDateWinsOverIt() {
        // "Date Processed" is no second transaction date: the word after "Date" says which date it is.
        assertThat(kinds(40, "Date Processed", 110, "Date of Transaction", 200, "Description", 500, "Amount ($)"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Processed Date", 110, "Transaction Date", 200, "Description", 500, "Amount ($)"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Processed", 110, "Date of Transaction", 200, "Description", 500, "Amount ($)"))
                .isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Fecha de operación", 130, "Fecha de proceso", 220, "Concepto", 500, "Importe"))
                .isEqualTo("DATE,POSTING_DATE,DESCRIPTION,AMOUNT");
        // Alone, the processed date dates the rows, as a posting date does.
        assertThat(kinds(40, "Date Processed", 110, "Description", 500, "Amount")).isEqualTo("DATE,DESCRIPTION,AMOUNT");
    }

    @Test
    void theBookingDateWinsOverTheValueDateInEitherOrder() {
        assertThat(kinds(40, "Buchungstag", 120, "Wertstellung", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Valuta", 120, "Buchungstag", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("OTHER_DATE,DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Wertstellung", 120, "Buchung", 200, "Verwendungszweck", 500, "Betrag EUR"))
                .isEqualTo("OTHER_DATE,DATE,DESCRIPTION,AMOUNT");
    }

    @Test
    void dateHeadersBrokenAtAHyphenOverTwoRowsAreReadWhole() {
        // "Buchungs-" over "datum", then "Beleg-" over "datum": the receipt date is the row's date.
        List<Line> lines = Line.of(new PageSketch(1)
                .line(40, "Buchungs-", 120, "Beleg-")
                .line(40, "datum", 120, "datum", 200, "Verwendungszweck", 450, "Betrag EUR").page());
        String kinds = HeaderDetector.detect(lines, 0).orElseThrow().columns().columns().stream()
                .map(c -> c.kind().name()).collect(Collectors.joining(","));
        assertThat(kinds).isEqualTo("POSTING_DATE,DATE,DESCRIPTION,AMOUNT");
    }

    @Test
    void unknownCombinationsOfKnownWordsNameOneColumn() {
        assertThat(kinds(40, "Transaction Date", 140, "Payee", 370, "Withdrawal Amount", 470, "Deposit Amount",
                570, "Ledger Balance")).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aCellNamingTheTypeAndTheDetailsIsTheDescription() {
        // HSBC prints the payment-type code as the first word of the details, under one header cell.
        assertThat(kinds(40, "Date", 100, "Payment type and details", 360, "Paid out", 430, "Paid in", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Type and details", 450, "Amount")).isEqualTo("DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Date", 100, "Transaction type / Details", 450, "Amount"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
        // A type or cheque column of its own stays a column left out of the row, even set tight to the details.
        assertThat(kinds(40, "Date", 100, "Type", 160, "Details", 450, "Amount"))
                .isEqualTo("DATE,OTHER,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Date", 100, "Cheque No", 150, "Details", 450, "Amount"))
                .isEqualTo("DATE,OTHER,DESCRIPTION,AMOUNT");
    }

    @Test
    void unknownWordsNextToHeaderWordsBelongToThem() {
        assertThat(kinds(40, "Date", 100, "Libellé de l'opération", 450, "Montant"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Date", 100, "Your transaction details", 450, "Amount"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
    }

    @Test
    void columnsSetCloseTogetherStaySeparate() {
        // "Date" ends at 60, "Details" starts one character later: two columns, not "Date Details".
        assertThat(kinds(40, "Date", 65, "Details", 300, "Paid out", 360, "Paid in", 420, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void headerSetInTwoRowsIsReadAsOne() {
        PageSketch sketch = new PageSketch(1)
                .line(40, "Date", 100, "Description", 350, "Paid", 430, "Paid", 500, "Balance")
                .line(350, "out", 430, "in");
        List<Line> lines = Line.of(sketch.page());
        var found = HeaderDetector.detect(lines, 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(2);
    }

    @Test
    void abbreviatedHeadersWithReferenceAndValueDateColumns() {
        assertThat(kinds(30, "Date", 85, "Narration", 210, "Chq./Ref.No.", 300, "Value Dt", 350, "Withdrawal Amt.",
                435, "Deposit Amt.", 505, "Closing Balance"))
                .isEqualTo("DATE,DESCRIPTION,OTHER,OTHER_DATE,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void headerSetInThreeRowsIsReadAsOneFromItsTopRow() {
        // Wrapped header cells centred vertically: the top row alone or with the middle row misses columns.
        PageSketch sketch = new PageSketch(1)
                .line(300, "Value", 350, "Withdrawal", 435, "Deposit", 505, "Closing")
                .line(30, "Date", 85, "Narration", 210, "Chq./Ref.No.")
                .line(300, "Dt", 350, "Amt.", 435, "Amt.", 505, "Balance");
        List<Line> lines = Line.of(sketch.page());
        var found = HeaderDetector.detect(lines, 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,OTHER,OTHER_DATE,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(3);
    }

    @Test
    void aUnitWithSpacesInsideItsParenthesesQualifiesItsHeader() {
        // "(INR )" and "( £ )" come as pieces ("(INR", ")"; "(", "£", ")"): together they are the unit "(INR)" is.
        assertThat(kinds(40, "Date", 100, "Description", 300, "Withdrawals (INR )", 400, "Deposits ( £ )",
                500, "Balance (INR )")).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aThirdHeaderRowSetUnderTheCellsItCompletesIsTheHeaders() {
        // "Date" under "Transaction", "Number" under "Cheque", "(INR)" under "Withdrawal Amount": the two top rows
        // alone name as many columns ("Transaction" read as text), but leave the third row under the header.
        PageSketch sketch = new PageSketch(1)
                .line(100, "Transaction", 165, "Cheque", 330, "Withdrawal Amount")
                .line(10, "S No.", 40, "Value Date", 205, "Transaction Remarks", 425, "Deposit Amount (INR)",
                        535, "Balance (INR)")
                .line(100, "Date", 165, "Number", 330, "(INR)");
        var found = HeaderDetector.detect(Line.of(sketch.page()), 0).orElseThrow();
        assertThat(found.columns().signature())
                .isEqualTo("OTHER,OTHER_DATE,DATE,OTHER,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(3);
    }

    @Test
    void threeCapitalsUnderTheTextColumnAreNoThirdHeaderRow() {
        // HDFC-like, the money headers wrapped onto a second row, then "LTD" at the top of a later page: the rest of
        // the previous page's last row ("NEFT CR-SALARY INFOSYS"), a currency code's shape but under the text.
        PageSketch sketch = new PageSketch(2)
                .line(40, "Date", 100, "Narration", 330, "Withdrawal", 400, "Deposit", 470, "Closing")
                .line(330, "Amt.", 400, "Amt.", 470, "Balance")
                .line(100, "LTD")
                .cell(100, "NEFT DR-ELECTRICITY").right(380, "4,062.99").right(530, "254,254.85").next();
        var found = HeaderDetector.detect(Line.of(sketch.page()), 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(2);
    }

    @Test
    void aThirdHeaderRowOfUnitsUnderTheMoneyColumnsIsTheHeaders() {
        // The look-alike: "(INR)" under each money header is their unit, a third header row (HeaderUnits).
        PageSketch sketch = new PageSketch(1)
                .line(40, "Date", 100, "Narration", 330, "Withdrawal", 400, "Deposit", 470, "Closing")
                .line(330, "Amt.", 400, "Amt.", 470, "Balance")
                .line(330, "(INR)", 400, "(INR)", 470, "(INR)")
                .cell(40, "02/10/25").cell(100, "NEFT DR-ELECTRICITY").right(380, "4,062.99").right(530, "254,254.85")
                .next();
        var found = HeaderDetector.detect(Line.of(sketch.page()), 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(3);
    }

    @Test
    void shortAndAbbreviatedDateHeadersInEveryLanguage() {
        assertThat(kinds(40, "Buchung", 100, "Valuta", 160, "Vorgang", 420, "Soll EUR", 500, "Haben EUR"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT");
        assertThat(kinds(40, "F. Operación", 110, "F. Valor", 180, "Concepto", 470, "Importe", 540, "Saldo"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,AMOUNT,BALANCE");
        assertThat(kinds(40, "Data", 100, "Valuta", 160, "Descrizione", 420, "Dare", 480, "Avere", 540, "Saldo"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Data mov.", 110, "Data valor", 180, "Descrição", 420, "Débito", 480, "Crédito",
                540, "Saldo")).isEqualTo("DATE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void valueAloneIsTheValueDateWhereOtherColumnsHoldTheMoney() {
        assertThat(kinds(40, "Date", 100, "Value", 160, "Description", 420, "Debit", 480, "Credit", 540, "Balance"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Value", 160, "Description", 470, "Amount", 540, "Balance"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,AMOUNT,BALANCE");
        // Alone beside the text and the balance, "Value" is the amount.
        assertThat(kinds(40, "Date", 160, "Description", 470, "Value", 540, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
    }

    @Test
    void valorAloneIsTheAmountAndTurkishValorBesideMoneyColumnsTheValueDate() {
        // Folded, Turkish "Valör" is Portuguese and Spanish "Valor": the columns beside it say which it is.
        assertThat(kinds(40, "data", 115, "lançamentos", 400, "valor (R$)", 500, "saldo (R$)"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
        assertThat(kinds(40, "DATA", 72, "ESTABELECIMENTO", 400, "VALOR EM R$"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
        assertThat(kinds(40, "Fecha", 110, "Concepto", 420, "Valor", 500, "Saldo"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
        assertThat(kinds(40, "Tarih", 100, "Valör", 160, "Açıklama", 420, "Borç", 480, "Alacak", 540, "Bakiye"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Tarih", 100, "Valör", 160, "Açıklama", 420, "Tutar", 540, "Bakiye"))
                .isEqualTo("DATE,OTHER_DATE,DESCRIPTION,AMOUNT,BALANCE");
    }

    @Test
    void dutchHeadersWithASignColumnOrAfAndBijColumns() {
        assertThat(kinds(40, "Datum", 120, "Naam / Omschrijving", 380, "Code", 430, "Af/Bij", 500, "Bedrag (EUR)"))
                .isEqualTo("DATE,DESCRIPTION,OTHER,SIGN,AMOUNT");
        // "Bij" is three letters, as a currency code is, but names a column of its own.
        assertThat(kinds(40, "Datum", 120, "Omschrijving", 430, "Af", 450, "Bij", 520, "Saldo"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        // "Af Bij" a space apart heads one column of "Af"/"Bij" marks, as "Af/Bij" does.
        assertThat(kinds(40, "Datum", 120, "Naam / Omschrijving", 380, "Code", 430, "Af Bij", 500, "Bedrag (EUR)"))
                .isEqualTo("DATE,DESCRIPTION,OTHER,SIGN,AMOUNT");
        assertThat(kinds(40, "Date", 120, "Details", 380, "Debit/Credit", 470, "Amount"))
                .isEqualTo("DATE,DESCRIPTION,SIGN,AMOUNT");
    }

    @Test
    void aMexicanHeaderWithSettlementDateAndCodeColumns() {
        assertThat(kinds(40, "FECHA", 90, "F. LIQ", 140, "COD.", 180, "DESCRIPCIÓN", 330, "REFERENCIA", 430, "CARGOS",
                490, "ABONOS", 550, "SALDO")).isEqualTo("DATE,OTHER_DATE,OTHER,DESCRIPTION,OTHER,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void threeLettersAndADotSetCloseAfterAHeaderAreAColumnNotACurrency() {
        // "COD." less than three text heights after "F. LIQ" is where a currency would qualify it; its dot says it
        // shortens a word ("Código"), and a currency code is never abbreviated: it heads a column of its own.
        assertThat(kinds(40, "FECHA", 90, "F. LIQ", 130, "COD.", 180, "DESCRIPCIÓN", 330, "REFERENCIA", 430, "CARGOS",
                490, "ABONOS", 550, "SALDO")).isEqualTo("DATE,OTHER_DATE,OTHER,DESCRIPTION,OTHER,DEBIT,CREDIT,BALANCE");
        // Without the dot three capitals a space after a header word still say what the column is counted in.
        assertThat(kinds(40, "Date", 100, "Details", 300, "Amount", 340, "EUR"))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT");
    }

    @Test
    void summaryLinesAndSentencesAreNotHeaders() {
        assertThat(detect(40, "La data del movimento e il saldo del conto sono indicati qui sotto in euro")).isFalse();
        assertThat(detect(40, "Datum van de afschrijving: het bedrag wordt af van uw rekening geschreven")).isFalse();
        assertThat(detect(40, "Opening balance", 200, "Money in", 300, "Money out", 400, "Closing balance")).isFalse();
        assertThat(detect(40, "The date and amount of each payment is shown below")).isFalse();
        assertThat(detect(40, "Date", 100, "Description")).isFalse();
    }

    private static String kinds(Object... cells) {
        List<Line> lines = Line.of(new PageSketch(1).line(cells).page());
        return HeaderDetector.detect(lines, 0).orElseThrow().columns().columns().stream()
                .map(c -> c.kind().name()).collect(Collectors.joining(","));
    }

    private static boolean detect(Object... cells) {
        List<Line> lines = Line.of(new PageSketch(1).line(cells).page());
        return HeaderDetector.detect(lines, 0).isPresent();
    }
}
