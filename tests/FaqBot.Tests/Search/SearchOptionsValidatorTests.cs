using FaqBot.Search;
using FaqBot.Tests.TestSupport;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Search;

/// <summary>The Search section: a bad value stops start-up naming the key; the result cache can be turned off.</summary>
public sealed class SearchOptionsValidatorTests
{
    private static ServiceProvider Build(IDictionary<string, string?> overrides)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFaqSearch(TestConfiguration.Load(overrides));
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000001")]
    public void A_result_cache_size_out_of_range_is_named(string size)
    {
        using var provider = Build(new Dictionary<string, string?> { ["Search:ResultCacheSize"] = size });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<FaqSearchEngine>());
        Assert.Contains($"Search:ResultCacheSize is {size}", error.Message);
    }

    [Fact]
    public void A_missing_content_folder_is_named()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Search:ContentPath"] = "/nonexistent/faqbot-content" });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<FaqSearchEngine>());
        Assert.Contains("Search:ContentPath '/nonexistent/faqbot-content' has no faq/ folder", error.Message);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("4096", true)]
    public void The_configured_cache_decides_whether_a_repeated_question_is_searched_again(string size, bool remembered)
    {
        using var provider = Build(new Dictionary<string, string?> { ["Search:ResultCacheSize"] = size });
        var searcher = provider.GetRequiredService<IFaqSearcher>();
        var first = searcher.Search("マイナンバーカードをなくしました", Audience.Member);
        var second = searcher.Search("マイナンバーカードをなくしました", Audience.Member);
        Assert.Equal("card-lost", first.Best?.Entry.Id);
        Assert.Equal(remembered, ReferenceEquals(first, second));
    }
}
