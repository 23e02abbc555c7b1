namespace FaqBot.Protocol;

/// <summary>Builds the bot (and whatever it needs: content, dictionary, index) in the background while Kestrel starts,
/// so the first member waits for neither one after the other, and a bot that cannot be built is reported at start-up.</summary>
/// <remarks>A turn that arrives before the build finishes resolves the same singleton and so waits for it: nobody is
/// answered by a half-built bot.</remarks>
internal sealed class BotWarmup(IServiceProvider services, ILogger<BotWarmup> log) : IHostedService
{
    private Task _build = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _build = Task.Run(Build, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _build.WaitAsync(cancellationToken);

    private void Build()
    {
        using var scope = services.CreateScope();
        if (BotResolver.Resolve(scope.ServiceProvider, log) is { } bot)
        {
            log.LogInformation("Bot ready: {BotType}.", bot.GetType().Name);
        }
    }
}
