package dev.pdfbulk.extract;

import java.text.Normalizer;

/**
 * Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF): the shaped letters many producers draw instead of the
 * letters themselves, each already in the form its place in the word takes (initial, medial, final, isolated). A
 * word's forms show the order it is drawn in (a final form leftmost is visual order), and a word is read with its
 * forms turned back into the letters a reader types ("ﻣﺼﺮ" is "مصر").
 */
final class ArabicForms {

    static final int INITIAL = 1;
    static final int FINAL = 3;

    private static final int FIRST = 0xFB50;
    private static final int LAST = 0xFEFF;

    private ArabicForms() {
    }

    static boolean isForm(char c) {
        return c >= FIRST && c <= 0xFDFF || c >= 0xFE70 && c <= LAST;
    }

    /** The form a presentation form takes ({@link #INITIAL}, 2 medial, {@link #FINAL}, 4 isolated), 0 for none. */
    static int form(char c) {
        return isForm(c) ? Table.FORMS[c - FIRST] : 0;
    }

    /** Whether the text holds a presentation form. */
    static boolean has(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST && isForm(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each presentation form turned into its letter (or letters, a ligature's), the rest as it is. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isForm(c) ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return out.toString();
    }

    // Each form's kind, from its Unicode name, built the first time a page holds a presentation form.
    private static final class Table {
        static final byte[] FORMS = new byte[LAST - FIRST + 1];

        static {
            for (int c = FIRST; c <= LAST; c++) {
                String name = isForm((char) c) ? Character.getName(c) : null;
                if (name != null) {
                    FORMS[c - FIRST] = (byte) (name.endsWith("INITIAL FORM") ? 1 : name.endsWith("MEDIAL FORM") ? 2
                            : name.endsWith("FINAL FORM") ? 3 : name.endsWith("ISOLATED FORM") ? 4 : 0);
                }
            }
        }
    }
}
