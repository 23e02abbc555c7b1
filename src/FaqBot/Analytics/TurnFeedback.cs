namespace FaqBot.Analytics;

/// <summary>What a member said about an answer.</summary>
public enum TurnFeedback
{
    /// <summary>はい: the answer helped.</summary>
    Yes,

    /// <summary>いいえ: it did not.</summary>
    No,

    /// <summary>Teams feedback: thumbs up.</summary>
    TeamsLike,

    /// <summary>Teams feedback: thumbs down.</summary>
    TeamsDislike,
}
