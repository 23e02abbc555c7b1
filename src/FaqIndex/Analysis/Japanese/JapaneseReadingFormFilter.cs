using FaqIndex.Analysis.Japanese.TokenAttributes;
using FaqIndex.Analysis.Japanese.Util;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Replaces each token with its reading, in katakana (保険証 → ホケンショウ) or in Hepburn romaji
/// (→ hokensho); useful for a "sounds like" field. Unknown words keep their text (romanized if it is kana).</summary>
public sealed class JapaneseReadingFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IReadingAttribute _reading;
    private readonly bool _useRomaji;
    private char[] _scratch = new char[32];

    /// <summary>Wraps <paramref name="input"/>; <paramref name="useRomaji"/> selects romaji instead of katakana.</summary>
    public JapaneseReadingFormFilter(TokenStream input, bool useRomaji = false) : base(input)
    {
        _useRomaji = useRomaji;
        _term = AddAttribute<ICharTermAttribute>();
        _reading = AddAttribute<IReadingAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        string? reading = _reading.Reading;
        if (!_useRomaji)
        {
            if (reading != null)
            {
                _term.SetEmpty().Append(reading);
            }
            return true;
        }
        if (reading != null)
        {
            KanaRomanizer.Append(reading, _term.SetEmpty());
            return true;
        }
        // Out-of-vocabulary: romanize the surface itself, copied first because the term buffer is rewritten.
        int length = _term.Length;
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }
        Array.Copy(_term.Buffer, _scratch, length);
        KanaRomanizer.Append(_scratch.AsSpan(0, length), _term.SetEmpty());
        return true;
    }
}
