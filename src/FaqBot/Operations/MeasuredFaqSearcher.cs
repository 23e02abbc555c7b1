using System.Diagnostics;
using FaqIndex.Content;
using FaqIndex.Search;

namespace FaqBot.Operations;

/// <summary>Wraps the searcher the dialogs use so every search is timed into <c>faqbot.search.duration</c>.</summary>
public sealed class MeasuredFaqSearcher(IFaqSearcher inner, FaqBotMetrics metrics) : IFaqSearcher
{
    /// <inheritdoc />
    public FaqSearchResult Search(string question, Audience audience)
    {
        var started = Stopwatch.GetTimestamp();
        var result = inner.Search(question, audience);
        metrics.SearchCompleted(Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <inheritdoc />
    public FaqEntry? GetEntry(string id) => inner.GetEntry(id);

    /// <inheritdoc />
    public IReadOnlyList<FaqEntry> Entries => inner.Entries;
}
