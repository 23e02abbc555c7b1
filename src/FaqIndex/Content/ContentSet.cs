using FaqIndex.Analysis.Japanese;

namespace FaqIndex.Content;

/// <summary>Everything one load of a content folder found: every entry version (scheduled ones included), the user
/// dictionary, the synonym lines and every problem. Serve, lint, ask, index and report all read content as this.</summary>
public sealed class ContentSet
{
    /// <summary>The synonyms file, relative to the content root.</summary>
    public const string SynonymsFile = "dictionary/synonyms.txt";

    internal ContentSet(string root, DateOnly judgedOn, IReadOnlyList<FaqEntry> entries, UserDictionary? userDictionary,
        IReadOnlyList<string> synonyms, IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        Root = root;
        JudgedOn = judgedOn;
        Entries = entries;
        UserDictionary = userDictionary;
        Synonyms = synonyms;
        Diagnostics = diagnostics;
    }

    /// <summary>The content folder as given to the loader (diagnostic paths are relative to it).</summary>
    public string Root { get; }

    /// <summary>The Tokyo day the date rules were judged on.</summary>
    public DateOnly JudgedOn { get; }

    /// <summary>Every entry version without errors, ordered by id and then by the first day served; one id may appear
    /// several times with windows that do not overlap.</summary>
    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>The editors' words (dictionary/*.csv), or null when there are none.</summary>
    public UserDictionary? UserDictionary { get; }

    /// <summary>The lines of <see cref="SynonymsFile"/> (empty when there is none); line i is file line i + 1.</summary>
    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>Errors and warnings, ordered by file and line.</summary>
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => ContentDiagnostic.AnyError(Diagnostics);

    /// <summary>The entries served on <paramref name="day"/> (Tokyo): one version per id at most, ordered by id, with
    /// follow-ups to entries not served that day removed so the bot never offers a dead end.</summary>
    public IReadOnlyList<FaqEntry> EntriesOn(DateOnly day)
    {
        var served = new List<FaqEntry>(Entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            // Overlapping versions are lint errors and never both loaded; the first one wins should that change.
            if (entry.Window.Contains(day) && ids.Add(entry.Id))
            {
                served.Add(entry);
            }
        }
        for (int i = 0; i < served.Count; i++)
        {
            var entry = served[i];
            var live = new List<string>(entry.FollowUps.Count);
            foreach (var id in entry.FollowUps)
            {
                if (ids.Contains(id))
                {
                    live.Add(id);
                }
            }
            if (live.Count != entry.FollowUps.Count)
            {
                served[i] = entry with { FollowUps = live };
            }
        }
        return served;
    }

    /// <summary>The first day after <paramref name="day"/> on which <see cref="EntriesOn"/> gives other entries (a
    /// version starts or one ended the day before), or null when nothing is scheduled.</summary>
    public DateOnly? NextChangeAfter(DateOnly day)
    {
        DateOnly? next = null;
        foreach (var entry in Entries)
        {
            if (entry.Window.From is { } from && from > day && (next is null || from < next))
            {
                next = from;
            }
            if (entry.Window.Until is { } until && until >= day && until < DateOnly.MaxValue && (next is null || until.AddDays(1) < next))
            {
                next = until.AddDays(1);
            }
        }
        return next;
    }
}
