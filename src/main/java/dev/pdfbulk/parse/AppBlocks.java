package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mobile app's export with no table header, each transaction a block of lines: the description with a signed
 * amount at the right ("Albert Heijn ... -€37.96"), then, left-aligned under it, a line that starts with the date
 * ("2 Jun 2025, 17:32 · Groceries"), then maybe more text of the transaction ("£6.50 · 1 € = £0.8472"). Rewrites
 * such a page as rows a header-less table reads ({@link HeaderlessPage}): the date before the description on the
 * block's first line, the date line itself dropped, further text kept as the row's wrapped text. Only a guess at
 * the layout, which the statement's balances must prove. Stateless and thread-safe.
 */
final class AppBlocks {

    // Fewer blocks than this on every page are no such export.
    private static final int MIN_BLOCKS = 3;
    // The date line stands within this many of the first line's heights under it.
    private static final float NEXT_LINE = 2f;

    private AppBlocks() {
    }

    /** The pages with their blocks rewritten as rows, or null when no page holds enough blocks to be such an export. */
    static List<PageText> asRows(List<PageText> pages) {
        List<PageText> out = new ArrayList<>(pages.size());
        boolean any = false;
        for (PageText page : pages) {
            PageText rows = page(page);
            any |= rows != null;
            out.add(rows != null ? rows : page);
        }
        return any ? out : null;
    }

    // One page rewritten, or null when it holds fewer than MIN_BLOCKS blocks.
    private static PageText page(PageText page) {
        List<Line> lines = Line.of(page);
        List<int[]> blocks = new ArrayList<>();   // {first line, date words}
        float dateWidth = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int dateWords = start(lines, i);
            if (dateWords > 0) {
                blocks.add(new int[] {i, dateWords});
                Line under = lines.get(i + 1);
                dateWidth = Math.max(dateWidth, under.words().get(dateWords - 1).right() - under.words().get(0).x());
            }
        }
        if (blocks.size() < MIN_BLOCKS) {
            return null;
        }
        List<Word> words = new ArrayList<>(page.words().size());
        boolean[] dropped = new boolean[lines.size()];
        boolean[] shifted = new boolean[lines.size()];
        // How far up a line of the block's further text moves: into the place of the date line dropped above it.
        float[] up = new float[lines.size()];
        for (int[] b : blocks) {
            dropped[b[0] + 1] = true;
            shifted[b[0]] = true;
            // The block's further lines of text, close under the date line and starting where the block does.
            for (int k = b[0] + 2; k < lines.size() && !isBlockStart(blocks, k) && continues(lines, b[0], k); k++) {
                shifted[k] = true;
                up[k] = lines.get(b[0] + 1).y() - lines.get(b[0]).y();
            }
        }
        float dx = dateWidth + 3 * lines.get(blocks.get(0)[0]).height();
        for (int[] b : blocks) {
            Line first = lines.get(b[0]);
            Line under = lines.get(b[0] + 1);
            float x0 = first.words().get(0).x();
            for (int w = 0; w < b[1]; w++) {
                Word d = under.words().get(w);
                String text = w == b[1] - 1 && d.text().endsWith(",") ? d.text().substring(0, d.text().length() - 1) : d.text();
                words.add(new Word(text, x0 + d.x() - under.words().get(0).x(), first.y(), d.width(), first.height(), d.space()));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            Line line = lines.get(i);
            List<Word> ws = line.words();
            for (int w = 0; w < ws.size(); w++) {
                Word word = ws.get(w);
                boolean amount = shifted[i] && w == ws.size() - 1 && isBlockStart(blocks, i);
                float x = shifted[i] && !amount ? word.x() + dx : word.x();
                words.add(new Word(word.text(), x, word.y() - up[i], word.width(), word.height(), word.space()));
            }
        }
        return new PageText(page.number(), page.pageCount(), page.width(), page.height(), words);
    }

    private static boolean isBlockStart(List<int[]> blocks, int line) {
        for (int[] b : blocks) {
            if (b[0] == line) {
                return true;
            }
        }
        return false;
    }

    // Whether line k is more text of the block starting at line first: close under the line before, where it starts.
    private static boolean continues(List<Line> lines, int first, int k) {
        Line block = lines.get(first);
        Line line = lines.get(k);
        Line before = lines.get(k - 1);
        return line.y() - before.y() <= NEXT_LINE * block.height()
                && Math.abs(line.words().get(0).x() - block.words().get(0).x()) <= 1f
                && DateParser.parse(line.words().get(0).text()).isEmpty() && !signedAmountLast(line);
    }

    /**
     * How many words of the line under line i are its date, where line i starts a block: text, then a signed amount
     * well right of it, and under it, starting where it starts, a date ("2 Jun 2025,") and more; 0 otherwise.
     */
    static int start(List<Line> lines, int i) {
        Line first = lines.get(i);
        Line under = lines.get(i + 1);
        if (first.words().size() < 2 || !signedAmountLast(first) || under.page() != first.page()
                || under.y() - first.y() > NEXT_LINE * first.height() || under.height() > first.height()
                || Math.abs(under.words().get(0).x() - first.words().get(0).x()) > 1f || signedAmountLast(under)) {
            return 0;
        }
        List<Word> ws = under.words();
        for (int n = Math.min(3, ws.size()); n >= 1; n--) {
            String text = Phrase.join(ws, 0, n);
            if (text.endsWith(",")) {
                text = text.substring(0, text.length() - 1);
            }
            Optional<RawDate> date = DateParser.parse(text);
            if (date.isPresent() && date.get().year() != null) {
                return n;
            }
        }
        return 0;
    }

    // The line ends with an amount carrying its sign ("-€37.96", "+€176.04") set apart from the text before it.
    private static boolean signedAmountLast(Line line) {
        List<Word> ws = line.words();
        Word last = ws.get(ws.size() - 1);
        char c = last.text().charAt(0);
        if (c != '-' && c != '+' && c != '\u2212' || ws.size() < 2) {
            return false;
        }
        Word before = ws.get(ws.size() - 2);
        return last.x() - before.right() > 4 * line.height() && AmountParser.parse(last.text()).isPresent();
    }
}
