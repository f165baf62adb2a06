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

/** The side of a column or a balance in parentheses: "Withdrawal (Dr)", "Deposit (Cr)", "1,84,562.40(Cr)". */
class BracketedSideMarkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Withdrawal (Dr), DEBIT", "Deposit (Cr), CREDIT", "Withdrawals(Dr), DEBIT", "Debit (Dr), DEBIT"})
    void aSideInParenthesesKeepsTheMoneyColumn(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Deposit (Dr)", "Withdrawal (Cr)", "Narration (Cr)"})
    void aSideThatContradictsTheWordNamesNothing(String name) {
        assertThat(HeaderVocabulary.kindOf(name)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'1,84,562.40(Cr)', 184562.40, CR", "'2,310.45(Dr)', 2310.45, DR", "'766.02(cr)', 766.02, CR"})
    void aGluedSideInParenthesesIsTheAmountsMark(String text, String magnitude, String mark) {
        Amount a = AmountParser.parse(text).orElseThrow();
        assertThat(a.magnitude()).isEqualByComparingTo(magnitude);
        assertThat(a.mark().name()).isEqualTo(mark);
    }

    @Test
    void aKotakStyleTableReconcilesFromItsOpeningBalanceRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 92, "Narration", 290, "Chq/Ref No.", 352, "Withdrawal (Dr)", 432, "Deposit (Cr)",
                        520, "Balance")
                .cell(92, "Opening Balance").right(555, "1,84,562.40(Cr)").next()
                .cell(40, "01-07-2025").cell(92, "UPI/SWIGGY/493701/Payment").cell(290, "UPI-530301208583")
                        .right(418, "766.02").right(555, "1,83,796.38(Cr)").next()
                .cell(40, "10-07-2025").cell(92, "NEFT CR-CITI0100000-INFOSYS").cell(290, "639980")
                        .right(478, "1,54,487.20").right(555, "3,38,283.58(Cr)").next()
                .cell(92, "Closing Balance").right(555, "3,38,283.58(Cr)").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-766.02"), new BigDecimal("154487.20"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("183796.38"), new BigDecimal("338283.58"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
