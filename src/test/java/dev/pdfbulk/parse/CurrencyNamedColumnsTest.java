package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money columns named by their currency alone ("DATA | ESTABELECIMENTO | US$ | R$", a card's international purchases
 * with the dollar amount and the real amount billed): the last is the account's money, the others the purchase's
 * original currency. A note in smaller type under the section's last row ("Dólar de conversão R$ 5,5231") is no part
 * of that row.
 */
class CurrencyNamedColumnsTest {

    private static PageSketch fatura(String internationalHeaderUs, String internationalHeaderBr) {
        PageSketch p = new PageSketch(1).line(40, "Itaucard Mastercard Platinum", 400, "Vencimento: 10/09/2025")
                .line(40, "Total desta fatura", 200, "R$ 986,57")
                .line(40, "Pagamento mínimo", 200, "R$ 172,50")
                .line(40, "Limite total de crédito", 200, "R$ 15.000,00")
                .line(40, "Emissão: 02/09/2025 Fechamento: 01/09/2025")
                .line(300, "Total da fatura anterior", 480, "500,00").gap(10)
                .line(40, "Pagamentos efetuados")
                .line(40, "DATA", 72, "ESTABELECIMENTO", 400, "VALOR EM R$");
        p.cell(40, "10/08").cell(72, "PAGAMENTO EFETUADO").right(455, "-500,00").next();
        p.cell(72, "Total dos pagamentos").right(455, "-500,00").next();
        p.line(40, "Lançamentos: compras e saques").line(40, "DATA", 72, "ESTABELECIMENTO", 400, "VALOR EM R$");
        p.cell(40, "02/08").cell(72, "AMERICANAS.COM").right(455, "380,55").next();
        p.cell(40, "04/08").cell(72, "UBER *TRIP").right(455, "25,05").next();
        p.cell(72, "Lançamentos no cartão (final 1234)").right(455, "405,60").next();
        p.line(40, "Lançamentos internacionais")
                .line(40, "DATA", 72, "ESTABELECIMENTO", 330, internationalHeaderUs, 445, internationalHeaderBr);
        p.cell(40, "27/08").cell(72, "STEAMGAMES.COM BELLEVUE").right(345, "59,90").right(455, "330,83").next();
        p.cell(40, "29/08").cell(72, "AMAZON.COM SEATTLE").right(345, "25,99").right(455, "143,55").next();
        p.cell(40, "01/09").cell(72, "REPASSE DE IOF EM R$").right(455, "106,59").next();
        p.sized(72, "Dólar de conversão R$ 5,5231", 7f).next();
        p.cell(72, "Total transações inter. em R$").right(455, "580,97").next();
        p.cell(72, "Total dos lançamentos atuais").right(455, "986,57").next();
        return p;
    }

    @Test
    void theLastCurrencyColumnIsTheAccountsMoneyAndTheOthersTheOriginalAmount() throws Exception {
        Statement s = parse(fatura("US$", "R$"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("PAGAMENTO EFETUADO",
                "AMERICANAS.COM", "UBER *TRIP", "STEAMGAMES.COM BELLEVUE", "AMAZON.COM SEATTLE",
                "REPASSE DE IOF EM R$");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("-380.55"), new BigDecimal("-25.05"), new BigDecimal("-330.83"),
                new BigDecimal("-143.55"), new BigDecimal("-106.59"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSignInParenthesesNamesItsColumnAsWell() throws Exception {
        Statement s = parse(fatura("(US$)", "(R$)"));
        assertThat(s.transactions()).hasSize(6);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void threeCapitalsThatNameNoCurrencyNameNoMoneyColumn() {
        PageSketch p = new PageSketch(1).line(40, "DATA", 72, "ESTABELECIMENTO", 330, "REF", 445, "QTY");
        assertThat(HeaderDetector.detect(Line.of(p.page()), 0)).isEmpty();
        PageSketch q = new PageSketch(1).line(40, "DATA", 72, "ESTABELECIMENTO", 330, "US$", 445, "R$");
        assertThat(HeaderDetector.detect(Line.of(q.page()), 0)).hasValueSatisfying(found -> assertThat(
                found.columns().columns()).extracting(Column::kind).containsExactly(ColumnKind.DATE,
                        ColumnKind.DESCRIPTION, ColumnKind.OTHER, ColumnKind.AMOUNT));
    }

    @Test
    void aSignBesideAHeaderWordQualifiesItAndNamesNoColumn() {
        // "Amount" names the money; "EUR" set apart after it is no second money column of its own.
        PageSketch p = new PageSketch(1).line(40, "Date", 110, "Description", 400, "Amount", 445, "EUR");
        List<Column> columns = HeaderDetector.detect(Line.of(p.page()), 0).orElseThrow().columns().columns();
        assertThat(columns).extracting(Column::kind).containsOnlyOnce(ColumnKind.AMOUNT);
    }
}
