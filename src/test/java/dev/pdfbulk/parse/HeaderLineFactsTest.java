package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderLineFactsTest {

    // Header words, key words of each kind, qualifiers, units, amounts, dates and ordinary words.
    private static final String[] WORDS = {"Date", "DATE", "Datum", "Buchungs-", "datum", "Amount", "Montant", "Débit",
        "Credit", "Balance", "Solde", "Description", "Details", "Libellé", "de", "l'opération", "Withdrawn/", "Paid",
        "out", "in", "(£)", "EUR", "R$", "US$", "Money", "CARD", "PURCHASE", "TESCO", "12.50", "-3,40", "01/02", "2025",
        "Ngày", "Số", "tiền", "Дата", "Сумма", "日付", "金額", "", "Kirjaus-", "päivä", "Reference", "Posting", "Value"};

    @Test
    void aLinesFactsAreItsWordsLookedUpOneByOne() {
        Random random = new Random(28);
        for (int n = 0; n < 20_000; n++) {
            List<Word> words = new ArrayList<>();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                String text = WORDS[random.nextInt(WORDS.length)];
                words.add(new Word(text.isEmpty() ? "x" + random.nextInt(100) : text, k, 0, 5, 8, 2));
            }
            int keys = 0;
            boolean headerWord = false;
            for (Word w : words) {
                keys |= HeaderWords.keys(w.text());
                headerWord |= HeaderWords.isHeaderWord(w.text());
            }
            int facts = HeaderWords.lineFacts(words);
            assertThat(HeaderWords.keyBitsOf(facts)).as("%s", words).isEqualTo(keys);
            assertThat(HeaderWords.anyHeaderWord(facts)).as("%s", words).isEqualTo(headerWord);
        }
    }
}
