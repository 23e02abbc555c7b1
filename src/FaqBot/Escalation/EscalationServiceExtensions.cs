using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Escalation;

/// <summary>Registers helpdesk contacts, business hours and the Japanese holiday calendar.</summary>
public static class EscalationServiceExtensions
{
    /// <summary>Adds the escalation services.</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        // The Escalation section, checked at start-up with messages that name the missing key.
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EscalationOptions>, EscalationOptionsValidator>());
        // The clock (tests and `ask --now` replace it).
        services.TryAddSingleton(TimeProvider.System);
        // Japanese national holidays by the 祝日法 rules.
        services.TryAddSingleton<IHolidayCalendar, JapaneseHolidayCalendar>();
        // Contacts parsed once, and the open/closed judgement in Asia/Tokyo.
        services.TryAddSingleton<ContactDirectory>();
        services.TryAddSingleton<ContactAvailability>();
        return services;
    }
}
