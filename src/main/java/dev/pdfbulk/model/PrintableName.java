package dev.pdfbulk.model;

import java.nio.file.Path;

/**
 * A file's name as one line of a message or log: control characters (a newline in a name would forge a
 * second line) become {@code ?}, as {@code ls} shows them.
 */
public final class PrintableName {

    private PrintableName() {
    }

    /** The path as text, its control characters replaced by {@code ?}. */
    public static String of(Path file) {
        return line(String.valueOf(file));
    }

    /** Any text that may quote a file's name (an exception's message), its control characters replaced by {@code ?}. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
