using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>Lucene's token-stream checks, written for this project (Lucene.Net.TestFramework is not available):
/// expected terms, offsets, position increments and lengths, and the TokenStream contract (Reset → IncrementToken*
/// → End → Dispose, ClearAttributes on every token, a final offset, reuse of an analyzer across documents).</summary>
public static class BaseTokenStreamAssert
{
    /// <summary>Consumes <paramref name="stream"/> once, checking every token against the expectations given
    /// (null arrays are not checked) and the contract invariants; disposes the stream.</summary>
    public static void AssertTokenStreamContents(TokenStream stream, string[] terms, int[]? startOffsets = null,
        int[]? endOffsets = null, int[]? positionIncrements = null, int[]? positionLengths = null, int? finalOffset = null)
    {
        Assert.True(stream.HasAttribute<ICharTermAttribute>(), "the stream has no term attribute");
        var term = stream.GetAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var positionIncrement = stream.AddAttribute<IPositionIncrementAttribute>();
        var positionLength = stream.AddAttribute<IPositionLengthAttribute>();
        var checkClear = stream.AddAttribute<ICheckClearAttributesAttribute>();
        try
        {
            stream.Reset();
            int lastStart = 0;
            int position = -1;
            for (int i = 0; i < terms.Length; i++)
            {
                checkClear.GetAndResetClearCalled();
                Assert.True(stream.IncrementToken(), $"token {i} ({terms[i]}) missing; got {i} tokens");
                Assert.True(checkClear.GetAndResetClearCalled(), $"ClearAttributes() not called before token {i}");
                Assert.Equal(terms[i], term.ToString());
                if (startOffsets != null)
                {
                    Assert.True(startOffsets[i] == offset.StartOffset, $"start offset of token {i} ({terms[i]}): expected {startOffsets[i]}, got {offset.StartOffset}");
                }
                if (endOffsets != null)
                {
                    Assert.True(endOffsets[i] == offset.EndOffset, $"end offset of token {i} ({terms[i]}): expected {endOffsets[i]}, got {offset.EndOffset}");
                }
                if (positionIncrements != null)
                {
                    Assert.True(positionIncrements[i] == positionIncrement.PositionIncrement, $"position increment of token {i} ({terms[i]}): expected {positionIncrements[i]}, got {positionIncrement.PositionIncrement}");
                }
                if (positionLengths != null)
                {
                    Assert.True(positionLengths[i] == positionLength.PositionLength, $"position length of token {i} ({terms[i]}): expected {positionLengths[i]}, got {positionLength.PositionLength}");
                }
                CheckInvariants(i, offset, positionIncrement, positionLength, ref lastStart, ref position, finalOffset);
            }
            checkClear.GetAndResetClearCalled();
            if (stream.IncrementToken())
            {
                Assert.Fail($"unexpected extra token {term} after {terms.Length} tokens");
            }
            stream.End();
            Assert.True(checkClear.GetAndResetClearCalled(), "End() did not clear the attributes");
            if (finalOffset != null)
            {
                Assert.Equal(finalOffset.Value, offset.EndOffset);
            }
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>Analyzes <paramref name="input"/> and expects exactly <paramref name="terms"/>.</summary>
    public static void AssertAnalyzesTo(Analyzer analyzer, string input, params string[] terms) =>
        AssertAnalyzesTo(analyzer, input, terms, null, null, null, null);

    /// <summary>Analyzes <paramref name="input"/> twice, from a string and from a reader (the analyzer reuses its
    /// components), checking tokens and the final offset each time.</summary>
    public static void AssertAnalyzesTo(Analyzer analyzer, string input, string[] terms, int[]? startOffsets,
        int[]? endOffsets, int[]? positionIncrements, int[]? positionLengths)
    {
        AssertTokenStreamContents(analyzer.GetTokenStream("field", input), terms, startOffsets, endOffsets,
            positionIncrements, positionLengths, input.Length);
        AssertTokenStreamContents(analyzer.GetTokenStream("field", new StringReader(input)), terms, startOffsets,
            endOffsets, positionIncrements, positionLengths, input.Length);
    }

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="input"/>, checking the invariants.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string input)
    {
        var terms = new List<string>();
        Consume(analyzer, input, (term, _, _) => terms.Add(term));
        return terms;
    }

    /// <summary>Runs random text (Japanese, ASCII, half-width, surrogates, lone surrogates, combining marks, iteration
    /// marks) of up to <paramref name="maxLength"/> chars through the analyzer, checking the contract on every one.</summary>
    public static void CheckRandomData(Analyzer analyzer, int iterations, int maxLength, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < iterations; i++)
        {
            string text = RandomJapaneseText(random, random.Next(maxLength + 1));
            try
            {
                Consume(analyzer, text, (_, _, _) => { });
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"analysis failed on iteration {i} for input {Escape(text)}", e);
            }
        }
    }

    /// <summary>Random text mixing the scripts and the hostile characters Japanese analysis must survive.</summary>
    public static string RandomJapaneseText(Random random, int length)
    {
        var text = new StringBuilder(length + 1);
        while (text.Length < length)
        {
            switch (random.Next(12))
            {
                case 0: text.Append((char)random.Next(0x3041, 0x3097)); break;            // hiragana
                case 1: text.Append((char)random.Next(0x30A1, 0x30FF)); break;            // katakana, ・ー
                case 2: text.Append((char)random.Next(0x4E00, 0x9FA0)); break;            // kanji
                case 3: text.Append((char)random.Next(0xFF61, 0xFFA0)); break;            // half-width katakana
                case 4: text.Append((char)random.Next(0xFF01, 0xFF5F)); break;            // full-width ASCII
                case 5: text.Append((char)random.Next(0x20, 0x7F)); break;                // ASCII
                case 6: text.Append(Pick(random, "々ゝゞヽヾ")); break;                   // iteration marks
                case 7: text.Append(Pick(random, "\u3099\u309A\u0301\u200D\uFE0F")); break; // combining, joiners
                case 8: text.Append(random.Next(2) == 0 ? '\uD800' : '\uDC00'); break;  // lone surrogate
                case 9: text.Append("😀𠮷"[..2]); break;                                  // surrogate pair
                case 10: text.Append(Pick(random, "一二三四五六七八九〇十百千万億,.０１２３")); break; // numerals
                default: text.Append(Pick(random, " \t\n。、「」①㈱㍻\u3000")); break;  // spacing, compatibility
            }
        }
        return text.ToString();
    }

    private static char Pick(Random random, string choices) => choices[random.Next(choices.Length)];

    private static void Consume(Analyzer analyzer, string input, Action<string, int, int> onToken)
    {
        TokenStream stream = analyzer.GetTokenStream("field", new StringReader(input));
        var term = stream.GetAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var positionIncrement = stream.AddAttribute<IPositionIncrementAttribute>();
        var positionLength = stream.AddAttribute<IPositionLengthAttribute>();
        var checkClear = stream.AddAttribute<ICheckClearAttributesAttribute>();
        try
        {
            stream.Reset();
            int lastStart = 0;
            int position = -1;
            int i = 0;
            while (true)
            {
                checkClear.GetAndResetClearCalled();
                if (!stream.IncrementToken())
                {
                    break;
                }
                Assert.True(checkClear.GetAndResetClearCalled(), $"ClearAttributes() not called before token {i}");
                CheckInvariants(i++, offset, positionIncrement, positionLength, ref lastStart, ref position, input.Length);
                onToken(term.ToString(), offset.StartOffset, offset.EndOffset);
            }
            stream.End();
            Assert.Equal(input.Length, offset.EndOffset);
        }
        finally
        {
            stream.Dispose();
        }
    }

    private static void CheckInvariants(int i, IOffsetAttribute offset, IPositionIncrementAttribute positionIncrement,
        IPositionLengthAttribute positionLength, ref int lastStart, ref int position, int? finalOffset)
    {
        int start = offset.StartOffset;
        int end = offset.EndOffset;
        Assert.True(start >= 0, $"token {i}: negative start offset {start}");
        Assert.True(end >= start, $"token {i}: end offset {end} before start offset {start}");
        Assert.True(start >= lastStart, $"token {i}: start offset {start} went backwards from {lastStart}");
        if (finalOffset != null)
        {
            Assert.True(end <= finalOffset, $"token {i}: end offset {end} beyond the final offset {finalOffset}");
        }
        lastStart = start;
        int increment = positionIncrement.PositionIncrement;
        Assert.True(increment >= (i == 0 ? 1 : 0), $"token {i}: position increment {increment}");
        position += increment;
        Assert.True(positionLength.PositionLength >= 1, $"token {i}: position length {positionLength.PositionLength}");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (char c in text)
        {
            escaped.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }
        return escaped.ToString();
    }
}
