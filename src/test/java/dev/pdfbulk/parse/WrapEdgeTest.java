package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text between two rows, evenly spaced, measured in points against the edge the description column wraps at
 * ({@link WrapEdge}): the text at x 100, 5 pt a character, the debit column's header and amounts from x 405 on, so no
 * text ends past 397 (a cell gap short of it). Only one row wraps in each table, too few full lines for {@link
 * WordWrap}'s count of characters to show a width but where a test says otherwise.
 */
class WrapEdgeTest {

    // Four rows evenly spaced: {@code first}'s, the lines {@code between}, {@code second}'s, {@code third}'s.
    private static Statement evenly(String first, String between, String second, String third) throws Exception {
        return evenly(first, new String[] {between}, second, third);
    }

    private static Statement evenly(String first, String[] between, String second, String third) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, "MOBILE CHECK DEPOSIT").right(490, "50.00").right(555, "1,050.00")
                .next()
                .cell(40, "02/04/2025").cell(100, first).right(430, "40.00").right(555, "1,010.00").next();
        for (String line : between) {
            p.line(100, line);
        }
        return parse(p.cell(40, "03/04/2025").cell(100, second).right(430, "10.00").right(555, "1,000.00").next()
                .cell(40, "04/04/2025").cell(100, third).right(490, "60.00").right(555, "1,060.00").next()
                .cell(100, "Closing Balance").right(555, "1,060.00").next());
    }

    @Test
    void aFullLineUnderARowThatEndedShortBeginsTheRowBelow() throws Exception {
        // A grid aligned to the bottom of its cells: the row above had room for "TRANSFERENCIA" within the widest
        // line, and the line, ending 15 pt short of the next column, had none for "564952". Before, the line went to
        // the row above and the statement reconciled with both descriptions wrong.
        Statement s = evenly("RECIBO IBERDROLA CLIENTES",
                "TRANSFERENCIA ALQUILER REFERENCIA 564952 TARJETA OPERACION",
                "564952 LOCALIDAD MADRID", "NOMINA EMPRESA SL");
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void fullLinesUnderAFullRowAreInDoubtWhereNoRowShowsItsSide() throws Exception {
        // Both the row above and the lines are full, the first line too full for the second's first word (the column
        // wraps at its width): the lines may end the row above (a grid aligned to the top of its cells) or begin the
        // row below (to the bottom), and no other row tells.
        Statement s = evenly("RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218", new String[] {
            "MERCHANT ID 637427 LOCATION NEW YORK NY 10014 TERMINAL",
            "ACQUIRER 4412 BATCH 2041 SEQUENCE 7 APPROVED ONLINE PIN 88"}, "TAXI", "NOMINA EMPRESA SL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void aFullLineUnderAFullRowStaysWithItWhereNoRowShowsAWidth() throws Exception {
        // One line between two full rows, nowhere two lines of one row: nothing shows the descriptions wrap at the
        // column's width rather than where their writer broke them, so the line stays the row above's.
        Statement s = evenly("RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218",
                "MERCHANT ID 637427 LOCATION NEW YORK NY 10014 TERMINAL 88", "TAXI", "NOMINA EMPRESA SL");
        assertThat(s.transactions().get(1).description()).isEqualTo(
                "RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218 MERCHANT ID 637427 LOCATION NEW YORK NY 10014"
                        + " TERMINAL 88");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFullLineUnderAFullRowIsInDoubtWhereThreeLinesShowAWidth() throws Exception {
        // Probe fz_131_L4, a grid aligned to the bottom of its cells: as above, but a one-line row of 59 characters
        // makes three lines within a tenth of the widest, so the descriptions run up against a width and both lines
        // end as wrapped ones do. Before, the line went to the row above and the statement reconciled with both
        // descriptions wrong.
        Statement s = evenly("RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218",
                "MERCHANT ID 637427 LOCATION NEW YORK NY 10014 TERMINAL 88", "TAXI",
                "NOMINA EMPRESA SL TRANSFERENCIA MENSUAL REF 2025 04 PAGO 55");
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void aShortLastLineUnderAFullRowEndsIt() throws Exception {
        // The line had room for the next row's first word: it ends a paragraph, the row above's.
        Statement s = evenly("RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218",
                "MERCHANT ID 637427", "TAXI", "NOMINA EMPRESA SL");
        assertThat(s.transactions().get(1).description())
                .isEqualTo("RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218 MERCHANT ID 637427");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineNotSurelyFullUnderAShortRowSaysNothing() throws Exception {
        // The widest line, ending 65 pt short of the next column: it might have taken "564952", so nothing shows the
        // column wrapped there (a type line over a detail line is set so too).
        Statement s = evenly("RECIBO IBERDROLA CLIENTES", "TRANSFERENCIA ALQUILER REFERENCIA 564952 TARJETA",
                "564952 LOCALIDAD", "NOMINA EMPRESA SL");
        assertThat(s.transactions().get(1).description())
                .isEqualTo("RECIBO IBERDROLA CLIENTES TRANSFERENCIA ALQUILER REFERENCIA 564952 TARJETA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFullLineShortOfTheWidestUnderARowThatEndedShortIsInDoubt() throws Exception {
        // Probe fz_115_L4, a grid aligned to the bottom of its cells: the row above ended short of the widest line
        // by more than "STANDING" (its paragraph ended), the line, within a tenth of the widest as two other lines
        // are, had no room within it for "9897547" (it broke where a wrap does), though room before the next column.
        // Before, the line went to the row above and the statement reconciled with both descriptions wrong.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "01/04/2025").cell(100, "FASTER PAYMENT NETFLIX SUBSCRIPTION NORWICH CARD 4980")
                .right(430, "10.00").right(555, "990.00").next()
                .cell(40, "01/04/2025").cell(100, "STANDING ORDER DELIVEROO ORDER 9877582 INVOICE 327")
                .right(430, "20.00").right(555, "970.00").next()
                .cell(40, "02/04/2025").cell(100, "BILL PAYMENT BRITISH GAS LEEDS MANDATE 360")
                .right(430, "30.00").right(555, "940.00").next()
                .line(100, "STANDING ORDER TRAINLINE TICKETS BATH MANDATE 811")
                .cell(40, "03/04/2025").cell(100, "9897547").right(430, "40.00").right(555, "900.00").next()
                .cell(40, "04/04/2025").cell(100, "HMRC TAX REFUND").right(490, "100.00").right(555, "1,000.00").next()
                .cell(100, "Closing Balance").right(555, "1,000.00").next());
        assertThat(s.transactions()).hasSize(5);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void aRowWhoseTextEndsShortShowsTheTableWrapsBelowItsRows() throws Exception {
        // The first wrapped row's last line had room for the next row's first word: rows end their text there, under
        // their amounts, so the full line between two full rows further down is the row above's too.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, "RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218")
                .right(430, "40.00").right(555, "960.00").next()
                .line(100, "MERCHANT ID 637427")
                .cell(40, "03/04/2025").cell(100, "TAXI").right(430, "10.00").right(555, "950.00").next()
                .cell(40, "04/04/2025").cell(100, "CARD PURCHASE WHOLE FOODS MARKET 1042 REF 884211 CARD")
                .right(430, "50.00").right(555, "900.00").next()
                .line(100, "MERCHANT ID 884211 LOCATION NEW YORK NY 10014 TERMINAL 88")
                .cell(40, "05/04/2025").cell(100, "TAXI").right(490, "100.00").right(555, "1,000.00").next()
                .cell(100, "Closing Balance").right(555, "1,000.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "RESTAURANT THE LITTLE OWL REF 637427 CARD 4412 AUTH 3218 MERCHANT ID 637427", "TAXI",
                "CARD PURCHASE WHOLE FOODS MARKET 1042 REF 884211 CARD MERCHANT ID 884211 LOCATION NEW YORK NY 10014"
                        + " TERMINAL 88", "TAXI");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
