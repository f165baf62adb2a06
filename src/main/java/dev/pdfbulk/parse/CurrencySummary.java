package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A summary printing one column of balances per currency under a line naming them ("COLONES  DÓLARES" over "Saldo
 * anterior  ₡184,520.75  $312.18"): the lines outside the table as each currency's section reads them, every summary
 * line keeping only the amount under that currency's name, so its labels give that currency's balances. Stateless.
 */
final class CurrencySummary {

    private CurrencySummary() {
    }

    /**
     * The lines as each currency given reads them, by code; null where no line names exactly those currencies, each
     * once and nothing else, or no line below it prints one amount under each.
     */
    static Map<String, List<Line>> split(List<Line> lines, List<String> codes, int rows) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> named = names(lines.get(i), codes);
            if (named == null) {
                continue;
            }
            Map<String, List<Line>> out = new LinkedHashMap<>();
            for (String code : codes) {
                out.put(code, new ArrayList<>(lines));
            }
            Line head = lines.get(i);
            boolean any = false;
            for (int j = i + 1; j < lines.size() && j <= i + rows && lines.get(j).page() == head.page(); j++) {
                List<Word> words = lines.get(j).words();
                int[] under = under(words, head.words(), codes.size());
                if (under == null) {
                    continue;
                }
                any = true;
                for (int c = 0; c < codes.size(); c++) {
                    List<Word> kept = new ArrayList<>(words.subList(0, words.size() - codes.size()));
                    kept.add(words.get(words.size() - codes.size() + under[c]));
                    Line line = lines.get(j);
                    out.get(named.get(c)).set(j, new Line(line.page(), line.y(), line.height(), kept));
                }
            }
            if (any) {
                return out;
            }
        }
        return null;
    }

    // The codes the line's words name left to right, when it names those given, each once, and nothing else.
    private static List<String> names(Line line, List<String> codes) {
        List<Word> words = line.words();
        if (words.size() != codes.size()) {
            return null;
        }
        List<String> named = new ArrayList<>();
        for (Word w : words) {
            String code = CurrencyColumnSections.code(w.text());
            if (code == null || !codes.contains(code) || named.contains(code)) {
                return null;
            }
            named.add(code);
        }
        return named;
    }

    // For each currency name, left to right, which of the line's last n words (amounts all) stands under it; null
    // unless each stands under another.
    private static int[] under(List<Word> words, List<Word> names, int n) {
        if (words.size() <= n) {
            return null;
        }
        int[] out = new int[n];
        Set<Integer> taken = new HashSet<>();
        for (int a = 0; a < n; a++) {
            Word w = words.get(words.size() - n + a);
            if (AmountParser.parse(w.text()).isEmpty()) {
                return null;
            }
            int best = -1;
            float miss = Float.MAX_VALUE;
            for (int c = 0; c < n; c++) {
                Word name = names.get(c);
                float d = Math.abs(w.x() + w.width() - name.x() - name.width());
                if (d < miss) {
                    miss = d;
                    best = c;
                }
            }
            if (!taken.add(best)) {
                return null;
            }
            out[best] = a;
        }
        return out;
    }
}
