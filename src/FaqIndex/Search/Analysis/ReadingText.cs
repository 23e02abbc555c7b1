using System.Text;
using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Search.Analysis;

/// <summary>Rewrites text as its katakana reading (資格確認書 → シカクカクニンショ), so a question typed in hiragana or with a
/// homophone typo (保健証, 暗唱番号) meets the entry written in kanji in the reading-bigram field.</summary>
public sealed class ReadingText
{
    private readonly Analyzer _tokens;

    /// <summary>Creates the reader over the Japanese tokenizer (normal mode) with the user dictionary.</summary>
    public ReadingText(UserDictionary? userDictionary)
    {
        _tokens = Analyzer.NewAnonymous((_, reader) =>
            new TokenStreamComponents(new JapaneseTokenizer(reader, userDictionary, discardPunctuation: true, JapaneseTokenizerMode.Normal)));
    }

    /// <summary>The reading of <paramref name="text"/>: each token's katakana reading (its surface, hiragana folded to
    /// katakana, when the dictionary has none); a gap in the text stays a space.</summary>
    public string Of(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        using var stream = _tokens.GetTokenStream("reading", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var reading = stream.AddAttribute<IReadingAttribute>();
        stream.Reset();
        int lastEnd = 0;
        while (stream.IncrementToken())
        {
            if (offset.StartOffset > lastEnd && builder.Length > 0)
            {
                builder.Append(' ');
            }
            lastEnd = offset.EndOffset;
            var kana = reading.Reading;
            if (!string.IsNullOrEmpty(kana) && kana != "*")
            {
                builder.Append(kana);
                continue;
            }
            var surface = term.Buffer.AsSpan(0, term.Length);
            foreach (var c in surface)
            {
                // Hiragana ぁ..ゖ sit 0x60 below their katakana.
                builder.Append(c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c);
            }
        }
        stream.End();
        return builder.ToString();
    }
}
