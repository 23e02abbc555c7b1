using FaqBot.Bot.Adapter;
using FaqBot.Cli;
using FaqBot.Dialogs;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Cli;

/// <summary>`ask` through the service itself: the service's own registrations (settings from appsettings.json beside
/// the executable and the environment) with the CLI's searcher and clock, and each question one turn of the
/// <see cref="CliChannel"/> through the same adapter every other channel uses.</summary>
internal sealed class CliAsk : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly CliChannel _channel;

    private CliAsk(ServiceProvider services)
    {
        _services = services;
        _channel = new CliChannel(services.GetRequiredService<BotAdapter>());
    }

    /// <summary>Builds the service over <paramref name="searcher"/>; false with a message naming the bad setting when
    /// the configuration is invalid.</summary>
    public static bool TryCreate(IFaqSearcher searcher, TimeProvider time, out CliAsk? ask, out string? error)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // A terminal shows no typing indicator; the CLI answers from its own snapshot of the content.
                ["Bot:TypingDelay"] = "00:00:00",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(); // no providers: the CLI's output is the answer only
        services.AddSingleton<IConfiguration>(configuration);
        services.AddFaqBot(configuration);
        services.Replace(ServiceDescriptor.Singleton(time));
        services.Replace(ServiceDescriptor.Singleton(searcher));
        var provider = services.BuildServiceProvider();
        try
        {
            // What the host's ValidateOnStart would check for the parts a turn uses.
            _ = provider.GetRequiredService<IOptions<DialogOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = provider.GetRequiredService<FaqBot.Escalation.ContactDirectory>();
        }
        catch (OptionsValidationException invalid)
        {
            provider.Dispose();
            ask = null;
            error = string.Join(" ", invalid.Failures);
            return false;
        }
        ask = new CliAsk(provider);
        error = null;
        return true;
    }

    /// <summary>Runs one turn and describes it in the `ask` JSON contract.</summary>
    public AskResult Ask(string question, Audience audience)
    {
        // Everything in the CLI's turn completes synchronously (in-memory channel, state and search).
        var turn = _channel.AskAsync(question, audience, CancellationToken.None).GetAwaiter().GetResult();
        return ToResult(turn);
    }

    /// <summary>Maps the turn's outcome and replies to the JSON contract: the answer is the text members would see.</summary>
    internal static AskResult ToResult(CliTurn turn)
    {
        var outcome = turn.Outcome;
        var texts = new List<string>();
        foreach (var reply in turn.Replies)
        {
            if (!string.IsNullOrEmpty(reply.Text))
            {
                texts.Add(reply.Text);
            }
        }
        var status = outcome.Status switch
        {
            DialogStatus.Ambiguous => "ambiguous",
            DialogStatus.NoAnswer => "no_answer",
            DialogStatus.Escalated => "escalated",
            _ => "answered",
        };
        var entry = outcome.Entry;
        var score = outcome.Score;
        var others = outcome.Alternatives;
        var first = 0;
        if (outcome.Status == DialogStatus.Ambiguous && others.Count > 0)
        {
            // As search reports it: the top choice as the entry, the other choices as alternatives.
            entry = others[0].Entry;
            score = others[0].Score;
            first = 1;
        }
        var alternatives = new List<AskAlternative>();
        for (var i = first; i < others.Count; i++)
        {
            alternatives.Add(new AskAlternative(others[i].Entry.Id, others[i].Entry.Question, others[i].Score));
        }
        var escalation = outcome.Escalation is { } helpdesk
            ? new AskEscalation(helpdesk.Contact.Name, helpdesk.Contact.Phone, helpdesk.IsOpen, helpdesk.IsOpen ? null : helpdesk.NextOpen)
            : null;
        return new AskResult(status, entry?.Id, entry?.Question, string.Join("\n\n", texts), score, alternatives, escalation);
    }

    public void Dispose() => _services.Dispose();
}
