namespace FaqBot.Escalation;

/// <summary>A phone line the bot can hand a member over to, with its parsed business hours.</summary>
/// <param name="Id">The configuration key (e.g. Helpdesk).</param>
/// <param name="Name">Name shown to members.</param>
/// <param name="Phone">Number as members dial it.</param>
/// <param name="HoursText">The hours as members read them.</param>
/// <param name="Hours">When it answers.</param>
public sealed record Contact(string Id, string Name, string Phone, string HoursText, BusinessHours Hours);
