namespace FaqIndex.Search;

/// <summary>What an index generation holds, for <c>index --stats</c> and logs.</summary>
/// <param name="Entries">Entries indexed.</param>
/// <param name="MemberOnly">Entries for members only.</param>
/// <param name="HrOnly">Entries for HR only.</param>
/// <param name="Both">Entries for both.</param>
/// <param name="TermsPerField">Distinct terms per Lucene field.</param>
/// <param name="BuildTime">Time to analyse and index the entries.</param>
public sealed record FaqIndexStats(int Entries, int MemberOnly, int HrOnly, int Both,
    IReadOnlyDictionary<string, long> TermsPerField, TimeSpan BuildTime);
