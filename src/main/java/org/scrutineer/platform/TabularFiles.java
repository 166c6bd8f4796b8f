package org.scrutineer.platform;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads and writes spreadsheets: CSV files and Excel workbooks (XLSX).
 * <p>
 * <b>Reading</b> ({@link #read(byte[], String)}) decides the format by the content, never by the file name: a ZIP
 * (starting {@code PK\u0003\u0004}) is read as XLSX, from its first visible sheet; anything else must be text and is
 * read as CSV. CSV text is UTF-8 (a byte order mark is dropped; UTF-16 with a byte order mark is read too), or
 * Windows-1252 when it is not valid UTF-8, as Excel on Windows saves it. Its delimiter is a semicolon or a tab
 * when the header line has more of those than commas. The first row with anything in it is the header row. Cells
 * come back as a person sees them: dates as ISO {@code yyyy-MM-dd}, date-times as {@code yyyy-MM-dd HH:mm}, times
 * as {@code HH:mm}, percentages as {@code 25%}, other numbers plainly, to Excel's 15 significant digits and without
 * a trailing {@code .0}; thousands separators and currency symbols from a number format are not applied. A formula
 * gives its last calculated value. A cell of only spaces is empty.
 * <p>
 * A file that cannot be taken is rejected with a {@link RuleViolationException} on the field {@code file}, with a
 * message that says what to do: an empty file, one that is not a spreadsheet, an old Excel {@code .xls} or a
 * password-protected workbook, an OpenDocument spreadsheet, more than the maximum number of rows
 * ({@value #DEFAULT_MAX_ROWS} unless given) or {@value #MAX_COLUMNS} columns, and an XLSX that unpacks to more than
 * 50 MB (a guard against ZIP bombs, checked before the workbook is read). The XML parser behind the XLSX reader
 * reads no DTDs and resolves no external entities, so a workbook cannot make it fetch files or URLs.
 * <p>
 * <b>Writing</b> gives CSV ({@link #csv(List, Iterable)}) that Excel opens as UTF-8 and will not run formulas from,
 * or an XLSX workbook ({@link #xlsx(String, List, Iterable)}) with real dates and numbers.
 */
public final class TabularFiles {

    /** The most rows below the header row that {@link #read(byte[], String)} accepts. */
    public static final int DEFAULT_MAX_ROWS = 20_000;

    /** The most columns a file may use; Excel's old limit, far more than any tracker needs. */
    public static final int MAX_COLUMNS = 256;

    /** The most an XLSX may unpack to, 50 MB; a tracker of the largest allowed size is a small part of that. */
    public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private static final String FIELD = "file";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final String OPENDOCUMENT = "application/vnd.oasis.opendocument";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_CELL_LENGTH = 32_767;
    private static final double LAST_EXCEL_DATE = 2_958_465; // 9999-12-31
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern ELAPSED_TIME = Pattern.compile("h+|m+|s+");

    private TabularFiles() {
    }

    /**
     * Reads a CSV file or an XLSX workbook of at most {@value #DEFAULT_MAX_ROWS} rows.
     *
     * @param content  the file's bytes
     * @param fileName the name the file was uploaded with, used only in messages; may be null
     * @return the header row and the rows with anything in them
     * @throws RuleViolationException on the field {@code file} when the file cannot be read, saying why
     */
    public static TabularData read(byte[] content, String fileName) {
        return read(content, fileName, DEFAULT_MAX_ROWS);
    }

    /**
     * Reads a CSV file or an XLSX workbook of at most {@code maxRows} rows.
     *
     * @param content  the file's bytes
     * @param fileName the name the file was uploaded with, used only in messages; may be null
     * @param maxRows  the most rows with anything in them that may follow the header row
     * @return the header row and the rows with anything in them
     * @throws RuleViolationException on the field {@code file} when the file cannot be read, saying why
     */
    public static TabularData read(byte[] content, String fileName, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
        }
        String name = displayName(fileName);
        if (content == null || content.length == 0) {
            throw problem(name + " is empty");
        }
        if (startsWith(content, ZIP)) {
            return readXlsx(content, name, maxRows);
        }
        if (startsWith(content, OLE)) {
            // Excel wraps a password-protected .xlsx in the same container format as an old .xls
            throw problem(indexOf(content, ENCRYPTED_PACKAGE) >= 0
                    ? name + " is protected with a password. Remove the password, save it and upload it again"
                    : name + " is an old Excel (.xls) file. Save it as .xlsx or .csv and upload it again");
        }
        return readCsv(content, name, maxRows);
    }

    /**
     * Writes a CSV file: UTF-8 with a byte order mark, so that Excel shows accented letters and the pound sign
     * rightly, and quoted as RFC 4180 asks (a comma, quote or line break puts a cell in quotes; lines end CRLF).
     * <p>
     * A spreadsheet program runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula
     * (CSV or formula injection), and a leading tab or carriage return can hide such a start. So such a cell is
     * written with a single quote in front ({@code '=HYPERLINK(...)}), which Excel shows as text; a plain number,
     * such as {@code -12.5}, is left alone. Null cells are written empty.
     *
     * @param headers the header row
     * @param rows    the rows below it
     * @return the file's bytes
     */
    public static byte[] csv(List<String> headers, Iterable<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (CSVPrinter printer = new CSVPrinter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180)) {
            printer.printRecord(inert(headers));
            for (List<String> row : rows) {
                printer.printRecord(inert(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes an XLSX workbook of one sheet: a bold header row that stays in view when scrolling and has filters,
     * then the rows. A {@link LocalDate} becomes a date cell shown {@code yyyy-mm-dd}, a {@link LocalDateTime} one
     * shown {@code yyyy-mm-dd hh:mm}, a {@link Number} a number cell, a {@link Boolean} TRUE or FALSE, null an empty
     * cell, and anything else its {@code toString()} as text (never a formula), cut to Excel's 32,767 characters.
     * Columns are as wide as their contents, within reason.
     *
     * @param sheetName the sheet's name; Excel's forbidden characters become dashes and it is cut to 31 characters
     * @param headers   the header row
     * @param rows      the rows below it
     * @return the file's bytes
     */
    public static byte[] xlsx(String sheetName, List<String> headers, Iterable<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Scrutineer", null)) {
            Worksheet sheet = workbook.newWorksheet(sheetNameFrom(sheetName));
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                widen(widths, c, write(sheet, 0, c, headers.get(c)));
            }
            int r = 1;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widen(widths, c, write(sheet, r, c, row.get(c)));
                }
                r++;
            }
            if (!headers.isEmpty()) {
                sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
                sheet.freezePane(0, 1);
                sheet.setAutoFilter(0, 0, r - 1, headers.size() - 1);
            }
            for (int c = 0; c < widths.size(); c++) {
                sheet.width(c, Math.min(Math.max(widths.get(c) + 2, 8), 60));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TabularData readCsv(byte[] content, String name, int maxRows) {
        String text = decode(content);
        if (looksBinary(text)) {
            throw notASpreadsheet(name);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        RowCollector collector = new RowCollector(name, maxRows);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                collector.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (RuleViolationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(name + " could not be read as a CSV file. Check it opens in a spreadsheet program,"
                    + " save it as .csv again and upload it again", e);
        }
        return collector.toData();
    }

    private static TabularData readXlsx(byte[] content, String name, int maxRows) {
        checkPackage(content, name);
        try (ReadableWorkbook workbook = open(content)) {
            Sheet sheet = firstSheet(workbook).orElseThrow(() -> problem(name + " has no sheets"));
            RowCollector collector = new RowCollector(name, maxRows);
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    collector.add(row.getRowNum(), cells);
                }
            }
            return collector.toData();
        } catch (RuleViolationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(name + " could not be read as an Excel workbook. Check it opens in Excel, save it as"
                    + " .xlsx or .csv again and upload it again", e);
        }
    }

    /** Rejects a ZIP that is not a workbook or that unpacks to too much, before the reader unpacks any of it. */
    private static void checkPackage(byte[] content, String name) {
        long unpacked = 0;
        boolean contentTypes = false;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                contentTypes |= "[Content_Types].xml".equalsIgnoreCase(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    if ("mimetype".equals(entry.getName())) {
                        byte[] type = in.readNBytes(64);
                        unpacked += type.length;
                        if (new String(type, StandardCharsets.US_ASCII).startsWith(OPENDOCUMENT)) {
                            throw problem(name + " is an OpenDocument file. Save it as .xlsx or .csv and upload it"
                                    + " again");
                        }
                    }
                    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw problem(name + " is too big when unpacked (more than 50 MB). Remove other sheets,"
                                    + " pictures and formatting, or save it as .csv, and upload it again");
                        }
                    }
                }
            }
        } catch (RuleViolationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(name + " is not a spreadsheet that can be read. Save it as .xlsx or .csv and upload it"
                    + " again", e);
        }
        if (!contentTypes) {
            throw notASpreadsheet(name);
        }
    }

    private static ReadableWorkbook open(byte[] content) throws IOException {
        try {
            return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, true));
        } catch (ExcelReaderException e) {
            // Reading number formats needs a styles part, which some programs other than Excel do not write
            return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(false, true));
        }
    }

    private static Optional<Sheet> firstSheet(ReadableWorkbook workbook) {
        return workbook.getSheets()
                .filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE)
                .findFirst()
                .or(() -> workbook.getSheets().findFirst());
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case NUMBER:
                return number(cell, (BigDecimal) value);
            case FORMULA:
                if (value instanceof BigDecimal number) {
                    return number(cell, number);
                }
                return value instanceof Boolean bool ? booleanText(bool) : value == null ? "" : value.toString();
            case BOOLEAN:
                return booleanText((Boolean) value);
            case ERROR:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
            case STRING:
                return value == null ? "" : value.toString();
            default:
                return "";
        }
    }

    private static String booleanText(Boolean value) {
        return Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
    }

    private static String number(Cell cell, BigDecimal value) {
        NumberStyle style = NumberStyle.of(cell.getDataFormatId(), cell.getDataFormatString());
        boolean aDate = value.signum() >= 0 && value.doubleValue() < LAST_EXCEL_DATE + 1;
        if (style == NumberStyle.PERCENT) {
            return plain(value.movePointRight(2)) + "%";
        }
        if (style == NumberStyle.NUMBER || !aDate) {
            return plain(value);
        }
        LocalDateTime dateTime = cell.asDate();
        LocalTime time = dateTime.toLocalTime();
        boolean seconds = time.getSecond() != 0;
        if (style == NumberStyle.TIME) {
            return time.format(seconds ? TIME_SECONDS : TIME);
        }
        if (style == NumberStyle.DATE || time.equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.format(seconds ? DATE_TIME_SECONDS : DATE_TIME);
    }

    private static String plain(BigDecimal value) {
        return value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** How a number format shows a number, as far as reading it back as text needs to know. */
    private enum NumberStyle {
        NUMBER, PERCENT, DATE, DATE_TIME, TIME;

        static NumberStyle of(Integer id, String format) {
            if (format == null || format.isBlank()) {
                // Excel's built-in East Asian date formats, whose codes the file leaves out
                return id != null && (id >= 27 && id <= 36 || id >= 50 && id <= 58) ? DATE : NUMBER;
            }
            StringBuilder code = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (quoted) {
                    continue;
                } else if (c == ';') {
                    break;
                } else if (c == '\\' || c == '_' || c == '*') {
                    i++;
                } else if (c == '[') {
                    int end = format.indexOf(']', i);
                    end = end < 0 ? format.length() : end;
                    if (ELAPSED_TIME.matcher(format.substring(i + 1, end).toLowerCase(Locale.ROOT)).matches()) {
                        return NUMBER;
                    }
                    i = end;
                } else {
                    code.append(Character.toLowerCase(c));
                }
            }
            boolean date = code.indexOf("y") >= 0 || code.indexOf("d") >= 0;
            boolean time = code.indexOf("h") >= 0 || code.indexOf("s") >= 0;
            if (date) {
                return time ? DATE_TIME : DATE;
            }
            if (time) {
                return TIME;
            }
            return code.indexOf("%") >= 0 ? PERCENT : NUMBER;
        }
    }

    /** Gathers rows: the first with anything in it is the header row; blank rows are left out. */
    private static final class RowCollector {

        private final String name;
        private final int maxRows;
        private List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> rowNumbers = new ArrayList<>();
        private int width;

        RowCollector(String name, int maxRows) {
            this.name = name;
            this.maxRows = maxRows;
        }

        void add(int rowNumber, List<String> cells) {
            int last = -1;
            for (int c = 0; c < cells.size(); c++) {
                if (!blank(cells.get(c))) {
                    last = c;
                }
            }
            if (last < 0) {
                return;
            }
            if (last >= MAX_COLUMNS) {
                throw problem(name + " has more than " + MAX_COLUMNS + " columns. Remove the columns you do not need"
                        + " and upload it again");
            }
            List<String> row = new ArrayList<>(last + 1);
            for (int c = 0; c <= last; c++) {
                row.add(blank(cells.get(c)) ? "" : cells.get(c));
            }
            width = Math.max(width, row.size());
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() == maxRows) {
                throw problem(String.format(Locale.UK, "%s has more than %,d rows. Upload at most %,d rows at a time",
                        name, maxRows, maxRows));
            }
            rows.add(row);
            rowNumbers.add(rowNumber);
        }

        TabularData toData() {
            if (header == null) {
                throw problem(name + " is empty");
            }
            List<List<String>> padded = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                List<String> full = new ArrayList<>(row);
                full.addAll(Collections.nCopies(width - row.size(), ""));
                padded.add(full);
            }
            return new TabularData(headerNames(header, width), padded, rowNumbers);
        }

        private static boolean blank(String cell) {
            return cell == null || cell.isBlank();
        }
    }

    /** Blank headers become "Column 3"; a repeated one (ignoring case) becomes "Status (2)". */
    private static List<String> headerNames(List<String> header, int width) {
        List<String> names = new ArrayList<>(width);
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < width; c++) {
            String base = c < header.size() ? WHITESPACE.matcher(header.get(c)).replaceAll(" ").strip() : "";
            if (base.isEmpty()) {
                base = "Column " + (c + 1);
            }
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }

    private static String decode(byte[] content) {
        if (startsWith(content, UTF8_BOM)) {
            return utf8OrWindows1252(content, UTF8_BOM.length);
        }
        if (startsWith(content, UTF16LE_BOM)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, UTF16BE_BOM)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        return utf8OrWindows1252(content, 0);
    }

    private static String utf8OrWindows1252(byte[] content, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    /** Text has no NUL characters and few other control characters; images, PDFs and the like have many. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                controls++;
            }
        }
        return controls * 100 > text.length();
    }

    /** A semicolon or tab when the first line with anything on it has more of them than commas; else a comma. */
    private static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content || commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            } else if (c == '\t') {
                tabs++;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static List<String> inert(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(inert(cell));
        }
        return safe;
    }

    private static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        return formula && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Writes one cell and answers how many characters wide it shows. */
    private static int write(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
            return 10;
        }
        if (value instanceof LocalDateTime dateTime) {
            sheet.value(r, c, dateTime);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
            return 16;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
            return number.toString().length();
        }
        if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
            return 5;
        }
        String text = value.toString();
        if (text.length() > MAX_CELL_LENGTH) {
            text = text.substring(0, MAX_CELL_LENGTH);
        }
        if (!text.isEmpty()) {
            sheet.value(r, c, text);
        }
        return text.length();
    }

    private static void widen(List<Integer> widths, int column, int width) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), width));
    }

    private static String sheetNameFrom(String sheetName) {
        String name = sheetName == null ? "" : sheetName.strip().replaceAll("^'+|'+$", "");
        return name.isBlank() ? "Sheet1" : name;
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "The selected file";
        }
        String name = fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] sought) {
        outer:
        for (int i = 0; i <= content.length - sought.length; i++) {
            for (int j = 0; j < sought.length; j++) {
                if (content[i + j] != sought[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static RuleViolationException notASpreadsheet(String name) {
        return problem(name + " must be a spreadsheet: a .csv or an Excel .xlsx file");
    }

    private static RuleViolationException unreadable(String message, Exception cause) {
        RuleViolationException problem = problem(message);
        problem.initCause(cause);
        return problem;
    }

    private static RuleViolationException problem(String message) {
        return new RuleViolationException(FIELD, message);
    }
}
