using Microsoft.Extensions.Options;

namespace FaqBot.Escalation;

/// <summary>Checks the <c>Escalation</c> section at start-up; every failure names the key to fix.</summary>
public sealed class EscalationOptionsValidator : IValidateOptions<EscalationOptions>
{
    private readonly IHolidayCalendar _calendar;

    /// <summary>Creates the validator.</summary>
    public EscalationOptionsValidator(IHolidayCalendar calendar) => _calendar = calendar;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        const string section = EscalationOptions.SectionName;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TimeZone))
        {
            errors.Add($"{section}:TimeZone is missing.");
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            errors.Add($"{section}:TimeZone '{options.TimeZone}' is not a known time zone id.");
        }

        RequireContact(options, nameof(EscalationOptions.HelpdeskContact), options.HelpdeskContact, required: true, errors);
        RequireContact(options, nameof(EscalationOptions.CardSuspensionContact), options.CardSuspensionContact, required: true, errors);
        RequireContact(options, nameof(EscalationOptions.CardEnquiryContact), options.CardEnquiryContact, required: false, errors);

        foreach (var (id, contact) in options.Contacts)
        {
            var prefix = $"{section}:Contacts:{id}";
            if (string.IsNullOrWhiteSpace(contact.Name))
            {
                errors.Add($"{prefix}:Name is missing.");
            }
            if (string.IsNullOrWhiteSpace(contact.Phone))
            {
                errors.Add($"{prefix}:Phone is missing.");
            }
            if (string.IsNullOrWhiteSpace(contact.HoursText))
            {
                errors.Add($"{prefix}:HoursText is missing.");
            }
            BusinessHours.Parse(contact, prefix, _calendar, errors);
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireContact(EscalationOptions options, string key, string id, bool required, List<string> errors)
    {
        const string section = EscalationOptions.SectionName;
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                errors.Add($"{section}:{key} is missing.");
            }
            return;
        }
        if (!options.Contacts.ContainsKey(id))
        {
            errors.Add($"{section}:Contacts:{id} is missing (named by {section}:{key}).");
        }
    }
}
