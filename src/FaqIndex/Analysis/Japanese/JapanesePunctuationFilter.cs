using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Removes tokens made only of punctuation, symbols and spaces (the rule the tokenizer's
/// discardPunctuation applies), without leaving a position gap. Used after <see cref="JapaneseNumberFilter"/>,
/// which needs the tokenizer to keep the separators of 1,000 and 3.5.</summary>
/// <remarks>IPADIC tags ASCII symbols as 名詞-サ変接続 (the "-" of 0120-95-0178), so a part-of-speech stop filter
/// cannot remove them; this filter looks at the characters instead.</remarks>
public sealed class JapanesePunctuationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public JapanesePunctuationFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        int skippedGap = 0;
        while (m_input.IncrementToken())
        {
            if (!IsPunctuation(_term.Buffer.AsSpan(0, _term.Length)))
            {
                if (skippedGap > 0)
                {
                    _positionIncrement.PositionIncrement += skippedGap;
                }
                return true;
            }
            // A removed token passes on only the holes it carried, not its own position.
            skippedGap += Math.Max(0, _positionIncrement.PositionIncrement - 1);
        }
        return false;
    }

    /// <summary>True when every character of <paramref name="text"/> is punctuation, a symbol, a separator or a
    /// control/format character (a lone surrogate counts as a symbol); true for empty text.</summary>
    public static bool IsPunctuation(ReadOnlySpan<char> text)
    {
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x80 ? char.IsLetterOrDigit((char)rune.Value) : !IsPunctuation(Rune.GetUnicodeCategory(rune)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPunctuation(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
