namespace FaqBot.Escalation;

/// <summary>Days closed every year, <c>From</c> to <c>To</c> inclusive as MM-dd; may wrap the new year (12-29 to 01-03).</summary>
public sealed class ClosedPeriodOptions
{
    /// <summary>First closed day, MM-dd.</summary>
    public string From { get; set; } = "";

    /// <summary>Last closed day, MM-dd (the same as <see cref="From"/> for a single day).</summary>
    public string To { get; set; } = "";

    /// <summary>Why, as members read it, e.g. 年末年始.</summary>
    public string Reason { get; set; } = "";
}
