package io.sasekit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for people who open it in a spreadsheet: written by jackson-dataformat-csv (RFC 4180 quoting,
 * embedded line breaks and quotes kept), and every cell that a spreadsheet would run as a formula (one
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) prefixed with
 * {@code '} so that it is shown as text (the OWASP advice against CSV injection).
 */
public final class SafeCsv {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SafeCsv() {}

  /** The CSV text of a header line and rows, each cell neutralised. */
  public static String write(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(neutralise(header));
    rows.forEach(r -> all.add(neutralise(r)));
    try {
      return MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code cell}, prefixed with {@code '} when a spreadsheet would read it as a formula. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static List<String> neutralise(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    cells.forEach(c -> out.add(neutralise(c)));
    return out;
  }
}
