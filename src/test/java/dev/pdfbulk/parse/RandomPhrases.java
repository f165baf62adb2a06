package dev.pdfbulk.parse;

import java.util.Random;

/** Random phrases made of given pieces, for checking a hand-written matcher against the regex it replaces. */
final class RandomPhrases {

    private RandomPhrases() {
    }

    /** {@code least} plus up to {@code spread − 1} pieces, each drawn from {@code pieces}. */
    static String of(Random random, String[] pieces, int least, int spread) {
        StringBuilder text = new StringBuilder();
        for (int k = least + random.nextInt(spread); k > 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
