using FaqBot.Tests.TestHosting;
using FaqIndex.Search;

namespace FaqBot.Tests.Dialogs;

/// <summary>The real search engine over the repository's content/faq, built once for all dialog tests.</summary>
public static class RealFaqSearcher
{
    private static readonly Lazy<FaqSearchEngine> Engine = new(() =>
        new FaqSearchEngine(FaqIndexBuilder.Build(Path.Combine(RepositoryPaths.Root, "content"), TimeProvider.System, out _)));

    public static IFaqSearcher Instance => Engine.Value;
}
