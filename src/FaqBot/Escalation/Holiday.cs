namespace FaqBot.Escalation;

/// <summary>A Japanese national holiday or substitute/citizens' holiday, with its official Japanese name.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The official name, e.g. 勤労感謝の日, 振替休日, 国民の休日.</param>
public sealed record Holiday(DateOnly Date, string Name);
