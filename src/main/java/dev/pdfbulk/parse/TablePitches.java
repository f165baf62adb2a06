package dev.pdfbulk.parse;

import java.util.Arrays;

/**
 * The vertical distances between a table's lines read so far, as the checks for the table's end ask about them at
 * every line: how many, the median and the widest. Kept sorted and folded as they come, so no line sorts or reads them
 * all again (a long page's table sorted its pitches once a line). The median is the sorted array's middle element
 * ({@code Arrays.sort} order), the widest {@code Math.max} folded from 0 in the order added: what sorting and looping
 * over them gave. One table's reading, one thread.
 */
final class TablePitches {

    private float[] sorted = new float[32];
    private int size;
    private float widest;

    /** Adds the distance between a line and the one above it. */
    void add(float pitch) {
        if (size == sorted.length) {
            sorted = Arrays.copyOf(sorted, size * 2);
        }
        // After every pitch that sorts before or equal to it: Float.compare is the order Arrays.sort gives floats.
        int at = size;
        while (at > 0 && Float.compare(sorted[at - 1], pitch) > 0) {
            at--;
        }
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = pitch;
        size++;
        widest = Math.max(widest, pitch);
    }

    /** How many pitches were added. */
    int size() {
        return size;
    }

    /** The middle pitch in order (the upper of the two middle ones of an even count); only when there is one. */
    float median() {
        return sorted[size / 2];
    }

    /** The widest pitch, 0 when there is none. */
    float widest() {
        return widest;
    }
}
