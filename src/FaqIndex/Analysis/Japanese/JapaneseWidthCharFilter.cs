using System.Collections.Concurrent;
using System.Text;
using FaqIndex.Analysis.Japanese.Util;
using Lucene.Net.Analysis.CharFilters;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Folds character width before tokenization, NFKC-style: full-width ASCII → ASCII (０１２０ → 0120),
/// half-width katakana → full-width with voiced marks composed (ﾏｲﾅ → マイナ, ｶﾞ → ガ), compatibility characters
/// to their NFKC form (① → 1, ㈱ → (株)); offsets are corrected so highlights point at the original text.</summary>
/// <remarks>Differences from plain NFKC, chosen for Japanese text: a kana followed by any voiced or semi-voiced mark
/// (combining U+3099/U+309A, spacing ゛゜ or half-width ﾞﾟ) is composed into one character; a lone mark becomes the
/// spacing ゛ or ゜ rather than a combining character; surrogate pairs (emoji, rare kanji) pass through unchanged.
/// Input is read in blocks, so documents of any size stream through a fixed buffer.</remarks>
public sealed class JapaneseWidthCharFilter : BaseCharFilter
{
    private const int BlockSize = 1024;

    // Half-width katakana U+FF61..U+FF9F in order: punctuation, small kana, ー, the gojūon, ﾞ and ﾟ as spacing marks.
    private const string HalfwidthKatakana =
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";

    // Per BMP character: 0 = not yet known, 1 = NFKC-stable, 2 = has a compatibility mapping (in Mappings).
    private static readonly byte[] NfkcState = new byte[0x10000];
    private static readonly ConcurrentDictionary<char, string> Mappings = new();

    private readonly ReadAheadBuffer _ahead = new(BlockSize);

    private string? _pending;   // rest of an expansion that did not fit the caller's buffer
    private int _pendingPos;

    private readonly char[] _one = new char[1];

    private int _consumed;      // input chars consumed so far
    private int _produced;      // output chars produced so far (including pending ones)

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public JapaneseWidthCharFilter(TextReader input) : base(input)
    {
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + count, buffer.Length, nameof(count));

        int written = 0;
        while (written < count)
        {
            if (_pending != null)
            {
                buffer[index + written++] = _pending[_pendingPos++];
                if (_pendingPos == _pending.Length)
                {
                    _pending = null;
                }
                continue;
            }
            if (!_ahead.Fill(m_input, 2) && _ahead.Start == _ahead.End)
            {
                break;
            }
            // Fast path: copy the run of characters that no rule changes (ASCII, kana, kanji …) in one go. A kana is
            // left to the slow path when a voiced mark follows it, or when the mark could be in the next block.
            int limit = Math.Min(count - written, _ahead.End - _ahead.Start);
            int run = 0;
            while (run < limit)
            {
                char ch = _ahead.Chars[_ahead.Start + run];
                if (ch >= 0x80)
                {
                    if (!IsKnownStable(ch))
                    {
                        break;
                    }
                    int next = _ahead.Start + run + 1;
                    if (next < _ahead.End ? IsAnyMark(_ahead.Chars[next]) : !_ahead.Done)
                    {
                        break;
                    }
                }
                run++;
            }
            if (run > 0)
            {
                Array.Copy(_ahead.Chars, _ahead.Start, buffer, index + written, run);
                _ahead.Start += run;
                _consumed += run;
                _produced += run;
                written += run;
                continue;
            }

            char c = _ahead.Chars[_ahead.Start];
            char folded = FoldSingle(c);
            if (folded != '\0')
            {
                int inputLength = 1;
                if (_ahead.Start + 1 < _ahead.End)
                {
                    char next = _ahead.Chars[_ahead.Start + 1];
                    char composed = KanaVoicing.IsVoicedMark(next) ? KanaVoicing.Voiced(folded)
                        : KanaVoicing.IsSemiVoicedMark(next) ? KanaVoicing.SemiVoiced(folded) : '\0';
                    if (composed != '\0')
                    {
                        folded = composed;
                        inputLength = 2;
                    }
                }
                buffer[index + written++] = folded;
                Emit(inputLength, 1);
                continue;
            }

            // Characters whose NFKC form is several characters (㈱ → (株), ㍻ → 平成).
            string expansion = Mappings[c];
            int direct = Math.Min(expansion.Length, count - written);
            expansion.CopyTo(0, buffer, index + written, direct);
            written += direct;
            if (direct < expansion.Length)
            {
                _pending = expansion;
                _pendingPos = direct;
            }
            Emit(1, expansion.Length);
        }
        return written;
    }

    /// <inheritdoc />
    public override int Read()
    {
        return Read(_one, 0, 1) == 1 ? _one[0] : -1;
    }

    /// <summary>The single character <paramref name="c"/> folds to (itself when unchanged), or '\0' when its
    /// NFKC form is longer than one character.</summary>
    private static char FoldSingle(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);                       // full-width ASCII
        }
        if (c is >= '\uFF61' and <= '\uFF9F')
        {
            return HalfwidthKatakana[c - 0xFF61];
        }
        if (c == '\u3000')
        {
            return ' ';                                      // ideographic space
        }
        if (IsKnownStable(c))
        {
            return c;
        }
        string? mapped = Compatibility(c);
        if (mapped == null)
        {
            return c;
        }
        return mapped.Length == 1 ? mapped[0] : '\0';
    }

    // Ranges that NFKC never changes, checked first so ordinary Japanese text never touches the cache.
    private static bool IsKnownStable(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'                     // CJK unified ideographs
          or >= '\u3041' and <= '\u3096'                     // hiragana
          or >= '\u30A1' and <= '\u30FE'                     // katakana, ・ー
          or >= '\u3099' and <= '\u309C'                     // voiced marks: composed with a kana or kept as they are
          or >= '\u3001' and <= '\u3003'                     // 、。〃
          or >= '\u3005' and <= '\u3030'                     // 々〆〇, brackets, 〜
          or >= '\uD800' and <= '\uDFFF';                    // surrogates pass through

    private static bool IsAnyMark(char c) => (uint)(c - '\u3099') <= 3 || (uint)(c - '\uFF9E') <= 1;

    /// <summary>NFKC form of a single BMP character, or null when NFKC leaves it unchanged.</summary>
    private static string? Compatibility(char c)
    {
        byte state = Volatile.Read(ref NfkcState[c]);
        if (state == 0)
        {
            string text = c.ToString();
            string normalized;
            try
            {
                normalized = text.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = text;                           // not a valid code point for the normalizer: keep it
            }
            if (normalized == text)
            {
                state = 1;
            }
            else
            {
                // Some marks decompose to a space plus a combining character (¨ → " ̈"); keeping the mark is kinder.
                if (normalized.Length == 0 || (normalized.Length > 1 && normalized[0] == ' '))
                {
                    state = 1;
                }
                else
                {
                    Mappings.TryAdd(c, normalized);
                    state = 2;
                }
            }
            Volatile.Write(ref NfkcState[c], state);
        }
        return state == 2 ? Mappings[c] : null;
    }

    /// <summary>Records that <paramref name="inputLength"/> input chars became <paramref name="outputLength"/> output chars.</summary>
    private void Emit(int inputLength, int outputLength)
    {
        int inputStart = _consumed;
        int outputStart = _produced;
        _consumed += inputLength;
        _produced += outputLength;
        _ahead.Start += inputLength;
        if (inputLength == outputLength)
        {
            return;
        }
        // Extra output chars of an expansion all point back at the start of what they replace.
        for (int extra = 1; extra < outputLength; extra++)
        {
            AddOffCorrectMap(outputStart + extra, inputStart - (outputStart + extra));
        }
        AddOffCorrectMap(_produced, _consumed - _produced);
    }
}
