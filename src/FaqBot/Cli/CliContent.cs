using System.CommandLine;
using System.Globalization;
using FaqBot.ContentHosting;
using FaqIndex.Content;
using FaqIndex.Search;

namespace FaqBot.Cli;

/// <summary>Options the content verbs share: where the content is and what "now" is.</summary>
internal static class CliContent
{
    public static Option<string?> ContentOption() => new("--content")
    {
        Description = "The content folder (faq/ and dictionary/). Default: ./content if present, else the repository's content/ (run from source) or the content beside the executable.",
    };

    public static Option<string?> NowOption() => new("--now")
    {
        Description = "Pretend the current time is this ISO-8601 instant (e.g. 2026-12-01T10:00:00+09:00) or Tokyo day (2027-04-01); scheduled versions and date rules follow its day in Tokyo.",
    };

    /// <summary>The content folder to use: the option, else ./content, else the service's default (Content:Path unset).</summary>
    public static string ResolveContent(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }
        return Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "content", "faq"))
            ? "content"
            : ContentPaths.Default;
    }

    /// <summary>Loads <paramref name="root"/> with the one loader and indexes the entries served on today's Tokyo day
    /// by <paramref name="time"/>; the problems of the load and of the analysis are in <paramref name="diagnostics"/>.</summary>
    public static FaqIndexSnapshot BuildIndex(string root, TimeProvider time, out ContentSet content, out List<ContentDiagnostic> diagnostics)
    {
        content = new FaqContentLoader(time).Load(root);
        diagnostics = [.. content.Diagnostics];
        return FaqIndexBuilder.Build(content, TokyoCalendar.Today(time), time: time, diagnostics: diagnostics);
    }

    /// <summary>The clock: fixed at <paramref name="now"/> when given, the system clock otherwise.</summary>
    public static bool TryResolveClock(string? now, out TimeProvider time, out string? error)
    {
        error = null;
        time = TimeProvider.System;
        if (string.IsNullOrWhiteSpace(now))
        {
            return true;
        }
        if (DateOnly.TryParseExact(now.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // A bare date is that day in Tokyo (noon, so no zone puts it on another day).
            time = new FixedClock(TokyoCalendar.StartOf(day).AddHours(12));
            return true;
        }
        if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            error = $"--now: '{now}' is not an ISO-8601 date and time";
            return false;
        }
        time = new FixedClock(instant);
        return true;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
