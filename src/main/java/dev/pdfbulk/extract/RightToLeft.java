package dev.pdfbulk.extract;

import dev.pdfbulk.model.Word;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads right-to-left text (Hebrew, Arabic) drawn in visual order back in logical order. Such pages draw each
 * line as it shows, left to right, so words assembled by position come out with an RTL word's letters reversed
 * and the words of an RTL phrase in reverse order ("ךיראת" for "תאריך").
 *
 * <p>Whether a page is drawn in visual order shows in letters that only end a word (Hebrew's final forms
 * "ךםןףץ", Arabic's "ة" and "ى"): at a word's left end in visual order, at its right end when a producer set the
 * logical text left to right (as some do with Arabic); and, where Arabic is drawn in shaped presentation forms, a
 * word's final form leftmost or initial form rightmost ({@link ArabicForms}). A page is reordered only when the
 * visual side wins; presentation forms are then turned into the letters they shape, whatever the order.
 *
 * <p>Each phrase (words a space or so apart, so cells stay apart) holding an RTL letter is then read by the
 * Unicode bidi algorithm ({@link Bidi}): RTL runs reversed, numbers and Latin runs kept left to right, mirrored
 * brackets turned back. Its words are laid back over the phrase's span in logical order, so each stays within the
 * cell it was printed in. The phrase is read as a right-to-left paragraph, unless it begins and ends with a Latin
 * letter (a paragraph's first strong letter sets its direction, and a right-to-left one shows it rightmost), or
 * its ends are of the two scripts ("POS Purchase [Arabic name]", shown alike either way) on a page whose words
 * are mostly Latin: an English statement quoting an Arabic name keeps its own words' order around it.
 */
final class RightToLeft {

    // Words further apart than this share of the font size are separate cells, never one phrase.
    private static final float PHRASE_GAP_EM = 0.6f;

    private RightToLeft() {
    }

    /**
     * The page's words in logical order where it is drawn in visual order; else the same list.
     *
     * @param words      the page's words, line by line, each line left to right
     * @param lineStarts the index of each line's first word, ascending
     */
    static List<Word> logical(List<Word> words, List<Integer> lineStarts) {
        int evidence = 0;
        boolean any = false;
        boolean forms = false;
        for (Word w : words) {
            String t = w.text();
            if (!hasRtl(t)) {
                continue;
            }
            any = true;
            forms = forms || ArabicForms.has(t);
            if (t.length() >= 2) {
                char left = t.charAt(0);
                char right = t.charAt(t.length() - 1);
                evidence += endsOnly(left) && isRtl(right) ? 1 : 0;
                evidence -= endsOnly(right) && isRtl(left) ? 1 : 0;
                evidence += forms ? formsEvidence(ArabicForms.form(left), ArabicForms.form(right)) : 0;
            }
        }
        if (!any || evidence <= 0) {
            return forms ? letters(words) : words;
        }
        // Whether the page's words are mostly Latin: counted only on a page drawn in visual order.
        int latin = 0;
        for (Word w : words) {
            latin += hasRtl(w.text()) ? -1 : hasLatin(w.text()) ? 1 : 0;
        }
        List<Word> out = new ArrayList<>(words.size());
        for (int l = 0; l < lineStarts.size(); l++) {
            int end = l + 1 < lineStarts.size() ? lineStarts.get(l + 1) : words.size();
            reorderLine(words.subList(lineStarts.get(l), end), latin > 0, out);
        }
        return forms ? letters(out) : out;
    }

    // Shaped letters drawn in visual order put a word's final form leftmost and its initial form rightmost: +1;
    // drawn in logical order, the other way round: -1.
    private static int formsEvidence(int left, int right) {
        return (left == ArabicForms.FINAL || right == ArabicForms.INITIAL ? 1 : 0)
                - (left == ArabicForms.INITIAL || right == ArabicForms.FINAL ? 1 : 0);
    }

    // The words with Arabic presentation forms turned into the letters a reader types, each word where it was.
    private static List<Word> letters(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            out.add(ArabicForms.has(w.text())
                    ? new Word(ArabicForms.letters(w.text()), w.x(), w.y(), w.width(), w.height(), w.space()) : w);
        }
        return out;
    }

    private static void reorderLine(List<Word> line, boolean latinPage, List<Word> out) {
        int start = 0;
        for (int i = 1; i <= line.size(); i++) {
            if (i == line.size() || line.get(i).x() - line.get(i - 1).right()
                    > PHRASE_GAP_EM * Math.max(line.get(i).height(), line.get(i - 1).height())) {
                List<Word> phrase = line.subList(start, i);
                if (phrase.stream().anyMatch(w -> hasRtl(w.text()))) {
                    out.addAll(phrase(phrase, latinPage));
                } else {
                    out.addAll(phrase);
                }
                start = i;
            }
        }
    }

    /** One phrase's words, left to right as drawn, read in logical order and laid over the same span. */
    static List<Word> phrase(List<Word> drawn) {
        return phrase(drawn, false);
    }

    /**
     * One phrase's words read in logical order, latinPage saying whether the page's words are mostly Latin (which
     * decides a phrase whose two ends are of the two scripts).
     */
    static List<Word> phrase(List<Word> drawn, boolean latinPage) {
        StringBuilder visual = new StringBuilder();
        int[] source = new int[drawn.stream().mapToInt(w -> w.text().length() + 1).sum()];
        for (int i = 0; i < drawn.size(); i++) {
            if (i > 0) {
                source[visual.length()] = -1;
                visual.append(' ');
            }
            for (int k = 0; k < drawn.get(i).text().length(); k++) {
                source[visual.length() + k] = i;
            }
            visual.append(drawn.get(i).text());
        }
        int n = visual.length();
        Bidi bidi = new Bidi(visual.toString(), leftToRight(visual, latinPage)
                ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_RIGHT_TO_LEFT);
        byte[] levels = new byte[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, n);
        List<String> texts = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int first = -1;
        for (int k = 0; k <= n; k++) {
            int i = k < n ? order[k] : -1;
            if (i < 0 || visual.charAt(i) == ' ') {
                if (word.length() > 0) {
                    texts.add(word.toString());
                    sources.add(first);
                    word.setLength(0);
                }
                continue;
            }
            if (word.length() == 0) {
                first = source[i];
            }
            char c = visual.charAt(i);
            word.append((levels[i] & 1) == 1 ? mirrored(c) : c);
        }
        return laidOver(drawn, texts, sources);
    }

    // The logical words laid left to right over the drawn span, each as wide as the word it came from.
    private static List<Word> laidOver(List<Word> drawn, List<String> texts, List<Integer> sources) {
        boolean oneToOne = texts.size() == drawn.size()
                && sources.stream().distinct().count() == drawn.size();
        float left = drawn.get(0).x();
        float span = drawn.get(drawn.size() - 1).right() - left;
        int chars = texts.stream().mapToInt(String::length).sum();
        float[] widths = new float[texts.size()];
        float used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = oneToOne ? drawn.get(sources.get(i)).width() : span * texts.get(i).length() / (chars + texts.size());
            used += widths[i];
        }
        float gap = widths.length > 1 ? Math.max(0, span - used) / (widths.length - 1) : 0;
        List<Word> out = new ArrayList<>(texts.size());
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            Word from = drawn.get(sources.get(i));
            out.add(new Word(texts.get(i), x, from.y(), widths[i], from.height(), from.space()));
            x += widths[i] + gap;
        }
        return out;
    }

    // Left to right when the phrase's leftmost and rightmost letters are both Latin, or are of the two scripts on a
    // page of mostly Latin words.
    private static boolean leftToRight(CharSequence visual, boolean latinPage) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < visual.length(); i++) {
            char c = visual.charAt(i);
            if (isLatin(c) || isRtl(c)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        boolean left = isLatin(visual.charAt(first));
        boolean right = isLatin(visual.charAt(last));
        return left && right || left != right && latinPage;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLatin(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // A letter written left to right (Latin, and any other left-to-right script).
    private static boolean isLatin(char c) {
        return Character.isLetter(c) && Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    static boolean hasRtl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && isRtl(c)) {
                return true;
            }
        }
        return false;
    }

    // A letter of a right-to-left script by its bidi class: Hebrew (R) or Arabic (AL).
    private static boolean isRtl(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    // Letters written only at the end of a word: Hebrew's final forms, Arabic's teh marbuta and alef maksura.
    private static boolean endsOnly(char c) {
        return c == 'ך' || c == 'ם' || c == 'ן' || c == 'ף' || c == 'ץ' || c == 'ة' || c == 'ى';
    }

    private static char mirrored(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            default -> c;
        };
    }
}
