package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A sign column right after the balance ("Balance | Dr/Cr") marks the balance, row by row. */
class BalanceSignColumnTest {

    private static PageSketch row(PageSketch p, String date, String text, float moneyRight, String amount,
                                  String balance, String sign) {
        if (date != null) {
            p.cell(40, date);
        }
        p.cell(100, text);
        if (amount != null) {
            p.right(moneyRight, amount);
        }
        return p.right(490, balance).cell(502, sign).next();
    }

    @Test
    void theSignColumnAfterTheBalanceSignsTheBalanceOfItsOwnRow() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01 Apr 2025 to 30 Apr 2025").gap(20)
                .line(40, "Date", 100, "Transaction", 330, "Debit", 390, "Credit", 455, "Balance", 502, "Dr/Cr");
        row(p, null, "Balance B/F", 0, null, "612.40", "Cr");
        row(p, "02 Apr 25", "SO RENT J O'SULLIVAN", 350, "1,150.00", "537.60", "Dr");
        row(p, "03 Apr 25", "DD BORD GAIS ENERGY", 350, "153.01", "690.61", "Dr");
        row(p, "24 Apr 25", "SEPA CREDIT HSE SALARIES", 415, "1,487.12", "796.51", "Cr");
        row(p, "25 Apr 25", "POS TESCO IRL BALLINCOLLIG", 350, "58.23", "738.28", "Cr");
        row(p, "30 Apr 25", "ATM WITHDRAWAL CORK CU", 350, "800.00", "61.72", "Dr");
        row(p, null, "Balance C/F", 0, null, "61.72", "Dr");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1150.00"),
                new BigDecimal("-153.01"), new BigDecimal("1487.12"), new BigDecimal("-58.23"),
                new BigDecimal("-800.00"));
        assertThat(s.transactions()).extracting(Transaction::balance).containsExactly(new BigDecimal("-537.60"),
                new BigDecimal("-690.61"), new BigDecimal("796.51"), new BigDecimal("738.28"),
                new BigDecimal("-61.72"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
