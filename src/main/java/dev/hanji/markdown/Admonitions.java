package dev.hanji.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * Flexmark's {@code !!! note "제목"} admonitions, parsed by Flexmark's own block parser, which is asked only about
 * lines that start with its marker ({@code !!!}, {@code ???}, {@code ???+}). Flexmark's parser formats and compiles
 * its regular expression for every line it is asked about, whatever the line holds: on ordinary notes that was a
 * few percent of a build. Everything else (options, HTML) is {@link AdmonitionExtension}'s.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final AdmonitionExtension flexmark = AdmonitionExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    flexmark.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new MarkedLines(new AdmonitionBlockParser.Factory()));
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    flexmark.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    flexmark.extend(builder, rendererType);
  }

  /** Whether a line holds an admonition marker where its text starts: the only lines Flexmark's parser takes. */
  static boolean startsWithMarker(BasedSequence line, int textStart) {
    return line.matchChars("!!!", textStart) || line.matchChars("???", textStart);
  }

  /** Flexmark's factory, asked only about lines that start with a marker. */
  private static final class MarkedLines implements CustomBlockParserFactory {
    private final CustomBlockParserFactory flexmark;

    MarkedLines(CustomBlockParserFactory flexmark) {
      this.flexmark = flexmark;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return flexmark.getBeforeDependents();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
      return flexmark.getLeadInHandler(options);
    }

    @Override
    public boolean affectsGlobalScope() {
      return flexmark.affectsGlobalScope();
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory parser = flexmark.apply(options);
      return (ParserState state, MatchedBlockParser matched) ->
          startsWithMarker(state.getLine(), state.getNextNonSpaceIndex()) ? parser.tryStart(state, matched)
              : BlockStart.none();
    }
  }
}
