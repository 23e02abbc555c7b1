using FaqIndex.Analysis.Japanese.Util;
using Lucene.Net.Analysis;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Expands Japanese iteration marks (踊り字) into the characters they repeat: 時々 → 時時, こゝろ → こころ,
/// いすゞ → いすず, 部分々々 → 部分部分. Each mark becomes exactly one character, so offsets need no correction.</summary>
/// <remarks>A run of k marks repeats the k characters before it. A run cannot reach back past the previous run, a
/// 。 or a surrogate, nor further than <see cref="MaxSpan"/> characters; marks with nothing to repeat stay as they are.
/// ゝ/ヽ repeat the unvoiced form of the source, ゞ/ヾ the voiced one. Input streams through a fixed buffer.</remarks>
public sealed class JapaneseIterationMarkCharFilter : CharFilter
{
    /// <summary>The longest run of iteration marks that is expanded.</summary>
    public const int MaxSpan = 16;

    private const int BlockSize = 1024;
    private const char KanjiMark = '\u3005';           // 々
    private const char HiraganaMark = '\u309D';        // ゝ
    private const char HiraganaVoicedMark = '\u309E';  // ゞ
    private const char KatakanaMark = '\u30FD';        // ヽ
    private const char KatakanaVoicedMark = '\u30FE';  // ヾ
    private const char FullStop = '\u3002';            // 。

    private readonly bool _normalizeKanji;
    private readonly bool _normalizeKana;

    private readonly ReadAheadBuffer _ahead = new(BlockSize);

    private readonly char[] _history = new char[MaxSpan];  // ring of the latest characters a run may repeat
    private int _historyEnd;
    private int _available;                                // how many of them a new run may reach

    private bool _inRun;
    private int _runLeft;                                  // marks of the current run still to expand
    private int _runSource;                                // ring index of the next character to repeat

    private readonly char[] _one = new char[1];

    /// <summary>Expands both kanji (々) and kana (ゝゞヽヾ) iteration marks.</summary>
    public JapaneseIterationMarkCharFilter(TextReader input) : this(input, normalizeKanji: true, normalizeKana: true)
    {
    }

    /// <summary>Expands the kinds of iteration marks selected.</summary>
    public JapaneseIterationMarkCharFilter(TextReader input, bool normalizeKanji, bool normalizeKana) : base(input)
    {
        _normalizeKanji = normalizeKanji;
        _normalizeKana = normalizeKana;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + count, buffer.Length, nameof(count));

        int written = 0;
        while (written < count && _ahead.Fill(m_input, 1))
        {
            char c = _ahead.Chars[_ahead.Start];
            if (IsMark(c))
            {
                if (!_inRun)
                {
                    StartRun();
                }
                if (_runLeft > 0)
                {
                    c = Repeat(_history[_runSource], c);
                    _runSource = (_runSource + 1) % MaxSpan;
                    _runLeft--;
                }
            }
            else
            {
                _inRun = false;
                if (c == FullStop || char.IsSurrogate(c))
                {
                    _available = 0;
                }
                else
                {
                    _history[_historyEnd] = c;
                    _historyEnd = (_historyEnd + 1) % MaxSpan;
                    _available = Math.Min(_available + 1, MaxSpan);
                }
            }
            buffer[index + written++] = c;
            _ahead.Start++;
        }
        return written;
    }

    /// <inheritdoc />
    public override int Read() => Read(_one, 0, 1) == 1 ? _one[0] : -1;

    /// <inheritdoc />
    protected override int Correct(int currentOff) => currentOff;

    private bool IsMark(char c) => c switch
    {
        KanjiMark => _normalizeKanji,
        HiraganaMark or HiraganaVoicedMark or KatakanaMark or KatakanaVoicedMark => _normalizeKana,
        _ => false,
    };

    /// <summary>Measures the run starting at the current position (as far as there are characters to repeat) and
    /// points it at its sources.</summary>
    private void StartRun()
    {
        _ahead.Fill(m_input, _available);
        int length = 0;
        while (length < _available && _ahead.Start + length < _ahead.End && IsMark(_ahead.Chars[_ahead.Start + length]))
        {
            length++;
        }
        _inRun = true;
        _runLeft = length;
        _runSource = (_historyEnd - length + MaxSpan) % MaxSpan;
        _available = 0;
    }

    private static char Repeat(char source, char mark)
    {
        char changed = mark switch
        {
            HiraganaMark or KatakanaMark => KanaVoicing.Unvoiced(source),
            HiraganaVoicedMark or KatakanaVoicedMark => KanaVoicing.Voiced(source),
            _ => '\0',
        };
        return changed == '\0' ? source : changed;
    }
}
