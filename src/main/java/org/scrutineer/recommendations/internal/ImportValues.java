package org.scrutineer.recommendations.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.ResponseDecision;

/**
 * How the cells of a council's spreadsheet tracker are read: dates in the forms people type them, decisions and
 * progress in the words (and colours) trackers use, recommendation numbers, municipal years, and names compared the
 * way a person would. Also guesses which column holds which field from the header names. Every reader returns null
 * for an empty cell and throws {@link IllegalArgumentException} with a message a scrutiny officer can act on for
 * a value it cannot read.
 */
public final class ImportValues {

    /** The earliest and latest years a tracker's date may be in: anything else is a typing mistake. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** Cells that mean "nothing here" in a date or status column. */
    private static final Set<String> NOTHING = Set.of("", "na", "n a", "none", "tbc", "tba", "ongoing", "not applicable",
            "not known", "unknown", "nil");

    private static final List<DateTimeFormatter> DATES = patterns("uuuu-M-d", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu",
            "d/M/uu", "d MMM uuuu", "d MMMM uuuu", "d-MMM-uuuu", "d-MMM-uu", "d MMM uu", "d MMMM, uuuu",
            "EEEE d MMMM uuuu", "EEE d MMM uuuu", "MMMM d, uuuu", "MMM d, uuuu");
    private static final List<DateTimeFormatter> MONTHS = patterns("MMMM uuuu", "MMM uuuu", "MMM-uu", "MMM-uuuu",
            "M/uuuu");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(.*\\d)[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}(\\.\\d+)?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:r|rec|recommendation|no|number|item)?\\s*\\.?\\s*\\(?(\\d{1,3})(?:\\.0+)?\\)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$");
    private static final Set<String> HONORIFICS = Set.of("cllr", "councillor", "cllrs", "dr", "mr", "mrs", "ms", "miss",
            "mx", "prof", "professor", "sir", "dame", "canon", "rev", "revd", "reverend", "lord", "lady", "the");

    private ImportValues() {
    }

    // --- dates ----------------------------------------------------------------------------------------------------

    /**
     * A date as people type it in a UK tracker: {@code 2025-03-31}, {@code 31/03/2025} (day first, never American),
     * {@code 31-03-2025}, {@code 31.03.2025}, {@code 31 Mar 2025}, {@code 31st March 2025}, with or without a time of
     * day; from an XLSX, also Excel's day number. With {@code monthAlone}, {@code March 2026} means the last day of
     * that month (as a target date "by March 2026" does). "N/A", "TBC" and "Ongoing" are read as no date.
     */
    public static LocalDate date(String cell, boolean excelSerials, boolean monthAlone) {
        String text = clean(cell);
        if (NOTHING.contains(normal(text)) || text.equals("-") || text.equals("–")) {
            return null;
        }
        Matcher timed = TIME_OF_DAY.matcher(text);
        if (timed.matches()) {
            text = timed.group(1).strip();
        }
        if (excelSerials && SERIAL.matcher(text).matches()) {
            return plausible(EXCEL_EPOCH.plusDays((long) Double.parseDouble(text)), cell);
        }
        String words = ORDINAL.matcher(text).replaceAll("$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(words, f);
                if (!FOUR_DIGITS.matcher(words).find() && d.getYear() > LocalDate.now().getYear() + 50) {
                    d = d.minusYears(100); // a two-digit year: 99 is 1999, not 2099
                }
                return plausible(d, cell);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        if (monthAlone) {
            for (DateTimeFormatter f : MONTHS) {
                try {
                    return plausible(YearMonth.parse(words, f).atEndOfMonth(), cell);
                } catch (DateTimeException e) {
                    // try the next form
                }
            }
        }
        throw new IllegalArgumentException("'" + cell.strip() + "' is not a date: use a date such as 31/03/2025, "
                + "2025-03-31 or 31 Mar 2025");
    }

    private static LocalDate plausible(LocalDate d, String cell) {
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("'" + cell.strip() + "' is not a likely date (it is in " + d.getYear()
                    + ")");
        }
        return d;
    }

    /** Each pattern with UK month names ("Sept") and then US ones ("Sep"), as people type both. */
    private static List<DateTimeFormatter> patterns(String... patterns) {
        List<DateTimeFormatter> list = new ArrayList<>();
        for (String p : patterns) {
            list.add(pattern(p, Locale.UK));
            if (p.contains("MMM") || p.contains("EEE")) {
                list.add(pattern(p, Locale.US));
            }
        }
        return List.copyOf(list);
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        if (pattern.contains("uu") && !pattern.contains("uuuu")) {
            b.appendPattern(pattern.replace("uu", "")).appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2,
                    2000);
        } else {
            b.appendPattern(pattern);
        }
        return b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    // --- decisions and progress -------------------------------------------------------------------------------------

    /**
     * The executive's decision from the words trackers use: "Accepted", "Agreed", "Partially Accepted", "Part
     * accepted", "Accepted in part", "Accepted in principle" (read as partially accepted: something is held back),
     * "Rejected", "Not accepted", "Declined", "Deferred", "On hold". "Pending" or "Awaiting response" is no decision
     * yet.
     */
    public static ResponseDecision decision(String cell) {
        String s = normal(clean(cell));
        if (NOTHING.contains(s) || s.equals("pending") || s.startsWith("awaiting") || s.equals("no response")
                || s.equals("not yet responded")) {
            return null;
        }
        if (words(s, "partially", "partly", "part", "partial", "in part", "in principle")) {
            return ResponseDecision.PARTIALLY_ACCEPTED;
        }
        if (words(s, "not accepted", "not agreed", "not supported", "not approved", "rejected", "reject", "declined",
                "decline", "refused", "no")) {
            return ResponseDecision.REJECTED;
        }
        if (words(s, "deferred", "defer", "deferral", "postponed", "on hold")) {
            return ResponseDecision.DEFERRED;
        }
        if (words(s, "accepted", "accept", "agreed", "agree", "approved", "supported", "yes", "fully accepted")) {
            return ResponseDecision.ACCEPTED;
        }
        throw new IllegalArgumentException("'" + cell.strip() + "' is not a decision Scrutineer knows: use "
                + "accepted, partially accepted, rejected or deferred");
    }

    /**
     * Implementation progress from a tracker's status or RAG column. Words win over colours, in this order:
     * <ol>
     * <li>nothing yet: "Not started", "Grey", "N/A", "Pending" (no progress recorded)</li>
     * <li>not achieved: "Not achieved", "Not implemented", "Not delivered", "Not met", "Failed", "Abandoned",
     * "Withdrawn"</li>
     * <li>slipped: "Slipped", "Slippage", "Delayed", "Behind", "Overdue", and <b>Red</b> (behind schedule: still
     * open, and shown red; a colour alone never says the action will not be done)</li>
     * <li>on track: "Not yet complete", "Incomplete"</li>
     * <li>achieved: "Achieved", "Complete(d)", "Implemented", "Done", "Delivered", "Closed", "Finished", and
     * <b>Blue</b> (the colour some trackers give completed actions)</li>
     * <li>on track: "On track", "On target", "In progress", "Ongoing", "Underway", "At risk", and <b>Green</b> and
     * <b>Amber</b> (amber means "watch": the action is still expected, with no new date, which Scrutineer's own RAG
     * then shows from the target date and the age of the last update)</li>
     * </ol>
     * The single letters R, A, G and B count as the colours.
     */
    public static Progress progress(String cell) {
        String s = normal(clean(cell));
        if (NOTHING.contains(s) || s.equals("-") || words(s, "not started", "not yet started", "grey", "gray",
                "pending", "awaiting response", "no update")) {
            return null;
        }
        if (words(s, "not achieved", "not implemented", "not delivered", "not met", "not completed as planned",
                "failed", "abandoned", "withdrawn", "will not be", "cannot be")) {
            return Progress.NOT_ACHIEVED;
        }
        if (words(s, "slipped", "slippage", "delayed", "delay", "behind", "behind schedule", "overdue", "red", "r",
                "off track")) {
            return Progress.SLIPPED;
        }
        if (words(s, "not yet complete", "not yet completed", "incomplete", "not complete", "not yet implemented",
                "partially complete", "partially implemented", "partly implemented")) {
            return Progress.ON_TRACK;
        }
        if (words(s, "achieved", "complete", "completed", "implemented", "done", "delivered", "closed", "finished",
                "blue", "b", "fully implemented")) {
            return Progress.ACHIEVED;
        }
        if (words(s, "on track", "on target", "in progress", "ongoing", "underway", "under way", "progressing",
                "started", "at risk", "green", "amber", "g", "a", "in hand")) {
            return Progress.ON_TRACK;
        }
        throw new IllegalArgumentException("'" + cell.strip() + "' is not a status Scrutineer knows: use on "
                + "track, slipped, not achieved, achieved, or red, amber or green");
    }

    /** Whether the normalised text contains one of the phrases as whole words. */
    private static boolean words(String normalised, String... phrases) {
        String padded = " " + normalised + " ";
        for (String p : phrases) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    // --- numbers and years ----------------------------------------------------------------------------------------

    /** A recommendation's number: {@code 3}, {@code 3.0} (from a spreadsheet), {@code R3}, {@code Rec 3}, {@code (3)}. */
    public static Integer number(String cell) {
        String text = clean(cell);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1) {
                return n;
            }
        }
        throw new IllegalArgumentException("'" + cell.strip() + "' is not a recommendation number: use a whole "
                + "number from 1 to 999");
    }

    /** The year a municipal year starts in: {@code 2025/26}, {@code 2025-26}, {@code 2025/2026}, {@code 25/26}, {@code 2025}. */
    public static Integer municipalYear(String cell) {
        String text = clean(cell);
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d{4}")) {
            return plausibleYear(Integer.parseInt(text), cell);
        }
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            int start = from < 100 ? 2000 + from : from;
            if ((start + 1) % 100 == to % 100) {
                return plausibleYear(start, cell);
            }
        }
        throw new IllegalArgumentException("'" + cell.strip() + "' is not a municipal year: use the form 2025/26");
    }

    private static int plausibleYear(int year, String cell) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("'" + cell.strip() + "' is not a likely municipal year");
        }
        return year;
    }

    // --- text and names -------------------------------------------------------------------------------------------

    /**
     * A cell's text, trimmed, with the quote a CSV export puts before a cell that starts like a formula taken off
     * again (so a file exported by Scrutineer reads back as it was).
     */
    public static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String s = cell.replace('\u00A0', ' ').strip();
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }

    /** Lower case, accents dropped, "&amp;" as "and", punctuation as spaces, spaces collapsed. */
    public static String normal(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A person's name for matching: lower case, without titles ("Cllr", "Councillor", "Dr"...), and "Smith, Anne"
     * read as "anne smith".
     */
    public static String personName(String s) {
        String text = clean(s);
        int comma = text.indexOf(',');
        if (comma > 0 && comma == text.lastIndexOf(',')) {
            text = text.substring(comma + 1) + " " + text.substring(0, comma);
        }
        List<String> words = new ArrayList<>(List.of(normal(text).split(" ")));
        while (!words.isEmpty() && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words).strip();
    }

    /**
     * A committee's name for matching: as {@link #normal} with "O&amp;S" spelled out and a closing "committee"
     * dropped, so "Place &amp; Economy O&amp;S" matches "Place and Economy Overview and Scrutiny Committee".
     */
    public static String committeeName(String s) {
        String n = (" " + normal(s) + " ").replace(" o and s ", " overview and scrutiny ")
                .replace(" oands ", " overview and scrutiny ").replace(" os ", " overview and scrutiny ").strip();
        return n.endsWith(" committee") ? n.substring(0, n.length() - " committee".length()) : n;
    }

    /** A portfolio's title for matching: as {@link #normal}, without "Cabinet member for" or a closing "portfolio". */
    public static String portfolioTitle(String s) {
        String n = normal(s);
        for (String prefix : List.of("cabinet member for ", "portfolio holder for ", "lead member for ",
                "executive member for ", "portfolio for ", "portfolio ")) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length());
            }
        }
        return n.endsWith(" portfolio") ? n.substring(0, n.length() - " portfolio".length()) : n;
    }

    // --- guessing the columns ---------------------------------------------------------------------------------------

    /**
     * Guesses which column holds which field from the header names: a header that is one of a field's names (ignoring
     * case, spaces and punctuation) first, then a header that contains one of its longer names as whole words. Each
     * column is given to one field at most, the closest matches first.
     */
    public static Map<ImportField, String> guess(List<String> headers) {
        record Candidate(ImportField field, String header, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String header : headers) {
            String h = normal(header);
            if (h.isEmpty()) {
                continue;
            }
            for (ImportField field : ImportField.values()) {
                List<String> names = field.headers();
                for (int i = 0; i < names.size(); i++) {
                    String name = normal(names.get(i));
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (h.equals(name)) {
                        candidates.add(new Candidate(field, header, 1000 - i));
                    } else if ((name.contains(" ") || name.length() >= 6) && words(h, name)) {
                        candidates.add(new Candidate(field, header, 100 + name.length()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed());
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        Set<String> used = new HashSet<>();
        for (Candidate c : candidates) {
            if (!chosen.containsKey(c.field()) && used.add(c.header())) {
                chosen.put(c.field(), c.header());
            }
        }
        return chosen;
    }
}
