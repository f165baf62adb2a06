package dev.pdfbulk.parse;

/**
 * A label printed in English then again in the bank's own script, no slash between ("C/F BALANCE 轉下結餘", "B/F BALANCE
 * 承上結餘", as Hong Kong banks print their forward rows): the English part alone says what the row is. Stateless.
 */
final class TrailingScript {

    private TrailingScript() {
    }

    /**
     * The words of the text before a run of words wholly in another script that ends it, when those words start with
     * a Latin letter ("c/f balance" of "c/f balance 轉下結餘"); null otherwise.
     */
    static String latinHead(String d) {
        if (d.length() < 3 || !isOtherScriptLetter(d.codePointBefore(d.length()))
                || Character.UnicodeScript.of(d.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return null;
        }
        int end = d.length();
        while (end > 0) {
            int space = d.lastIndexOf(' ', end - 1);
            if (!wholly(d, space + 1, end)) {
                break;
            }
            end = space < 0 ? 0 : space;
        }
        return end > 0 && end < d.length() ? d.substring(0, end).strip() : null;
    }

    // Every character a letter (or a mark on one) of a script other than Latin.
    private static boolean wholly(String d, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i += Character.charCount(d.codePointAt(i))) {
            int c = d.codePointAt(i);
            if (!isOtherScriptLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOtherScriptLetter(int c) {
        return c >= 0x0370 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
    }
}
