namespace FaqIndex.Search;

/// <summary>"Not ours" entries (<c>content/faq/outside-*.md</c>): they answer a near-miss question (マイナポイント, 年金 …)
/// by declining politely and saying where to go. Such an entry is given directly or not at all, never as a choice.</summary>
public static class DeclineEntries
{
    /// <summary>The id prefix that marks a "not ours" entry.</summary>
    public const string IdPrefix = "outside-";

    /// <summary>True when <paramref name="id"/> is a "not ours" entry.</summary>
    public static bool IsDecline(string id) => id.StartsWith(IdPrefix, StringComparison.Ordinal);
}
