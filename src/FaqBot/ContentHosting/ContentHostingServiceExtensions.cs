using FaqBot.Operations;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.ContentHosting;

/// <summary>Registers the content folder, its one loader and the live index that follows it.</summary>
public static class ContentHostingServiceExtensions
{
    /// <summary>Adds the content hosting services.</summary>
    public static IServiceCollection AddContentHosting(this IServiceCollection services, IConfiguration configuration)
    {
        // Options: Content:Path and how the index follows it, validated at start-up with the key named.
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFaqBotMetrics();                   // content.reloads and search.duration are counted here
        // The one loader, judging dates in Tokyo on the service's clock.
        services.TryAddSingleton(sp => new FaqContentLoader(sp.GetRequiredService<TimeProvider>()));
        // The live index: first build in the background at start-up, then reloads and midnight switches.
        services.AddSingleton<IndexHost>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexHost>());
        // Searchers resolved before the first index is live wait for it.
        services.AddSingleton(sp => sp.GetRequiredService<IndexHost>().WaitForEngine());
        // What the dialogs search through: the engine, each search timed for /metrics.
        services.AddSingleton<IFaqSearcher>(sp => new MeasuredFaqSearcher(sp.GetRequiredService<FaqSearchEngine>(),
            sp.GetRequiredService<FaqBotMetrics>()));
        return services;
    }
}
