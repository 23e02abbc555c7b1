namespace FaqBot.Analytics;

/// <summary>The text codes stored for kinds, statuses and feedback (stable across versions; unknown codes read back as
/// Other / none, so an older FaqBot can read a newer database).</summary>
public static class TurnRecordCodes
{
    /// <summary>The code of a kind.</summary>
    public static string Of(TurnKind kind) => kind switch
    {
        TurnKind.Question => "question",
        TurnKind.Choice => "choice",
        TurnKind.Feedback => "feedback",
        TurnKind.Escalation => "escalation",
        _ => "other",
    };

    /// <summary>The code of a status (the same words as <c>ask --json</c>).</summary>
    public static string Of(TurnStatus status) => status switch
    {
        TurnStatus.Answered => "answered",
        TurnStatus.Ambiguous => "ambiguous",
        TurnStatus.NoAnswer => "no_answer",
        TurnStatus.Escalated => "escalated",
        _ => "other",
    };

    /// <summary>The code of feedback.</summary>
    public static string Of(TurnFeedback feedback) => feedback switch
    {
        TurnFeedback.Yes => "yes",
        TurnFeedback.No => "no",
        TurnFeedback.TeamsLike => "teams_like",
        _ => "teams_dislike",
    };

    /// <summary>The kind of a code.</summary>
    public static TurnKind KindOf(string? code) => code switch
    {
        "question" => TurnKind.Question,
        "choice" => TurnKind.Choice,
        "feedback" => TurnKind.Feedback,
        "escalation" => TurnKind.Escalation,
        _ => TurnKind.Other,
    };

    /// <summary>The status of a code.</summary>
    public static TurnStatus StatusOf(string? code) => code switch
    {
        "answered" => TurnStatus.Answered,
        "ambiguous" => TurnStatus.Ambiguous,
        "no_answer" => TurnStatus.NoAnswer,
        "escalated" => TurnStatus.Escalated,
        _ => TurnStatus.Other,
    };

    /// <summary>The feedback of a code, or null.</summary>
    public static TurnFeedback? FeedbackOf(string? code) => code switch
    {
        "yes" => TurnFeedback.Yes,
        "no" => TurnFeedback.No,
        "teams_like" => TurnFeedback.TeamsLike,
        "teams_dislike" => TurnFeedback.TeamsDislike,
        _ => null,
    };

    /// <summary>True for はい and Teams' thumbs up.</summary>
    public static bool IsPositive(TurnFeedback feedback) => feedback is TurnFeedback.Yes or TurnFeedback.TeamsLike;
}
