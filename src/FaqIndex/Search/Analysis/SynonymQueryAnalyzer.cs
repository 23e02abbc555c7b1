using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace FaqIndex.Search.Analysis;

/// <summary>Wraps an analyzer with query-time synonyms: each token is followed by its synonyms at the same position.</summary>
/// <remarks>Lucene.Net 4.8 has no SynonymGraphFilter; the classic SynonymFilter is right at query time when the wrapped
/// tokenizer emits no overlapping compound tokens (the Japanese tokenizer runs in search mode with the compound
/// discarded).</remarks>
public sealed class SynonymQueryAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer _inner;
    private readonly SynonymMap _synonyms;

    /// <summary>Creates the wrapper; <paramref name="synonyms"/> must have been parsed with <paramref name="inner"/>.</summary>
    public SynonymQueryAnalyzer(Analyzer inner, SynonymMap synonyms)
        : base(inner.Strategy)
    {
        _inner = inner;
        _synonyms = synonyms;
    }

    /// <inheritdoc />
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _inner;

    /// <inheritdoc />
    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new SynonymFilter(components.TokenStream, _synonyms, ignoreCase: true));
}
