using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>A token stream that replays given tokens with their morpheme features: the usual Lucene way to test a
/// filter in isolation. Enforces the contract: IncrementToken before Reset throws.</summary>
public sealed class CannedMorphemeTokenStream : TokenStream
{
    private readonly TestMorphemeFeatures _features;
    private readonly CannedToken[] _tokens;
    private readonly int _finalOffset;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly IKeywordAttribute _keyword;
    private readonly IMorphemeAttribute[] _morphemes;
    private int _next = -1;

    public CannedMorphemeTokenStream(TestMorphemeFeatures features, int finalOffset, params CannedToken[] tokens)
    {
        _features = features;
        _tokens = tokens;
        _finalOffset = finalOffset;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _morphemes =
        [
            AddAttribute<IBaseFormAttribute>(), AddAttribute<IPartOfSpeechAttribute>(),
            AddAttribute<IReadingAttribute>(), AddAttribute<IInflectionAttribute>(),
        ];
    }

    /// <summary>Builds a stream from mecab's default output (surface TAB features, one token a line, optional EOS);
    /// offsets follow the surfaces, with <paramref name="gaps"/> extra chars (e.g. a dropped space) before token i.</summary>
    public static CannedMorphemeTokenStream FromMecab(string mecabOutput, IReadOnlyDictionary<int, int>? gaps = null)
    {
        var features = new TestMorphemeFeatures();
        var tokens = new List<CannedToken>();
        int offset = 0;
        foreach (string line in mecabOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line == "EOS")
            {
                continue;
            }
            string[] parts = line.Split('\t');
            if (gaps != null && gaps.TryGetValue(tokens.Count, out int gap))
            {
                offset += gap;
            }
            int id = features.AddMecabFeatures(parts[1]);
            tokens.Add(new CannedToken(parts[0], offset, offset + parts[0].Length, Morpheme: id));
            offset += parts[0].Length;
        }
        return new CannedMorphemeTokenStream(features, offset, [.. tokens]);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_next < 0)
        {
            throw new InvalidOperationException("TokenStream contract violation: IncrementToken() before Reset()");
        }
        if (_next >= _tokens.Length)
        {
            return false;
        }
        ClearAttributes();
        CannedToken token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _offset.SetOffset(token.Start, token.End);
        _positionIncrement.PositionIncrement = token.PositionIncrement;
        _positionLength.PositionLength = token.PositionLength;
        _keyword.IsKeyword = token.Keyword;
        if (token.Morpheme >= 0)
        {
            foreach (IMorphemeAttribute morpheme in _morphemes)
            {
                morpheme.SetMorpheme(_features, token.Morpheme);
            }
        }
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        _next = -1;
        base.Dispose(disposing);
    }
}
