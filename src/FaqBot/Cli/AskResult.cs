using System.Text.Json.Serialization;
using FaqIndex.Search;

namespace FaqBot.Cli;

/// <summary>One answer of the <c>ask</c> verb, as written to JSON (the contract in DESIGN.md).</summary>
/// <param name="Status">answered, ambiguous, no_answer or escalated.</param>
/// <param name="Id">The best entry's id, or null when there is none.</param>
/// <param name="Question">The best entry's question.</param>
/// <param name="Answer">The best entry's answer (Markdown) when answered; null otherwise.</param>
/// <param name="Score">The best hit's calibrated confidence (0–1).</param>
/// <param name="Alternatives">The other hits offered.</param>
/// <param name="Escalation">The contact offered when the question is escalated; null otherwise.</param>
public sealed record AskResult(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("question")] string? Question,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("alternatives")] IReadOnlyList<AskAlternative> Alternatives,
    [property: JsonPropertyName("escalation")] AskEscalation? Escalation)
{
    /// <summary>The JSON spelling of a search status.</summary>
    public static string StatusName(MatchStatus status) => status switch
    {
        MatchStatus.Answered => "answered",
        MatchStatus.Ambiguous => "ambiguous",
        _ => "no_answer",
    };

    /// <summary>The result of a plain search (no dialog, so never escalated).</summary>
    public static AskResult FromSearch(FaqSearchResult result)
    {
        var best = result.Best;
        var alternatives = new AskAlternative[Math.Max(0, result.Hits.Count - 1)];
        for (int i = 1; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];
            alternatives[i - 1] = new AskAlternative(hit.Entry.Id, hit.Entry.Question, hit.Score);
        }
        return new AskResult(
            StatusName(result.Status),
            best?.Entry.Id,
            best?.Entry.Question,
            result.Status == MatchStatus.Answered ? best?.Entry.Answer : null,
            best?.Score,
            alternatives,
            null);
    }
}

/// <summary>Another entry offered with an answer.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="Question">Entry question.</param>
/// <param name="Score">Calibrated confidence.</param>
public sealed record AskAlternative(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("score")] double Score);

/// <summary>The helpdesk the bot hands the member to, and whether it is open now.</summary>
/// <param name="Name">Contact name.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="Open">True when the line is open now.</param>
/// <param name="NextOpen">When it opens next (Asia/Tokyo offset) if closed; null when open.</param>
public sealed record AskEscalation(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("open")] bool Open,
    [property: JsonPropertyName("next_open")] DateTimeOffset? NextOpen);
