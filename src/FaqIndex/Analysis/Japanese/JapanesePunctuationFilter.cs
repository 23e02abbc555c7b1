using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Removes tokens that start with punctuation, a symbol or a space (the rule the tokenizer's
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
            if (_term.Length > 0 && !IsPunctuation(_term.Buffer[0]))
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

    /// <summary>True for characters that never start a searchable word.</summary>
    public static bool IsPunctuation(char c)
    {
        if (c < 0x80)
        {
            return !char.IsLetterOrDigit(c);
        }
        return char.GetUnicodeCategory(c) switch
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
}
