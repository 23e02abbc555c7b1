using FaqIndex.Search;

namespace FaqIndex.Tests.TestSupport;

/// <summary>One index of the repository's content, built once and shared by the tests that only read it.</summary>
public static class RepoIndex
{
    private static readonly Lazy<FaqIndexSnapshot> Shared = new(() =>
        FaqSearchEngine.BuildSnapshot(TestPaths.RepoContent, FixedTimeProvider.ContentDay, out _));

    /// <summary>The snapshot of content/ as shipped.</summary>
    public static FaqIndexSnapshot Snapshot => Shared.Value;
}
