using FaqIndex.Analysis.Japanese.TokenAttributes;
using FaqIndex.Analysis.Japanese.Util;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Joins the adjacent tokens of one number and writes it in Arabic digits: 一〇〇〇 → 1000, 三千二百 → 3200,
/// 1,000 → 1000, ３．２千 → 3200; the number token spans the offsets of all its parts.</summary>
/// <remarks>Put it right after a tokenizer that keeps punctuation (discardPunctuation: false), so that "1,000" and
/// "3.5" arrive with their separators, and remove punctuation after it (<see cref="JapanesePunctuationFilter"/>).
/// A token counts as a numeral when all its characters are digits or kanji numerals and its part of speech, when
/// known, is 名詞-数 (so 万一 "by any chance" stays a word). Plain digit strings keep their leading zeros
/// (0120, 06123456) because they are phone or member numbers more often than quantities. Text that does not read
/// as a number (1.2.3) is kept as written.</remarks>
public sealed class JapaneseNumberFilter : TokenFilter
{
    private const string NumeralPartOfSpeech = "名詞-数";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly IKeywordAttribute _keyword;
    private readonly IPartOfSpeechAttribute _partOfSpeech;

    private readonly char[] _numeral = new char[JapaneseNumeral.MaxLength];
    private readonly char[] _normalized = new char[JapaneseNumeral.MaxOutputLength];
    // Copies of the attributes, reused from token to token (CaptureState would allocate for every number): the
    // number's first part, and the tokens read ahead (at most a separator and the token after it).
    private AttributeSource? _first;
    private readonly AttributeSource?[] _queue = new AttributeSource?[2];
    private int _queueHead;
    private int _queueCount;
    private bool _inputDone;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public JapaneseNumberFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Next())
        {
            return false;
        }
        if (!IsNumeral() || _term.Length > _numeral.Length)
        {
            return true;
        }

        Save(ref _first);
        int start = _offset.StartOffset;
        int end = _offset.EndOffset;
        int length = 0;
        Append(ref length);
        // The read-ahead queue is empty here (it is only filled at the end of a number), so parts come from the input.
        while (ReadInput())
        {
            if (Continues(end) && IsNumeral() && Fits(length, 0))
            {
                Append(ref length);
                end = _offset.EndOffset;
                continue;
            }
            if (!(Continues(end) && _term.Length == 1 && JapaneseNumeral.IsSeparator(_term.Buffer[0])))
            {
                Enqueue();
                break;
            }
            // A separator belongs to the number only when a numeral follows it directly.
            char separatorChar = _term.Buffer[0];
            int separatorEnd = _offset.EndOffset;
            Enqueue();
            if (!ReadInput())
            {
                break;
            }
            if (Continues(separatorEnd) && IsNumeral() && Fits(length, 1))
            {
                _queueCount = 0;                            // the separator is part of the number after all
                _numeral[length++] = separatorChar;
                Append(ref length);
                end = _offset.EndOffset;
                continue;
            }
            Enqueue();
            break;
        }

        _first!.CopyTo(this);
        _offset.SetOffset(start, end);
        ReadOnlySpan<char> text = _numeral.AsSpan(0, length);
        if (JapaneseNumeral.TryNormalize(text, _normalized, out int written))
        {
            _term.CopyBuffer(_normalized, 0, written);
        }
        else
        {
            _term.CopyBuffer(_numeral, 0, length);
        }
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _queueHead = 0;
        _queueCount = 0;
        _inputDone = false;
    }

    /// <summary>Moves to the next token, replaying read-ahead tokens first.</summary>
    private bool Next()
    {
        if (_queueCount > 0)
        {
            _queue[_queueHead]!.CopyTo(this);
            _queueHead = (_queueHead + 1) % _queue.Length;
            _queueCount--;
            return true;
        }
        return ReadInput();
    }

    /// <summary>Moves to the next token of the input.</summary>
    private bool ReadInput()
    {
        if (_inputDone)
        {
            return false;
        }
        if (!m_input.IncrementToken())
        {
            _inputDone = true;
            return false;
        }
        return true;
    }

    /// <summary>Keeps the current token to be replayed after the number.</summary>
    private void Enqueue()
    {
        Save(ref _queue[(_queueHead + _queueCount) % _queue.Length]);
        _queueCount++;
    }

    /// <summary>Copies the current attributes into <paramref name="copy"/>, cloning them the first time and again
    /// if a consumer has added attributes since.</summary>
    private void Save(ref AttributeSource? copy)
    {
        if (copy != null)
        {
            try
            {
                CopyTo(copy);
                return;
            }
            catch (ArgumentException)
            {
                // An attribute was added after the copy was made: clone afresh below.
            }
        }
        copy = CloneAttributes();
    }

    /// <summary>True when the current token directly follows a numeral part ending at <paramref name="previousEnd"/>.</summary>
    private bool Continues(int previousEnd) =>
        _offset.StartOffset == previousEnd && _positionIncrement.PositionIncrement == 1
        && _positionLength.PositionLength == 1 && !_keyword.IsKeyword;

    private bool IsNumeral()
    {
        int length = _term.Length;
        if (length == 0 || _keyword.IsKeyword)
        {
            return false;
        }
        char[] buffer = _term.Buffer;
        for (int i = 0; i < length; i++)
        {
            if (!JapaneseNumeral.IsNumeralChar(buffer[i]))
            {
                return false;
            }
        }
        string? tag = _partOfSpeech.PartOfSpeech;
        return tag == null || tag == NumeralPartOfSpeech;
    }

    /// <summary>True when the current term plus <paramref name="extra"/> chars still fit the number buffer.</summary>
    private bool Fits(int length, int extra) => length + extra + _term.Length <= _numeral.Length;

    private void Append(ref int length)
    {
        int termLength = Math.Min(_term.Length, _numeral.Length - length);
        Array.Copy(_term.Buffer, 0, _numeral, length, termLength);
        length += termLength;
    }
}
