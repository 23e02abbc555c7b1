using FaqBot.Bot.Adapter;
using FaqBot.Operations;
using FaqIndex.Text;

namespace FaqBot.ContentHosting;

/// <summary>Builds the bot (and whatever it needs: content, dictionary, index) in the background while Kestrel starts,
/// so the first member waits for neither one after the other. A bot that cannot be built stops the service with exit
/// code 1 and a critical log line, as a failed start-up would.</summary>
/// <remarks>A turn that arrives before the build finishes resolves the same singleton and so waits for it: nobody is
/// answered by a half-built bot. /health/ready reports the state (<see cref="BotReadiness"/>).</remarks>
internal sealed class BotWarmup(IServiceProvider services, BotReadiness readiness, IHostApplicationLifetime lifetime, ILogger<BotWarmup> log)
    : IHostedService
{
    private Task _build = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _build = Task.Run(Build, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _build.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down before the bot was built: nothing to wait for.
        }
    }

    private void Build()
    {
        try
        {
            using var scope = services.CreateScope();
            if (scope.ServiceProvider.GetService<IBot>() is { } bot)
            {
                log.LogInformation("Bot ready: {BotType}.", bot.GetType().Name);
                readiness.Ready();
                return;
            }
            log.LogCritical("No IBot is registered: the bot could not be built; stopping.");
        }
        catch (Exception ex)
        {
            log.LogCritical("The bot could not be built ({ExceptionType}): {Message}; stopping.",
                ex.GetType().FullName, LogRedactor.Redact(ex.Message));
        }
        readiness.Failed();
        Environment.ExitCode = 1;
        // Stop once start-up has finished (at once if it has), so the failure is not mistaken for a cancelled start.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }
}
