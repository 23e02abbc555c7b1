namespace FaqBot.Dialogs;

/// <summary>Registers the FAQ dialog and conversation state.</summary>
public static class DialogServiceExtensions
{
    /// <summary>Adds the dialog services.</summary>
    public static IServiceCollection AddFaqDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
