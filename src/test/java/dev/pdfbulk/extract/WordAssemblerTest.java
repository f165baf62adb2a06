package dev.pdfbulk.extract;

import dev.pdfbulk.extract.WordAssembler.Glyph;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordAssemblerTest {

    private static final float SIZE = 10;
    private static final float ADVANCE = 5;

    @Test
    void splitsAtSpaceGlyphs() {
        // given
        List<Glyph> glyphs = run("CARD PAYMENT", 50, 100);

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("CARD", "PAYMENT");
        assertThat(words.get(0).x()).isEqualTo(50f);
        assertThat(words.get(0).width()).isCloseTo(4 * ADVANCE, within(0.01f));
        assertThat(words.get(1).x()).isCloseTo(50 + 5 * ADVANCE, within(0.01f));
        assertThat(words.get(1).y()).isEqualTo(100f);
        assertThat(words.get(1).height()).isEqualTo(SIZE);
    }

    @Test
    void splitsAtAVisibleGapWithoutASpaceGlyph() {
        // given: an amount right-aligned 20 pt after the description, no space drawn between them
        List<Glyph> glyphs = new ArrayList<>(run("TESCO", 50, 100));
        glyphs.addAll(run("12.50", 50 + 5 * ADVANCE + 20, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("TESCO", "12.50");
    }

    @Test
    void keepsGlyphsTogetherAcrossKerningSizedGaps() {
        // given: 1 pt between glyphs, under the 0.18 em word-gap threshold
        List<Glyph> glyphs = new ArrayList<>();
        String text = "1,234.56";
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(glyph(text.substring(i, i + 1), 50 + i * (ADVANCE + 1), 100));
        }

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("1,234.56");
    }

    @Test
    void groupsGlyphsIntoLinesTopToBottomWhateverTheirOrder() {
        // given: two lines drawn bottom-up and shuffled, the first with sub-point baseline jitter
        List<Glyph> glyphs = new ArrayList<>(run("SECOND LINE", 50, 114));
        glyphs.addAll(run("FIRST", 50, 100));
        glyphs.addAll(run("LINE", 50 + 6 * ADVANCE, 100.8f));
        Collections.shuffle(glyphs, new java.util.Random(42));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("FIRST", "LINE", "SECOND", "LINE");
        assertThat(words.get(1).y()).isEqualTo(100.8f);
        assertThat(words.get(2).y()).isEqualTo(114f);
    }

    @Test
    void dropsFakeBoldOverprint() {
        // given: the heading drawn twice, 0.3 pt apart
        List<Glyph> glyphs = new ArrayList<>(run("BALANCE", 50, 100));
        glyphs.addAll(run("BALANCE", 50.3f, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("BALANCE");
        assertThat(words.get(0).width()).isCloseTo(7 * ADVANCE, within(0.01f));
    }

    @Test
    void keepsRepeatedLettersThatAreNotOverprint() {
        // when
        List<Word> words = WordAssembler.words(run("BALL 1100", 50, 100));

        // then
        assertThat(texts(words)).containsExactly("BALL", "1100");
    }

    @Test
    void yieldsNoWordsForNoGlyphsOrOnlySpaces() {
        assertThat(WordAssembler.words(List.of())).isEmpty();
        assertThat(WordAssembler.words(run("   ", 50, 100))).isEmpty();
    }

    @Test
    void takesMultiCharacterGlyphsAsOneUnit() {
        // given: a ligature glyph "fi" inside a word
        List<Glyph> glyphs = List.of(glyph("o", 50, 100), glyph("fi", 55, 100), glyph("ce", 60, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("ofice");
    }

    @Test
    void leavesOutGlyphsSetAtAnAngleToTheText() {
        // given: a line, a watermark letter at 45° on it, a margin notice at 90°, a word tilted 2° by a scan
        List<Glyph> glyphs = new ArrayList<>(run("CARD 12.50", 50, 100));
        glyphs.add(new Glyph("D", 70, 100, 60, 96, 96, 0, 45));
        glyphs.addAll(run("NOTICE", 10, 100).stream().map(g -> turned(g, 90)).toList());
        glyphs.addAll(run("FEE", 150, 100).stream().map(g -> turned(g, 358)).toList());

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("CARD", "12.50", "FEE");
    }

    @Test
    void keepsTheTextOfAPageWhoseLinesAllRunAtTheSameAngle() {
        // given: a page turned by /Rotate, its text drawn at 90°, with a short line at 0° beside it
        List<Glyph> glyphs = new ArrayList<>(run("PAYMENT 12.50", 50, 100).stream().map(g -> turned(g, 90)).toList());
        glyphs.addAll(run("P1", 50, 200));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("PAYMENT", "12.50");
    }

    @Test
    void splitsTextSetOverTheEndOfOtherText() {
        // given: "Buchungsdatum" overruns its cell; "Verwendungszweck" starts 4 pt (0.4 em) before it ends
        List<Glyph> glyphs = new ArrayList<>(run("Buchungsdatum", 50, 100));
        glyphs.addAll(run("Verwendungszweck", 50 + 13 * ADVANCE - 4, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("Buchungsdatum", "Verwendungszweck");
    }

    @Test
    void keepsTwoCellsApartWhenOneIsSetAcrossTheOther() {
        // given: "valeur" overruns its cell; "Libellé", drawn after it, starts under its third letter
        List<Glyph> glyphs = new ArrayList<>(run("Date valeur", 50, 100));
        glyphs.addAll(run("Libellé", 50 + 7 * ADVANCE, 100));
        glyphs.addAll(run("Montant", 400, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then: the letters do not interleave
        assertThat(texts(words)).containsExactly("Date", "valeur", "Libellé", "Montant");
        assertThat(words.get(2).x()).isEqualTo(50 + 7 * ADVANCE);
    }

    @Test
    void keepsAWordWhoseLettersAreDrawnOutOfOrderWithoutCoveringEachOther() {
        // given: "CARD" drawn C, R, A, D: a step back that covers no letter
        List<Glyph> glyphs = List.of(glyph("C", 50, 100), glyph("R", 50 + 2 * ADVANCE, 100),
                glyph("A", 50 + ADVANCE, 100), glyph("D", 50 + 3 * ADVANCE, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("CARD");
    }

    @Test
    void widensTheSpaceOfLetterSpacedWordsByTwiceTheirSpacing() {
        // given: "ONLINE BANKING 12.50" letter-spaced by 1 pt (0.1 em: Tc after every glyph, the space too), a space
        // glyph 2.8 pt wide; then "OK" set plain
        List<Glyph> glyphs = new ArrayList<>();
        String text = "ONLINE BANKING";
        float x = 50;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            float width = ch.equals(" ") ? 2.8f : ADVANCE;
            glyphs.add(new Glyph(ch, x, 100, width, SIZE, SIZE, 2.8f));
            x += width + 1;
        }
        glyphs.add(new Glyph("O", 200, 100, ADVANCE, SIZE, SIZE, 2.8f));
        glyphs.add(new Glyph("K", 200 + ADVANCE, 100, ADVANCE, SIZE, SIZE, 2.8f));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then: the words stand 4.8 pt apart, a space and twice the spacing, which is their space; not plain text's
        assertThat(texts(words)).containsExactly("ONLINE", "BANKING", "OK");
        assertThat(words.get(1).x() - words.get(0).right()).isCloseTo(4.8f, within(0.01f));
        assertThat(words.get(0).space()).isCloseTo(4.8f, within(0.01f));
        assertThat(words.get(1).space()).isCloseTo(4.8f, within(0.01f));
        assertThat(words.get(2).space()).isCloseTo(2.8f, within(0.01f));
    }

    @Test
    void keepsAnAccentDrawnOverItsLetterInTheWord() {
        // given: "a" and a spacing diaeresis drawn over it, as some producers set "ä"
        List<Glyph> glyphs = new ArrayList<>(run("Wa", 50, 100));
        glyphs.add(glyph("\u00a8", 50 + ADVANCE + 0.5f, 100));
        glyphs.addAll(run("hrung", 50 + 2 * ADVANCE, 100));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(words).hasSize(1);
    }

    @Test
    void aBannerFarLargerThanTheRowsItCrossesIsWordsOfItsOwn() {
        // given: 10 pt rows 12 pt apart, and "COPY" in 40 pt (24 pt a letter) set between them across their text
        List<Glyph> glyphs = new ArrayList<>(run("TOTAL DEPOSITS", 50, 100));
        glyphs.addAll(run("WITHDRAWAL 64.89", 50, 112));
        glyphs.addAll(run("PAYROLL 1,200.00", 50, 124));
        String banner = "COPY";
        for (int i = 0; i < banner.length(); i++) {
            glyphs.add(new Glyph(banner.substring(i, i + 1), 52 + 24 * i, 110, 24, 40, 40));
        }

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then: every row's words whole, the banner one word, all in baseline order
        assertThat(texts(words)).containsExactly("TOTAL", "DEPOSITS", "COPY", "WITHDRAWAL", "64.89", "PAYROLL",
                "1,200.00");
        assertThat(words.get(2).height()).isEqualTo(40f);
    }

    @Test
    void aTitleSomeTimesTheRowsSizeStaysOnItsLine() {
        // given: a 30 pt title (three times the 10 pt text) with a 10 pt word on its baseline
        List<Glyph> glyphs = new ArrayList<>(run("ACCOUNT ACTIVITY", 50, 100));
        glyphs.add(new Glyph("B", 50, 130, 18, 30, 30));
        glyphs.add(new Glyph("A", 68, 130, 18, 30, 30));
        glyphs.add(new Glyph("N", 86, 130, 18, 30, 30));
        glyphs.add(new Glyph("K", 104, 130, 18, 30, 30));
        glyphs.addAll(run("Page 1", 300, 130));

        // when
        List<Word> words = WordAssembler.words(glyphs);

        // then
        assertThat(texts(words)).containsExactly("ACCOUNT", "ACTIVITY", "BANK", "Page", "1");
    }

    private static List<Glyph> run(String text, float x, float y) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(glyph(text.substring(i, i + 1), x + i * ADVANCE, y));
        }
        return glyphs;
    }

    private static Glyph glyph(String text, float x, float y) {
        return new Glyph(text, x, y, ADVANCE, SIZE, SIZE);
    }

    private static Glyph turned(Glyph g, float angle) {
        return new Glyph(g.text(), g.x(), g.y(), g.width(), g.height(), g.fontSize(), g.space(), angle);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
