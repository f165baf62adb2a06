package dev.pdfbulk.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a table's rows lie, learnt from all its lines before any row is assembled ({@link RowAssembler}): where wrapped
 * rows print their amounts and dates, the pitch a heading may stand at, and on which side of its row line wrapped
 * text is set. A value; null-free.
 *
 * @param datesTrail       each row's date is printed on the line right below its amounts ({@link TrailingDates})
 * @param blockPitch       then the widest gap between a row's amount line and its date line; NaN otherwise
 * @param amountLast       the table prints the amount on the last line of its wrapped rows ({@link WrapLayout})
 * @param wrapsBelow       the table's rows wrap below their first line, never above it ({@link WrapLayout})
 * @param rowPitch         the pitch of the one-line rows where a heading may stand between rows ({@link RowHeading}),
 *                         NaN where none may
 * @param sectionNamesOnly the only lines of text between rows are sections' names: no row wraps ({@link RowHeading})
 * @param blockSides       where rows are set apart by wider gaps ({@link RowBlocks}), centred on their row lines
 *                         ({@link CentredRows}) or shown by their words aligned to the bottom of their cells ({@link
 *                         BottomRows}), each text line's side of its row's line; empty otherwise
 * @param side             on which side of their date rows set their text ({@link TextAboveRows#side})
 * @param valueDates       each row's second line starts with its value date ({@link ValueDateLines})
 * @param beginningBelow   text between two rows whose words show it the row below's first lines ({@link WordWrap})
 * @param aboveProven      text after a row's reference run on alone stands over the next row's amounts: rows set text
 *                         above their amounts ({@link TextAboveRows#runOnShowsAbove})
 */
record TableRhythm(boolean datesTrail, float blockPitch, boolean amountLast, boolean wrapsBelow, float rowPitch,
        boolean sectionNamesOnly, Map<TableLine, Boolean> blockSides, int side, boolean valueDates,
        Set<TableLine> beginningBelow, boolean aboveProven) {

    /**
     * The rhythm of a table's lines, in order over all its pages.
     *
     * @param undated        whether no fragment of the table has a date column (dates may then trail their amounts)
     * @param clearlyNearer  how much nearer text must be to one row than to the other to go with it
     */
    /**
     * Whether the table shows its rows set wrapped text only above their amounts: its wrapped rows end on their amount,
     * or every wrapped row's block sets its text above its row line. Then nothing follows a complete row but the next.
     */
    boolean textAboveOnly() {
        return amountLast || !blockSides.isEmpty() && !blockSides.containsValue(Boolean.FALSE);
    }

    static TableRhythm of(List<TableLine> all, boolean undated, float clearlyNearer) {
        float blockPitch = undated ? TrailingDates.pitch(all) : Float.NaN;
        boolean datesTrail = !Float.isNaN(blockPitch);
        // Where dates trail their amounts, a dated line waiting for an amount is no row's first line.
        boolean amountLast = !datesTrail && WrapLayout.amountOnLastLine(all);
        boolean wrapsBelow = !amountLast && WrapLayout.wrapsBelowFirstLine(all, clearlyNearer);
        float rowPitch = amountLast ? Float.NaN : RowHeading.rowPitch(all, clearlyNearer);
        List<TableLine> textLines = all.stream().filter(TableLine::isTextOnly).toList();
        boolean sectionNamesOnly = textLines.stream().allMatch(RowHeading::namesASection);
        Map<TableLine, Boolean> blockSides = datesTrail ? Map.of() : RowBlocks.sides(all);
        if (!datesTrail && !amountLast && !blockSides.keySet().containsAll(textLines)) {
            // No padding parts the rows, or it leaves text unplaced (a row's half parted from it by a page break):
            // rows centred on their row lines may still show each line's side, counted over every line.
            Map<TableLine, Boolean> centred = CentredRows.sides(all);
            blockSides = blockSides.isEmpty() || centred.keySet().containsAll(textLines) && !centred.isEmpty()
                    ? centred : blockSides;
        }
        if (!datesTrail && !amountLast && !blockSides.containsValue(Boolean.FALSE)
                && !blockSides.keySet().containsAll(textLines)) {
            // Nor rows aligned to the bottom of their cells read whole: their words may still show every line the
            // row below's (where the padding left some text unplaced, split from its row by a page break).
            Map<TableLine, Boolean> bottom = BottomRows.sides(all);
            blockSides = bottom.isEmpty() ? blockSides : bottom;
        }
        int side = blockSides.isEmpty() ? TextAboveRows.side(all, clearlyNearer) : TextAboveRows.BELOW;
        boolean valueDates = !datesTrail && !amountLast && ValueDateLines.follow(all);
        // Text under the last row shows one side only: evenly spaced rows may set lines on both (two over the date).
        boolean atEnd = side == TextAboveRows.BELOW_AT_END;
        side = atEnd ? TextAboveRows.BELOW : side;
        Set<TableLine> beginningBelow = side == TextAboveRows.BELOW && !atEnd ? Set.of()
                : WordWrap.beginningRowBelow(all);
        return new TableRhythm(datesTrail, blockPitch, amountLast, wrapsBelow, rowPitch, sectionNamesOnly, blockSides,
                side, valueDates, beginningBelow, TextAboveRows.runOnShowsAbove(all));
    }
}
