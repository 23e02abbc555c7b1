using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Tests.Analysis.Japanese;

/// <summary>One token as a test sees it.</summary>
internal sealed record TokenView(string Term, int Start, int End, int Increment, int Length, string? PartOfSpeech, string? BaseForm, string? Reading);

/// <summary>Consumes token streams following Lucene's contract (Reset, IncrementToken…, End, Dispose) and checks it.</summary>
internal static class JapaneseTokenizerAssert
{
    public static JapaneseTokenizer Create(string text, JapaneseTokenizerMode mode = JapaneseTokenizerMode.Normal, UserDictionary? user = null, bool discardPunctuation = false, bool discardCompound = false) =>
        new(new StringReader(text), user, discardPunctuation, mode, discardCompound);

    /// <summary>Runs the whole contract once and returns the tokens; checks offsets and the final offset.</summary>
    public static List<TokenView> Consume(TokenStream stream, int textLength)
    {
        var term = stream.GetAttribute<ICharTermAttribute>();
        var offset = stream.GetAttribute<IOffsetAttribute>();
        var increment = stream.GetAttribute<IPositionIncrementAttribute>();
        var length = stream.GetAttribute<IPositionLengthAttribute>();
        var pos = stream.GetAttribute<IPartOfSpeechAttribute>();
        var baseForm = stream.GetAttribute<IBaseFormAttribute>();
        var reading = stream.GetAttribute<IReadingAttribute>();
        var tokens = new List<TokenView>();
        stream.Reset();
        var lastStart = 0;
        var position = -1;
        while (stream.IncrementToken())
        {
            Assert.InRange(offset.StartOffset, lastStart, textLength);
            Assert.InRange(offset.EndOffset, offset.StartOffset, textLength);
            Assert.True(term.Length > 0, "empty token");
            Assert.True(increment.PositionIncrement >= 0 && length.PositionLength >= 1);
            position += increment.PositionIncrement;
            Assert.True(position >= 0, "first token must have an increment ≥ 1");
            lastStart = offset.StartOffset;
            tokens.Add(new TokenView(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength, pos.PartOfSpeech, baseForm.BaseForm, reading.Reading));
        }
        stream.End();
        Assert.Equal(textLength, offset.StartOffset);
        Assert.Equal(textLength, offset.EndOffset);
        stream.Dispose();
        return tokens;
    }

    public static List<TokenView> Tokens(string text, JapaneseTokenizerMode mode = JapaneseTokenizerMode.Normal, UserDictionary? user = null, bool discardPunctuation = false, bool discardCompound = false) =>
        Consume(Create(text, mode, user, discardPunctuation, discardCompound), text.Length);

    public static void AnalyzesTo(string text, JapaneseTokenizerMode mode, params string[] expected) =>
        Assert.Equal(expected, Tokens(text, mode).Select(t => t.Term).ToArray());
}
