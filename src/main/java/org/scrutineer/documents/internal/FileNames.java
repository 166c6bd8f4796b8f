package org.scrutineer.documents.internal;

/**
 * Makes an uploaded file's name safe to keep as a label and to name a download: the name only, never a path. The
 * name never reaches the file system (files are stored under generated keys); this keeps it harmless in a
 * {@code Content-Disposition} header and on a person's disk.
 */
public final class FileNames {

    /** The longest name kept, in characters. */
    public static final int MAX_LENGTH = 200;

    private static final int MAX_EXTENSION = 16;

    private FileNames() {
    }

    /**
     * The name without any directory part (either separator, so {@code ../../x}, {@code ..\..\evil.pdf} and
     * {@code C:\a\b.pdf} keep {@code x}, {@code evil.pdf} and {@code b.pdf}), without control and invisible
     * formatting characters (such as a right-to-left override that disguises an extension), with the characters
     * Windows forbids in names replaced by {@code _}, trimmed, and cut to {@value #MAX_LENGTH} characters keeping its
     * extension. Empty when nothing usable is left (including {@code .} and {@code ..}).
     */
    public static String sanitise(String name) {
        if (name == null) {
            return "";
        }
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(cut + 1);
        StringBuilder kept = new StringBuilder(base.length());
        base.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return;
            }
            if ("<>:\"|?*".indexOf(cp) >= 0) {
                kept.append('_');
            } else {
                kept.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        String clean = kept.toString().strip();
        if (clean.chars().allMatch(c -> c == '.')) {
            return "";
        }
        return shorten(clean);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int room = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String cutStem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
        return cutStem + extension;
    }
}
