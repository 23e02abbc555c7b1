using FaqIndex.Content;

namespace FaqBot.ContentHosting;

/// <summary>What the live index serves and what the last look at the content found, for /health/ready and logs.</summary>
/// <param name="State">Starting, ready or failed.</param>
/// <param name="Generation">How many indexes have gone live (1 after start-up).</param>
/// <param name="Day">The Tokyo day whose scheduled versions are served.</param>
/// <param name="Entries">Entries in the live index.</param>
/// <param name="LoadedAt">When the served content was read.</param>
/// <param name="Diagnostics">The problems of the served content (warnings, and errors of files skipped at start-up).</param>
/// <param name="Rejected">The errors of the last edit that was kept out of service, or null when the latest content is
/// the one served.</param>
public sealed record ContentStatus(
    ContentState State,
    int Generation,
    DateOnly? Day,
    int Entries,
    DateTimeOffset? LoadedAt,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    IReadOnlyList<ContentDiagnostic>? Rejected)
{
    /// <summary>Before the first index.</summary>
    public static ContentStatus Starting { get; } = new(ContentState.Starting, 0, null, 0, null, [], null);

    /// <summary>True when members are served but not from the content as it is now on disk, or with files skipped.</summary>
    public bool Degraded => Rejected is not null || ContentDiagnostic.AnyError(Diagnostics);
}
