using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.Dict;
using FaqIndex.Analysis.Japanese.Viterbi;

namespace FaqIndex.Tests.Analysis.Japanese.Viterbi;

public sealed class ViterbiSegmenterTests
{
    private static List<(string Surface, MorphemeSource Source, int Increment, int Length)> Segment(string text, JapaneseTokenizerMode mode)
    {
        var segmenter = new ViterbiSegmenter(SystemDictionary.Instance, null);
        var buffer = new MorphemeBuffer();
        segmenter.Segment(text, mode, buffer);
        var result = new List<(string, MorphemeSource, int, int)>();
        for (var i = 0; i < buffer.Count; i++)
        {
            var m = buffer[i];
            result.Add((text.Substring(m.Start, m.Length), m.Source, m.PositionIncrement, m.PositionLength));
        }
        return result;
    }

    [Fact]
    public void KnownAndUnknownWordsAreTagged()
    {
        var tokens = Segment("資格ジョブカン", JapaneseTokenizerMode.Normal);
        Assert.Equal([("資格", MorphemeSource.Known, 1, 1), ("ジョブカン", MorphemeSource.Unknown, 1, 1)], tokens);
    }

    [Fact]
    public void CompoundFollowsItsFirstPartAndSpansItsParts()
    {
        var tokens = Segment("厚生労働省", JapaneseTokenizerMode.Search);
        Assert.Equal(["厚生", "労働", "労働省", "省"], tokens.Select(t => t.Surface));
        Assert.Equal((0, 2), (tokens[2].Increment, tokens[2].Length));
    }

    [Fact]
    public void WhitespaceOnlyTextHasNoTokens()
    {
        Assert.Empty(Segment(" \t\u000B ", JapaneseTokenizerMode.Normal));
        Assert.Empty(Segment("", JapaneseTokenizerMode.Extended));
    }

    [Fact]
    public void SurrogatePairsAndLoneSurrogatesAreOneCharacterOfTheDefaultCategory()
    {
        Assert.Equal('\0', ViterbiSegmenter.CategoryChar("😀", 0, out var pair));
        Assert.Equal(2, pair);
        Assert.Equal('\0', ViterbiSegmenter.CategoryChar("\uD800x", 0, out var lone));
        Assert.Equal(1, lone);
        Assert.Equal('\0', ViterbiSegmenter.CategoryChar("\uDC00", 0, out _));
        Assert.Equal('あ', ViterbiSegmenter.CategoryChar("あ", 0, out _));
    }

    [Fact]
    public void SegmenterIsReusableAfterAHugeLine()
    {
        var segmenter = new ViterbiSegmenter(SystemDictionary.Instance, null);
        var buffer = new MorphemeBuffer();
        segmenter.Segment(new string('漢', 50_000), JapaneseTokenizerMode.Search, buffer);
        Assert.True(buffer.Count > 0);
        segmenter.Segment("資格確認書", JapaneseTokenizerMode.Normal, buffer);
        Assert.Equal(3, buffer.Count);
    }
}
