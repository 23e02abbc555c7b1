namespace FaqBot.Escalation;

/// <summary>Opening hours on some days: <c>Days</c> lists Monday … Sunday, Weekdays, Weekends, Holidays or Everyday;
/// on a public holiday only ranges that list Holidays (or Everyday) apply.</summary>
public sealed class HoursRangeOptions
{
    /// <summary>The days this range applies to, comma-separated, e.g. "Weekdays" or "Saturday,Sunday,Holidays".</summary>
    public string Days { get; set; } = "";

    /// <summary>Opening time, HH:mm.</summary>
    public string Open { get; set; } = "";

    /// <summary>Closing time, HH:mm (24:00 for midnight).</summary>
    public string Close { get; set; } = "";
}
