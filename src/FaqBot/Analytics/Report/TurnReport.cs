namespace FaqBot.Analytics.Report;

/// <summary>What the editors' report says, computed once and written as a table, CSV or HTML.</summary>
/// <param name="Since">First day covered (Asia/Tokyo).</param>
/// <param name="Until">Last day covered (Asia/Tokyo), inclusive.</param>
/// <param name="Turns">Turns recorded in the period.</param>
/// <param name="Unanswered">Questions with no answer, grouped by similarity, biggest group first.</param>
/// <param name="Suggestions">Per entry, what members typed before picking it from the choices: suggested alternates.</param>
/// <param name="Entries">Every entry with its hits and feedback, most hit first.</param>
/// <param name="NeverHit">Entries no member reached in the period.</param>
/// <param name="Days">Per day: questions and how they ended.</param>
/// <param name="Hours">Turns per hour of the day (Asia/Tokyo), 24 values.</param>
/// <param name="LatencyP50">Median turn latency in ms, or null without turns.</param>
/// <param name="LatencyP95">95th percentile turn latency in ms, or null without turns.</param>
public sealed record TurnReport(
    DateOnly Since,
    DateOnly Until,
    int Turns,
    IReadOnlyList<QuestionGroup> Unanswered,
    IReadOnlyList<AlternateSuggestions> Suggestions,
    IReadOnlyList<EntryStats> Entries,
    IReadOnlyList<EntryStats> NeverHit,
    IReadOnlyList<DayRates> Days,
    IReadOnlyList<int> Hours,
    double? LatencyP50,
    double? LatencyP95)
{
    /// <summary>Entries with at least one いいえ, most first.</summary>
    public IEnumerable<EntryStats> MostNo => Entries.Where(e => e.No > 0).OrderByDescending(e => e.No).ThenBy(e => e.Id, StringComparer.Ordinal);
}

/// <summary>Similar unanswered questions.</summary>
/// <param name="Count">How many times members asked one of them.</param>
/// <param name="Examples">The most asked phrasings, most first (at most a few).</param>
public sealed record QuestionGroup(int Count, IReadOnlyList<PhrasingCount> Examples);

/// <summary>A phrasing and how often it was typed.</summary>
/// <param name="Text">The redacted question.</param>
/// <param name="Count">How often.</param>
public sealed record PhrasingCount(string Text, int Count);

/// <summary>Phrasings members typed before choosing an entry: candidates for its alternates.</summary>
/// <param name="EntryId">The entry chosen.</param>
/// <param name="EntryQuestion">Its question.</param>
/// <param name="Phrasings">What members typed, most first.</param>
public sealed record AlternateSuggestions(string EntryId, string EntryQuestion, IReadOnlyList<PhrasingCount> Phrasings);

/// <summary>One entry's traffic.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Question">Its question (empty when the entry is no longer in the content).</param>
/// <param name="Hits">Times it was the answer (directly or picked from choices).</param>
/// <param name="Yes">はい and Teams thumbs up.</param>
/// <param name="No">いいえ and Teams thumbs down.</param>
public sealed record EntryStats(string Id, string Question, int Hits, int Yes, int No);

/// <summary>One day's questions and how they ended.</summary>
/// <param name="Day">The day (Asia/Tokyo).</param>
/// <param name="Questions">Questions asked (searches and requests for a person).</param>
/// <param name="Answered">Answered directly.</param>
/// <param name="Ambiguous">Answered with choices.</param>
/// <param name="NoAnswer">Not answered.</param>
/// <param name="Escalated">Handed to the helpdesk (on request, after いいえ twice, or when no choice fitted).</param>
public sealed record DayRates(DateOnly Day, int Questions, int Answered, int Ambiguous, int NoAnswer, int Escalated)
{
    /// <summary>A count as a share of the day's questions (0 without questions).</summary>
    public double Share(int count) => Questions == 0 ? 0 : (double)count / Questions;
}
