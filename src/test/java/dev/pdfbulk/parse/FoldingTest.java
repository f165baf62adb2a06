package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    // The definition Folding implements with a fast path: lower case, NFD, combining marks removed, dotless i as i.
    private static String reference(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('\u0131', 'i');
    }

    @Test
    void foldsCaseAndAccents() {
        assertThat(Folding.fold("SOLDE CRÉDITEUR")).isEqualTo("solde crediteur");
        assertThat(Folding.fold("Übertrag")).isEqualTo("ubertrag");
        assertThat(Folding.fold("Straße")).isEqualTo("straße");
        assertThat(Folding.fold("Księgowania")).isEqualTo("ksiegowania");
        assertThat(Folding.fold("e\u0301te\u0301")).isEqualTo("ete");
    }

    @Test
    void turkishDottedAndDotlessIFoldToI() {
        assertThat(Folding.fold("Açıklama")).isEqualTo(Folding.fold("AÇIKLAMA")).isEqualTo("aciklama");
        assertThat(Folding.fold("İŞLEM TUTARI")).isEqualTo(Folding.fold("İşlem Tutarı")).isEqualTo("islem tutari");
        assertThat(Folding.fold("DEVİR BAKİYESİ")).isEqualTo("devir bakiyesi");
    }

    @Test
    void agreesWithTheDecompositionOnRandomText() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                int pick = random.nextInt(10);
                char c;
                if (pick < 3) {
                    c = (char) (0x20 + random.nextInt(0x60));
                } else if (pick < 9) {
                    c = (char) (0x80 + random.nextInt(0x80));
                } else {
                    c = "\u0301\u0308\u0142\u0105\u0119\u015b\u017c\u20ac\u1e9e\u0178".charAt(random.nextInt(10));
                }
                text.append(c);
            }
            String s = text.toString();
            assertThat(Folding.fold(s)).as("[%s]", s).isEqualTo(reference(s));
        }
    }
}
