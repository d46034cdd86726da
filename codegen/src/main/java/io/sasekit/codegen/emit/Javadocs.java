package io.sasekit.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns documentation text from the specs into Javadoc that the {@code javadoc} tool accepts.
 *
 * <p>The specs write descriptions in CommonMark, so each paragraph is rendered to HTML (links,
 * code spans and blocks, lists, emphasis). Raw HTML in a description is escaped, not passed
 * through, and headings become bold paragraphs (doclint rejects headings out of sequence). The
 * sentences the generator writes itself ({@link #GENERATED_PREFIXES}: constraints with regular
 * expressions, known enum values, JSON member names) are plain text, never Markdown: a pattern's
 * {@code \-} or {@code *} must reach the reader unchanged.
 *
 * <p>Every result is safe as a JavaPoet format string: {@code $} is doubled. It is also safe inside
 * a Java comment: no {@code *}{@code /}, no {@code \}{@code u} unicode escape, and {@code @} is an
 * entity so no text becomes a block or inline tag.
 */
final class Javadocs {
  /** Paragraphs the generator writes itself start with one of these; they are plain text. */
  static final List<String> GENERATED_PREFIXES = List.of("Constraints: ", "Known values: ", "JSON member ");

  private static final Parser PARSER = Parser.builder().build();
  /** Links keep only web and mail targets (no {@code javascript:}); doclint accepts no other attribute. */
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .softbreak(" ")
          .attributeProviderFactory(context -> (node, tag, attributes) -> {
            String href = attributes.get("href");
            if (href != null && !href.matches("(?i)(https?:|mailto:).*")) {
              attributes.remove("href");
            }
            attributes.keySet().removeIf(k -> !k.equals("href") && !k.equals("src") && !k.equals("alt"));
          })
          .build();
  private static final Pattern HEADING_OPEN = Pattern.compile("<h[1-6]>");
  private static final Pattern HEADING_CLOSE = Pattern.compile("</h[1-6]>");

  private Javadocs() {}

  /** Escapes one piece of plain text (no Markdown), ready for a JavaPoet format string. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("\r", "").strip();
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return commentSafe(s);
  }

  /** Text shown as code ({@code <code>}), ready for a JavaPoet format string. */
  static String code(String text) {
    return "<code>" + (text == null || text.isEmpty() ? "\"\"" : escape(text)) + "</code>";
  }

  /**
   * Paragraphs as Javadoc: the first one bare (its first sentence is the summary), the others after
   * {@code <p>}; ends with a newline. Empty input gives an empty string.
   */
  static String paragraphs(List<String> paragraphs) {
    List<String> parts = render(paragraphs);
    if (parts.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(parts.get(0)).append('\n');
    for (int i = 1; i < parts.size(); i++) {
      String p = parts.get(i);
      sb.append('\n').append(startsWithBlock(p) ? p : "<p>" + p).append('\n');
    }
    return sb.toString();
  }

  /** Paragraphs joined into one text for an {@code @param} or {@code @return} tag (no blank line). */
  static String inline(List<String> paragraphs) {
    return String.join(" ", render(paragraphs)).replace("\n\n", "\n");
  }

  /** Each non-empty paragraph rendered to an HTML fragment without its {@code <p>} wrapper. */
  private static List<String> render(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    if (paragraphs == null) {
      return out;
    }
    for (String p : paragraphs) {
      if (p == null || p.isBlank()) {
        continue;
      }
      String html = isGenerated(p) ? escape(p) : markdown(p);
      if (!html.isEmpty()) {
        out.add(html);
      }
    }
    return out;
  }

  private static boolean isGenerated(String paragraph) {
    for (String prefix : GENERATED_PREFIXES) {
      if (paragraph.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** One Markdown text to HTML, the outer paragraph tags removed, inner ones kept. */
  static String markdown(String text) {
    String html = HTML.render(PARSER.parse(text.replace("\r", "")));
    html = HEADING_OPEN.matcher(html).replaceAll("<p><b>");
    html = HEADING_CLOSE.matcher(html).replaceAll("</b></p>");
    html = html.strip();
    if (html.startsWith("<p>")) {
      html = html.substring(3);
      int close = html.indexOf("</p>");
      if (close >= 0) {
        html = html.substring(0, close) + html.substring(close + 4);
      }
    }
    // doclint: a <p> before a block element is an empty paragraph
    html = html.replace("</p>\n", "\n").strip();
    return commentSafe(html);
  }

  private static boolean startsWithBlock(String html) {
    return html.startsWith("<ul>") || html.startsWith("<ol>") || html.startsWith("<pre>")
        || html.startsWith("<blockquote>") || html.startsWith("<p>");
  }

  /** Makes HTML safe inside a Java comment and as a JavaPoet format string. */
  private static String commentSafe(String html) {
    String s = html.replace("*/", "*&#47;");
    s = s.replace("\\u", "&#92;u");
    s = s.replace("@", "&#64;");
    return s.replace("$", "$$");
  }
}
