package dev.pdfbulk.extract;

import dev.pdfbulk.extract.WordAssembler.Glyph;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Right-to-left text drawn in visual order, read back in logical order when words are assembled. */
class RightToLeftTest {

    private static final float SIZE = 8;
    private static final float ADVANCE = 4;

    @Test
    void aHebrewPhraseDrawnInVisualOrderReadsInLogicalOrderWithinItsSpan() {
        // given: "ביט העברה לדני כהן" and "משיכה מכספומט סניף 612" as a right-to-left page draws them, left to right,
        // each right of an amount cell with a trailing minus that stays as printed
        List<Glyph> glyphs = new ArrayList<>(run("1,840.25-", 50, 100));
        glyphs.addAll(run("ןהכ ינדל הרבעה טיב", 200, 100));
        glyphs.addAll(run("612 ףינס טמופסכמ הכישמ", 200, 120));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text).containsExactly("1,840.25-", "ביט", "העברה", "לדני", "כהן",
                "משיכה", "מכספומט", "סניף", "612");
        Word first = words.get(1);
        Word last = words.get(4);
        assertThat(first.x()).isEqualTo(200f);
        assertThat(last.right()).isEqualTo(200 + 18 * ADVANCE);
        assertThat(words.get(0).x()).isEqualTo(50f);
    }

    @Test
    void datesAndNumbersInsideAHebrewPhraseKeepTheirOwnOrder() {
        // given: "לתקופה 01/06/2025 - 30/06/2025" in visual order (with a final letter to show the page's order)
        List<Glyph> glyphs = new ArrayList<>(run("30/06/2025 - 01/06/2025 הפוקתל", 200, 100));
        glyphs.addAll(run("ךיראת", 400, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text)
                .containsExactly("לתקופה", "01/06/2025", "-", "30/06/2025", "תאריך");
    }

    @Test
    void latinRunsKeepTheirOrderAndBracketsAreMirroredBack() {
        // given: "תשלום Netflix International בעמ 15.90" and "העברה (החזר)" as drawn, brackets shown mirrored
        List<Glyph> glyphs = new ArrayList<>(run("15.90 מעב Netflix International םולשת", 200, 100));
        glyphs.addAll(run("(רזחה) הרבעה", 200, 120));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text).containsExactly("תשלום", "Netflix", "International", "בעמ", "15.90",
                "העברה", "(החזר)");
    }

    @Test
    void textSetInLogicalOrderStaysAsItIs() {
        // given: Arabic set left to right in logical order, as some producers do ("القيمة" ends in a final-only letter
        // on its right), and Hebrew with no final-only letter to tell the order by
        List<Glyph> glyphs = new ArrayList<>(run("Value Date تاريخ القيمة", 50, 100));
        glyphs.addAll(run("שיק 80012", 50, 120));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text).containsExactly("Value", "Date", "تاريخ", "القيمة", "שיק", "80012");
    }

    @Test
    void anEnglishPageQuotingArabicNamesKeepsItsOwnWordsOrderAroundThem() {
        // given: an English statement's rows "POS Purchase مطعم البيك RIYADH", "Local Transfer To مصرف الإنماء" and
        // "سداد فاتورة للتجزئة 344995" as drawn, each Arabic run shown right to left ("للتجزئة" ends in a final-only
        // letter, at its left in visual order), the page's words mostly Latin
        List<Glyph> glyphs = new ArrayList<>(run("Date Description Debit Credit Balance", 50, 80));
        glyphs.addAll(run("POS Purchase كيبلا معطم RIYADH", 50, 100));
        glyphs.addAll(run("Local Transfer To ءامنإلا فرصم", 50, 120));
        glyphs.addAll(run("344995 ةئزجتلل ةروتاف دادس", 50, 140));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then: a phrase beginning and ending with a Latin letter reads left to right, as does one with a Latin and
        // an Arabic end on a mostly Latin page; one with Arabic at both ends still reads right to left
        assertThat(words.subList(5, words.size())).extracting(Word::text).containsExactly(
                "POS", "Purchase", "مطعم", "البيك", "RIYADH",
                "Local", "Transfer", "To", "مصرف", "الإنماء",
                "سداد", "فاتورة", "للتجزئة", "344995");
    }

    @Test
    void arabicDrawnInShapedFormsReadsInLogicalOrderAsTheLettersAReaderTypes() {
        // given: "تحويل لحساب رقم 971496" and "شراء من نقاط البيع" drawn in visual order in presentation forms (no
        // final-only base letter, but each word's final form leftmost and its initial form rightmost)
        List<Glyph> glyphs = new ArrayList<>(run("971496 \uFEE2\uFED7\uFEAD \uFE8F\uFE8E\uFEB4\uFEA4\uFEDF "
                + "\uFEDE\uFEF3\uFEEE\uFEA4\uFE97", 200, 100));
        glyphs.addAll(run("\uFECA\uFEF4\uFE92\uFEDF\uFE8D \uFEC1\uFE8E\uFED8\uFEE7 \uFEE6\uFEE3 "
                + "\uFE80\uFE8D\uFEAE\uFEB7", 200, 120));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text).containsExactly("\u062A\u062D\u0648\u064A\u0644",
                "\u0644\u062D\u0633\u0627\u0628", "\u0631\u0642\u0645", "971496",
                "\u0634\u0631\u0627\u0621", "\u0645\u0646", "\u0646\u0642\u0627\u0637",
                "\u0627\u0644\u0628\u064A\u0639");
    }

    @Test
    void arabicShapedFormsSetInLogicalOrderKeepTheirOrder() {
        // given: "بنك مصر" in presentation forms set left to right in logical order (initial forms leftmost)
        List<Glyph> glyphs = new ArrayList<>(run("Banque \uFE91\uFEE8\uFEDA \uFEE3\uFEBC\uFEAE", 50, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then: the order kept, the forms turned into letters
        assertThat(words).extracting(Word::text).containsExactly("Banque", "\u0628\u0646\u0643",
                "\u0645\u0635\u0631");
    }

    @Test
    void digitsOfOtherScriptsReadAsAsciiDigitsWithTheArabicSeparators() {
        // given: an ar-EG amount with the Arabic separators and its minus at the right as drawn, a date, Persian and
        // Devanagari digits, and full-width digits (the ASCII digits' wide forms)
        List<Glyph> glyphs = new ArrayList<>(run("\u0661\u0662\u066C\u0663\u0664\u0665\u066B\u0666\u0667-", 50, 100));
        glyphs.addAll(run("\u0660\u0665/\u0660\u0666/\u0662\u0660\u0662\u0665", 150, 100));
        glyphs.addAll(run("\u06F1\u06F4\u06F0\u06F4 \u0967\u0968\u0969 \uFF11\uFF12", 250, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).extracting(Word::text)
                .containsExactly("12,345.67-", "05/06/2025", "1404", "123", "\uFF11\uFF12");
    }

    private static List<Glyph> run(String text, float x, float y) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(text.substring(i, i + 1), x + i * ADVANCE, y, ADVANCE, SIZE, SIZE));
        }
        return glyphs;
    }
}
