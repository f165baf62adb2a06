package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A card's net amount debited from the account ("Montant net débité le ...") is the total of its rows, no row. */
class CardNetDebitTest {

    @Test
    void aCardsNetAmountDebitedFromTheAccountIsNoTransaction() throws Exception {
        PageSketch p = new PageSketch(1);
        p.line(40, "Relevé de votre carte du 01/04/2025 au 30/04/2025").gap(20);
        p.line(40, "Date", 90, "Libellé", 400, "Débit euros", 480, "Crédit euros");
        p.cell(40, "03/04").cell(90, "CARREFOUR PARIS").right(455, "72,10").next();
        p.cell(40, "09/04").cell(90, "REMBOURSEMENT FNAC").right(535, "19,99").next();
        p.cell(40, "28/04").cell(90, "SNCF VOYAGES").right(455, "54,00").next();
        p.cell(90, "Total des opérations").right(455, "126,10").right(535, "19,99").next();
        p.cell(90, "Montant net débité le 05/05/2025 sur votre compte").right(455, "106,11").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARREFOUR PARIS", "REMBOURSEMENT FNAC", "SNCF VOYAGES");
    }
}
