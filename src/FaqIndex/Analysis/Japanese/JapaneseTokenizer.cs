using System.Globalization;
using System.Text;
using FaqIndex.Analysis.Japanese.Dict;
using FaqIndex.Analysis.Japanese.TokenAttributes;
using FaqIndex.Analysis.Japanese.Viterbi;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Lucene tokenizer for Japanese: MeCab-compatible Viterbi segmentation over IPADIC, with Kuromoji's
/// search/extended modes and user dictionary. Sets term, offsets, position increment/length and the morpheme
/// attributes (base form, part of speech, reading, inflection).</summary>
/// <remarks>Each line (split at CR/LF) is one lattice, as `mecab` treats each input line.</remarks>
public sealed class JapaneseTokenizer : Tokenizer
{
    private readonly ICharTermAttribute termAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly IPositionIncrementAttribute incrementAttribute;
    private readonly IPositionLengthAttribute lengthAttribute;
    private readonly IBaseFormAttribute baseFormAttribute;
    private readonly IPartOfSpeechAttribute partOfSpeechAttribute;
    private readonly IReadingAttribute readingAttribute;
    private readonly IInflectionAttribute inflectionAttribute;
    private readonly ViterbiSegmenter segmenter;
    private readonly MorphemeBuffer morphemes = new();
    private readonly JapaneseTokenizerMode mode;
    private readonly bool discardPunctuation;
    private readonly bool discardCompoundToken;
    private char[] text = new char[1024];
    private int textLength;
    private int lineStart;
    private int nextLineStart;
    private int morphemeIndex;
    private bool previousDropped;

    /// <summary>Creates a tokenizer with the default attribute factory.</summary>
    /// <param name="input">The text.</param>
    /// <param name="userDictionary">Editor words that win over the system dictionary, or null.</param>
    /// <param name="discardPunctuation">Drop tokens made only of punctuation, symbols and spaces.</param>
    /// <param name="mode">Segmentation mode.</param>
    /// <param name="discardCompoundToken">In search/extended mode, emit only the parts of a compound.</param>
    public JapaneseTokenizer(TextReader input, UserDictionary? userDictionary, bool discardPunctuation, JapaneseTokenizerMode mode, bool discardCompoundToken = false)
        : this(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, input, userDictionary, discardPunctuation, mode, discardCompoundToken)
    {
    }

    /// <summary>Creates a tokenizer with a custom attribute factory.</summary>
    /// <param name="factory">Attribute factory.</param>
    /// <param name="input">The text.</param>
    /// <param name="userDictionary">Editor words that win over the system dictionary, or null.</param>
    /// <param name="discardPunctuation">Drop tokens made only of punctuation, symbols and spaces.</param>
    /// <param name="mode">Segmentation mode.</param>
    /// <param name="discardCompoundToken">In search/extended mode, emit only the parts of a compound.</param>
    public JapaneseTokenizer(AttributeFactory factory, TextReader input, UserDictionary? userDictionary, bool discardPunctuation, JapaneseTokenizerMode mode, bool discardCompoundToken = false)
        : base(factory, input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
        offsetAttribute = AddAttribute<IOffsetAttribute>();
        incrementAttribute = AddAttribute<IPositionIncrementAttribute>();
        lengthAttribute = AddAttribute<IPositionLengthAttribute>();
        baseFormAttribute = AddAttribute<IBaseFormAttribute>();
        partOfSpeechAttribute = AddAttribute<IPartOfSpeechAttribute>();
        readingAttribute = AddAttribute<IReadingAttribute>();
        inflectionAttribute = AddAttribute<IInflectionAttribute>();
        segmenter = new ViterbiSegmenter(SystemDictionary.Instance, userDictionary);
        this.mode = mode;
        this.discardPunctuation = discardPunctuation;
        this.discardCompoundToken = discardCompoundToken;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        textLength = 0;
        while (true)
        {
            if (textLength == text.Length)
            {
                Array.Resize(ref text, text.Length * 2);
            }
            var read = m_input.Read(text, textLength, text.Length - textLength);
            if (read <= 0)
            {
                break;
            }
            textLength += read;
        }
        lineStart = 0;
        nextLineStart = 0;
        morphemes.Clear();
        morphemeIndex = 0;
        previousDropped = false;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            while (morphemeIndex < morphemes.Count)
            {
                ref var morpheme = ref morphemes[morphemeIndex++];
                if (morpheme.PositionIncrement == 0 && discardCompoundToken)
                {
                    continue;
                }
                var start = lineStart + morpheme.Start;
                var increment = morpheme.PositionIncrement;
                var positionLength = morpheme.PositionLength;
                if (discardPunctuation)
                {
                    if (IsPunctuation(text.AsSpan(start, morpheme.Length)))
                    {
                        previousDropped = increment > 0 || previousDropped;
                        continue;
                    }
                    if (increment == 0 && !KeepCompoundGraphValid(ref increment, ref positionLength))
                    {
                        continue;
                    }
                    previousDropped = false;
                }
                termAttribute.CopyBuffer(text, start, morpheme.Length);
                offsetAttribute.SetOffset(CorrectOffset(start), CorrectOffset(start + morpheme.Length));
                incrementAttribute.PositionIncrement = increment;
                lengthAttribute.PositionLength = positionLength;
                IMorphemeFeatures features = morpheme.Source switch
                {
                    MorphemeSource.Known => segmenter.TokenInfo,
                    MorphemeSource.Unknown => segmenter.Unknown,
                    _ => segmenter.User!,
                };
                baseFormAttribute.SetMorpheme(features, morpheme.WordId);
                partOfSpeechAttribute.SetMorpheme(features, morpheme.WordId);
                readingAttribute.SetMorpheme(features, morpheme.WordId);
                inflectionAttribute.SetMorpheme(features, morpheme.WordId);
                return true;
            }
            if (!NextLine())
            {
                return false;
            }
        }
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(textLength);
        offsetAttribute.SetOffset(final, final);
    }

    /// <summary>A compound follows its first part and spans the next parts; when punctuation parts are dropped it
    /// must take over a dropped first position and span only the kept parts. False drops the compound.</summary>
    private bool KeepCompoundGraphValid(ref int increment, ref int positionLength)
    {
        var kept = positionLength;
        if (previousDropped)
        {
            increment = 1;
            kept--;
        }
        for (var part = 1; part < positionLength && morphemeIndex - 1 + part < morphemes.Count; part++)
        {
            ref var next = ref morphemes[morphemeIndex - 1 + part];
            if (IsPunctuation(text.AsSpan(lineStart + next.Start, next.Length)))
            {
                kept--;
            }
        }
        positionLength = Math.Max(kept, 1);
        return kept > 0;
    }

    private bool NextLine()
    {
        if (nextLineStart >= textLength)
        {
            return false;
        }
        lineStart = nextLineStart;
        var end = text.AsSpan(lineStart, textLength - lineStart).IndexOfAny('\r', '\n');
        end = end < 0 ? textLength : lineStart + end;
        nextLineStart = end + 1;
        segmenter.Segment(text.AsSpan(lineStart, end - lineStart), mode, morphemes);
        morphemeIndex = 0;
        return true;
    }

    /// <summary>True when every character is punctuation, a symbol, a separator or a control/format character.</summary>
    private static bool IsPunctuation(ReadOnlySpan<char> surface)
    {
        foreach (var rune in surface.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.OtherPunctuation:
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.CurrencySymbol:
                case UnicodeCategory.ModifierSymbol:
                case UnicodeCategory.OtherSymbol:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }
}
