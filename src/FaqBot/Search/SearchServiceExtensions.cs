using FaqBot.Operations;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Search;

/// <summary>Registers the FAQ content, the Japanese analyzer and the live search index.</summary>
public static class SearchServiceExtensions
{
    /// <summary>Adds the search services.</summary>
    public static IServiceCollection AddFaqSearch(this IServiceCollection services, IConfiguration configuration)
    {
        // Options: the content folder, validated at start-up with the key named.
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFaqBotMetrics(); // search durations
        // The loader, for whoever reloads or lints content at run time.
        services.AddSingleton(sp => new FaqContentLoader(sp.GetRequiredService<TimeProvider>()));
        // The engine, built once from the content; its snapshot can be swapped by a rebuild.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var snapshot = FaqSearchEngine.BuildSnapshot(options.ContentPath, time, out var content);
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("FaqBot.Search");
            foreach (var diagnostic in content.Diagnostics)
            {
                log.Log(diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning, "{Diagnostic}", diagnostic.Format());
            }
            log.LogInformation("FAQ index: {Entries} entries in {Milliseconds:0} ms", snapshot.Stats.Entries, snapshot.Stats.BuildTime.TotalMilliseconds);
            return new FaqSearchEngine(snapshot, options.ResultCacheSize);
        });
        // What the dialogs search through: the engine, each search timed for /metrics.
        services.AddSingleton<IFaqSearcher>(sp => new MeasuredFaqSearcher(sp.GetRequiredService<FaqSearchEngine>(),
            sp.GetRequiredService<FaqBotMetrics>()));
        return services;
    }
}
