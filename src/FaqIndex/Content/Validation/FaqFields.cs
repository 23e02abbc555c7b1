namespace FaqIndex.Content.Validation;

/// <summary>The front matter keys of an entry and which of them are required, texts or lists.</summary>
public static class FaqFields
{
    /// <summary>The entry id.</summary>
    public const string Id = "id";
    /// <summary>The canonical question.</summary>
    public const string Question = "question";
    /// <summary>Other phrasings.</summary>
    public const string Alternates = "alternates";
    /// <summary>member, hr or both.</summary>
    public const string Audience = "audience";
    /// <summary>Free tags.</summary>
    public const string Tags = "tags";
    /// <summary>Where the facts come from.</summary>
    public const string Source = "source";
    /// <summary>Ids offered after the answer.</summary>
    public const string FollowUps = "follow_ups";
    /// <summary>Last review date.</summary>
    public const string Reviewed = "reviewed";
    /// <summary>The first day (Asia/Tokyo) this version is served.</summary>
    public const string ValidFrom = "valid_from";
    /// <summary>The last day (Asia/Tokyo) this version is served.</summary>
    public const string ValidUntil = "valid_until";

    /// <summary>Keys that must be present and non-blank.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Question, Audience, Source, Reviewed];

    /// <summary>Keys whose value is one text.</summary>
    public static IReadOnlyList<string> Texts { get; } = [Id, Question, Audience, Source, Reviewed, ValidFrom, ValidUntil];

    /// <summary>Keys whose value is a list of texts (a single text is accepted as a one-item list).</summary>
    public static IReadOnlyList<string> Lists { get; } = [Alternates, Tags, FollowUps];

    /// <summary>True for a key FaqBot understands.</summary>
    public static bool IsKnown(string key) => Texts.Contains(key) || Lists.Contains(key);
}
