namespace FaqIndex.Content.Validation;

/// <summary>The only phone numbers content may give members (DESIGN.md, "Contacts the bot hands out").</summary>
public static class KnownContacts
{
    /// <summary>マイナンバー総合フリーダイヤル: lost or stolen cards (24 h, 365 days for suspension).</summary>
    public const string MyNumberFreeDial = "0120-95-0178";

    /// <summary>MY HEALTH WEB helpdesk: the escalation target.</summary>
    public const string MyHealthWebHelpdesk = "03-5213-4467";

    /// <summary>Every known number in its one accepted spelling.</summary>
    public static IReadOnlyList<string> PhoneNumbers { get; } = [MyNumberFreeDial, MyHealthWebHelpdesk];
}
