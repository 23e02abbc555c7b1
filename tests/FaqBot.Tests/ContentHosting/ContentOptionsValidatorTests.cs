using FaqBot.ContentHosting;
using FaqBot.Tests.TestHosting;
using FaqBot.Tests.TestSupport;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.ContentHosting;

/// <summary>The Content section: a bad value stops start-up naming the key; unset, the repository's content/ is served.</summary>
public sealed class ContentOptionsValidatorTests
{
    private static ServiceProvider Build(IDictionary<string, string?> overrides)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddContentHosting(TestConfiguration.Load(overrides));
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Content:ResultCacheSize", "-1", "Content:ResultCacheSize is -1")]
    [InlineData("Content:ResultCacheSize", "1000001", "Content:ResultCacheSize is 1000001")]
    [InlineData("Content:Path", "/nonexistent/faqbot-content", "Content:Path '/nonexistent/faqbot-content' has no faq/ folder")]
    [InlineData("Content:ReloadDebounce", "-00:00:01", "Content:ReloadDebounce is -00:00:01")]
    [InlineData("Content:RescanInterval", "00:00:00.001", "Content:RescanInterval is 00:00:00.0010000")]
    public void A_bad_setting_is_named(string key, string value, string expected)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ContentOptions>>().Value);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Unset_the_repository_content_is_served_not_a_copy_in_bin()
    {
        using var provider = Build(new Dictionary<string, string?>());
        var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        Assert.Equal(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "content")), Path.GetFullPath(options.ResolvedPath));
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "content")), "the build copies content/ into bin");
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("4096", true)]
    public async Task The_configured_cache_decides_whether_a_repeated_question_is_searched_again(string size, bool remembered)
    {
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?> { ["Content:ResultCacheSize"] = size });
        var searcher = server.Services.GetRequiredService<IFaqSearcher>();
        var first = searcher.Search("マイナンバーカードをなくしました", Audience.Member);
        var second = searcher.Search("マイナンバーカードをなくしました", Audience.Member);
        Assert.Equal("card-lost", first.Best?.Entry.Id);
        Assert.Equal(remembered, ReferenceEquals(first, second));
    }
}
