namespace FaqBot.Protocol;

/// <summary>Builds the bot (and whatever it needs: content, dictionary, index) while the service starts, so the
/// first member does not wait for it and a bot that cannot be built is reported at start-up.</summary>
internal sealed class BotWarmup(IServiceProvider services, ILogger<BotWarmup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        if (BotResolver.Resolve(scope.ServiceProvider, log) is { } bot)
        {
            log.LogInformation("Bot ready: {BotType}.", bot.GetType().Name);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
