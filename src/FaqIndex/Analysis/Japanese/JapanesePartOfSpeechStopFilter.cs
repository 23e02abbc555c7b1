using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Removes tokens whose IPADIC part of speech (levels joined by '-', e.g. 助詞-格助詞-一般) is in a set of
/// stop tags; later tokens keep the position gap so phrase queries still see where a word was removed.</summary>
public sealed class JapanesePartOfSpeechStopFilter : FilteringTokenFilter
{
    private readonly ISet<string> _stopTags;
    private readonly IPartOfSpeechAttribute _partOfSpeech;

    /// <summary>Wraps <paramref name="input"/>, removing tokens tagged with any of <paramref name="stopTags"/>
    /// (exact, full tags as <see cref="IPartOfSpeechAttribute.PartOfSpeech"/> reports them).</summary>
    public JapanesePartOfSpeechStopFilter(LuceneVersion matchVersion, TokenStream input, ISet<string> stopTags)
        : base(matchVersion, input)
    {
        ArgumentNullException.ThrowIfNull(stopTags);
        _stopTags = stopTags;
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
    }

    /// <inheritdoc />
    protected override bool Accept()
    {
        string? tag = _partOfSpeech.PartOfSpeech;
        return tag == null || !_stopTags.Contains(tag);
    }
}
