package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wide header of eighteen words whose Ukrainian cells, one or two rows each, have their English names set under
 * them (Monobank's card statement): four rows in all, each cell's first script naming its kind ("Сума в валюті
 * операції" over "Operation amount" is the operation's own currency, no money of the account).
 */
class TranslatedHeaderRowsTest {

    private static PageSketch header(PageSketch p) {
        return p.cell(40, "Дата і час").cell(150, "Деталі операції").cell(300, "MCC").right(400, "Сума в валюті")
                .right(480, "Сума в валюті").cell(490, "Валюта").right(580, "Курс").right(660, "Сума комісій")
                .right(760, "Залишок після").next()
                .cell(40, "операції").cell(150, "Operation details").right(400, "картки (UAH)").right(480, "операції")
                .cell(490, "Currency").right(580, "Exchange").right(660, "(UAH)").right(760, "операції").next()
                .cell(40, "Date and time").right(400, "Card currency").right(480, "Operation").right(580, "rate")
                .right(660, "Commission").right(760, "Balance").next()
                .right(400, "amount (UAH)").right(480, "amount").right(660, "(UAH)").next();
    }

    @Test
    void ukrainianCellsOverTheirEnglishNamesAreOneHeader() throws Exception {
        PageSketch p = header(new PageSketch(1)
                .line(40, "Період: 01.05.2025 - 31.05.2025")
                .gap(20))
                .cell(40, "04.05.2025 08:01:28").cell(150, "Уклон").cell(300, "4121").right(400, "-286.08")
                .right(480, "-286.08").cell(490, "UAH").right(580, "—").right(660, "0.00").right(760, "14 587.32").next()
                .cell(40, "05.05.2025 10:02:17").cell(150, "Зарплата").cell(300, "6012").right(400, "33 182.21")
                .right(480, "33 182.21").cell(490, "UAH").right(580, "—").right(660, "0.00").right(760, "47 769.53")
                .next()
                .cell(40, "12.05.2025 19:31:09").cell(150, "Apple.com/bill").cell(300, "5818").right(400, "-414.46")
                .right(480, "-9.99").cell(490, "USD").right(580, "41.4870").right(660, "0.00").right(760, "47 355.07")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Уклон", "Зарплата", "Apple.com/bill");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-286.08"),
                new BigDecimal("33182.21"), new BigDecimal("-414.46"));
    }
}
