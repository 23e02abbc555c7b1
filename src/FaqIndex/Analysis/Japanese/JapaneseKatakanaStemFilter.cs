using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Drops the trailing prolonged sound mark ー of long katakana words so that spelling variants meet
/// (ユーザー → ユーザ, サーバー → サーバ); words shorter than the minimum length (コピー) and keywords are kept.</summary>
public sealed class JapaneseKatakanaStemFilter : TokenFilter
{
    /// <summary>Default minimum length, in characters including the ー, of a word that is stemmed.</summary>
    public const int DefaultMinimumLength = 4;

    private const char ProlongedSoundMark = '\u30FC';

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly int _minimumLength;

    /// <summary>Wraps <paramref name="input"/>, stemming katakana words of at least <paramref name="minimumLength"/> chars.</summary>
    public JapaneseKatakanaStemFilter(TokenStream input, int minimumLength = DefaultMinimumLength) : base(input)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLength, 2);
        _minimumLength = minimumLength;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        int length = _term.Length;
        if (!_keyword.IsKeyword && length >= _minimumLength)
        {
            char[] buffer = _term.Buffer;
            if (buffer[length - 1] == ProlongedSoundMark && IsKatakana(buffer, length))
            {
                _term.Length = length - 1;
            }
        }
        return true;
    }

    private static bool IsKatakana(char[] buffer, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (buffer[i] is < '\u30A0' or > '\u30FF')
            {
                return false;
            }
        }
        return true;
    }
}
