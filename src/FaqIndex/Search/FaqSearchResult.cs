namespace FaqIndex.Search;

/// <summary>The answer to one question: a status and the hits, best first (empty for <see cref="MatchStatus.NoAnswer"/>
/// only when nothing matched at all).</summary>
public sealed record FaqSearchResult(MatchStatus Status, IReadOnlyList<FaqHit> Hits)
{
    /// <summary>The best hit, or null when there is none.</summary>
    public FaqHit? Best => Hits.Count > 0 ? Hits[0] : null;
}
