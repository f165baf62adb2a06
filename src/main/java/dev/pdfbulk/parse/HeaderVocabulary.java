package dev.pdfbulk.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads header text as the column it names: the phrases of {@link HeaderPhrases}, matched after normalising,
 * with abbreviations written out and slash-joined alternatives. Which words a header may hold, and the key words
 * that let a line qualify as one, are those of {@link HeaderWords}.
 */
final class HeaderVocabulary {

    /** Every header phrase, normalised, and the kind it names. */
    private static final Map<String, ColumnKind> PHRASES = new HashMap<>();

    static {
        // Normalised as the header text will be: "Data mov." is found as "data mov".
        HeaderPhrases.all().forEach((phrase, kind) -> PHRASES.put(normalise(phrase), kind));
    }

    /** Abbreviations banks print for header words ("Value Dt", "Txn Amt", "Chq./Ref.No."), read as the word. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("dt", "date", "amt", "amount", "bal", "balance",
            "txn", "transaction", "chq", "cheque", "ref", "reference", "desc", "description");
    /** The phrases with abbreviations written out and dots read as spaces: "ref no" and "Ref.No." meet here. */
    private static final Map<String, ColumnKind> SPELLED_OUT = new HashMap<>();
    private static final Pattern WORD_BREAK = Pattern.compile("[ .]+");
    // The kind a phrase names as an ordinal, -1 for none: header rows and glued-word checks ask again and again.
    private static final WordMemo KINDS = new WordMemo(1 << 15, HeaderVocabulary::kindOrdinal);
    private static final ColumnKind[] KIND_VALUES = ColumnKind.values();

    static {
        for (Map.Entry<String, ColumnKind> phrase : PHRASES.entrySet()) {
            ColumnKind earlier = SPELLED_OUT.putIfAbsent(spelledOut(phrase.getKey()), phrase.getValue());
            if (earlier != null && earlier != phrase.getValue()) {
                throw new IllegalStateException("two kinds for " + spelledOut(phrase.getKey()));
            }
        }
    }

    private HeaderVocabulary() {
    }

    /** The abbreviations read as the words they shorten. */
    static Map<String, String> abbreviations() {
        return ABBREVIATIONS;
    }

    /** Every known header phrase and the kind it names. */
    static Map<String, ColumnKind> phrases() {
        return Map.copyOf(PHRASES);
    }

    /**
     * The kind a header phrase names, or null when it is not a known header phrase. Abbreviations count
     * as the words they shorten ("Value Dt", "Ref.No."), and alternatives joined by a slash (or by a spelled-out "or": "Cheques o Cargos") name a column when
     * every one names the same kind ("Chq./Ref.No.") or one of two is in the bank's own language ({@link
     * BilingualCell}); a word broken at a hyphen ("Beleg- datum") is read whole.
     */
    static ColumnKind kindOf(String phrase) {
        int kind = KINDS.get(phrase);
        return kind < 0 ? null : KIND_VALUES[kind];
    }

    private static int kindOrdinal(String phrase) {
        ColumnKind kind = lookUpKind(phrase);
        return kind == null ? -1 : kind.ordinal();
    }

    private static ColumnKind lookUpKind(String phrase) {
        String n = normalise(phrase);
        ColumnKind kind = PHRASES.get(n);
        if (kind == null) {
            kind = SPELLED_OUT.get(spelledOut(n));
        }
        if (kind == null && n.indexOf('/') > 0) {
            kind = HeaderAlternatives.kindOf(n);
            kind = kind != null ? kind : BilingualCell.kindOf(phrase);
        }
        if (kind == null && n.indexOf(' ') > 0) {
            kind = HeaderAlternatives.spokenKindOf(n);
        }
        String stem = kind == null ? HeaderUnits.withoutGluedUnit(n) : n;
        if (!stem.equals(n)) {
            // A unit glued to the header word ("Amount($)") qualifies it as one set a space apart does.
            kind = kindOf(stem);
        }
        if (kind == null && n.indexOf(' ') > 0 && EastAsianWords.isSpacelessLetter(n.codePointAt(0))) {
            // Japanese and Korean set a compound's parts with or without a space ("거래후 잔액", "거래후잔액").
            String joined = EastAsianWords.withoutInnerSpaces(n);
            kind = joined.equals(n) ? null : PHRASES.get(joined);
        }
        if (kind == null && n.contains("- ")) {
            // A word broken at a hyphen over two header rows ("Buchungs-" over "datum") is the whole word.
            kind = kindOf(n.replace("- ", ""));
        }
        if (kind == null && n.endsWith("r)")) {
            kind = HeaderAlternatives.signQualified(n);
        }
        return kind;
    }

    /** The kind a phrase names as the vocabulary lists it, whole or with its abbreviations spelled out; else null. */
    static ColumnKind listedKind(String phrase) {
        String n = normalise(phrase);
        return PHRASES.containsKey(n) ? PHRASES.get(n) : SPELLED_OUT.get(spelledOut(n));
    }

    /** The kind a spelled-out phrase ({@link #spelledOut}) names, or null. */
    static ColumnKind spelledOutKind(String spelled) {
        return SPELLED_OUT.get(spelled);
    }

    // Dots end abbreviations, so they separate words like spaces ("ref.no" is "ref no"); each abbreviation is spelled out.
    static String spelledOut(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length() + 8);
        for (String word : WORD_BREAK.split(normalised)) {
            if (!word.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(ABBREVIATIONS.getOrDefault(word, word));
            }
        }
        return out.toString();
    }

    /** True for a text column that is the description only where the header names no other ("Remarks"). */
    static boolean isSecondaryText(String phrase) {
        return HeaderPhrases.SECONDARY_TEXT.contains(normalise(phrase));
    }

    /** True for a word that names money moving without saying which way ("Payments", "Paid"): its pair says. */
    static boolean isTwoWay(String word) {
        return HeaderPhrases.TWO_WAY.contains(normalise(word));
    }

    /**
     * Lower case without accents, trimmed, trailing {@code : . *} and footnote marks removed, inner runs of white
     * space made one space ({@link HeaderText#normalise}).
     */
    static String normalise(String text) {
        return HeaderText.normalise(text);
    }
}
