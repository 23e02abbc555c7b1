namespace FaqBot.Escalation;

/// <summary>One contact in configuration (<c>Escalation:Contacts:{id}</c>): who, which number, and when it answers.</summary>
public sealed class ContactOptions
{
    /// <summary>Name shown to members, e.g. MY HEALTH WEB ヘルプデスク.</summary>
    public string Name { get; set; } = "";

    /// <summary>Phone number as members dial it.</summary>
    public string Phone { get; set; } = "";

    /// <summary>The opening hours as members read them, e.g. 平日 9:00〜17:00（土日祝日を除く）.</summary>
    public string HoursText { get; set; } = "";

    /// <summary>When the line answers; days not listed are closed.</summary>
    public List<HoursRangeOptions> Hours { get; set; } = [];

    /// <summary>Yearly closed periods that override <see cref="Hours"/> (e.g. the new year 12-29 to 01-03).</summary>
    public List<ClosedPeriodOptions> ClosedDays { get; set; } = [];
}
