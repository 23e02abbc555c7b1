using FaqBot.Bot.Adapter;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Dialogs;

/// <summary>Registers the FAQ dialog and conversation state.</summary>
public static class DialogServiceExtensions
{
    /// <summary>Adds the dialog services.</summary>
    public static IServiceCollection AddFaqDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        // The Dialog section (limits, state expiry, audiences by channel), checked at start-up.
        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName))
            .Validate(o => o.MaxQuestionLength > 0, "Dialog:MaxQuestionLength must be positive.")
            .Validate(o => o.MaxConversations > 0, "Dialog:MaxConversations must be positive.")
            .Validate(o => o.StateIdleTimeout > TimeSpan.Zero, "Dialog:StateIdleTimeout must be positive.")
            .Validate(o => o.MaxChoices >= 2, "Dialog:MaxChoices must be at least 2.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Conversation state: in memory by default (bounded, idle expiry); a shared store can replace it.
        services.TryAddSingleton<IConversationStateStore, InMemoryConversationStateStore>();
        services.AddSingleton<IConversationReset, ConversationStateReset>();
        // Analytics for editors: feedback, choices, unanswered questions (redacted).
        services.TryAddSingleton<IFeedbackRecorder, InMemoryFeedbackRecorder>();
        // The dialogs and the bot the channels call each turn.
        services.AddSingleton<HelpdeskHandover>();
        services.AddSingleton<ChecklistDialog>();
        services.AddSingleton<FaqDialog>();
        services.AddSingleton<IBot, FaqDialogBot>();
        return services;
    }
}
