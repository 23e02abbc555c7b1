namespace FaqBot.Escalation;

/// <summary>The <c>Escalation</c> configuration section: the contacts the bot hands out and which one serves what.</summary>
public sealed class EscalationOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Escalation";

    /// <summary>IANA id of the zone business hours are judged in.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";

    /// <summary>Id (key in <see cref="Contacts"/>) of the helpdesk a member is handed over to.</summary>
    public string HelpdeskContact { get; set; } = "";

    /// <summary>Id of the line that suspends a lost or stolen My Number card.</summary>
    public string CardSuspensionContact { get; set; } = "";

    /// <summary>Id of the line for general My Number card enquiries, mentioned after the suspension line.</summary>
    public string CardEnquiryContact { get; set; } = "";

    /// <summary>Contacts by id.</summary>
    public Dictionary<string, ContactOptions> Contacts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
