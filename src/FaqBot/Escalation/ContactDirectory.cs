using Microsoft.Extensions.Options;

namespace FaqBot.Escalation;

/// <summary>The configured contacts, parsed once, and the roles they play (helpdesk, card suspension, card enquiries).</summary>
public sealed class ContactDirectory
{
    private readonly Dictionary<string, Contact> _contacts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the directory from validated options.</summary>
    public ContactDirectory(IOptions<EscalationOptions> options, IHolidayCalendar calendar)
    {
        var value = options.Value;
        var errors = new List<string>();
        foreach (var (id, contact) in value.Contacts)
        {
            var hours = BusinessHours.Parse(contact, $"{EscalationOptions.SectionName}:Contacts:{id}", calendar, errors);
            if (hours is not null)
            {
                _contacts[id] = new Contact(id, contact.Name, contact.Phone, contact.HoursText, hours);
            }
        }
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(EscalationOptions.SectionName, typeof(EscalationOptions), errors);
        }
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(value.TimeZone);
        Helpdesk = _contacts[value.HelpdeskContact];
        CardSuspension = _contacts[value.CardSuspensionContact];
        CardEnquiry = string.IsNullOrEmpty(value.CardEnquiryContact) ? null : _contacts[value.CardEnquiryContact];
    }

    /// <summary>The zone business hours are judged in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The helpdesk members are escalated to (MY HEALTH WEB).</summary>
    public Contact Helpdesk { get; }

    /// <summary>The line that suspends a lost or stolen card around the clock.</summary>
    public Contact CardSuspension { get; }

    /// <summary>The line for general card enquiries, when configured.</summary>
    public Contact? CardEnquiry { get; }

    /// <summary>The contact with this id, or null.</summary>
    public Contact? Find(string id) => _contacts.GetValueOrDefault(id);
}
