using FaqIndex.Content;

namespace FaqIndex.Search;

/// <summary>Answers questions from the current FAQ index; safe to call from many threads while the index is rebuilt.</summary>
public interface IFaqSearcher
{
    /// <summary>Finds the entries that answer <paramref name="question"/> for <paramref name="audience"/>.</summary>
    FaqSearchResult Search(string question, Audience audience);

    /// <summary>The entry with this id, or null.</summary>
    FaqEntry? GetEntry(string id);

    /// <summary>All entries in the current index.</summary>
    IReadOnlyList<FaqEntry> Entries { get; }
}
