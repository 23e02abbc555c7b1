using System.CommandLine;
using System.Globalization;
using FaqBot.Search;

namespace FaqBot.Cli;

/// <summary>Options the content verbs share: where the content is and what "now" is.</summary>
internal static class CliContent
{
    public static Option<string?> ContentOption() => new("--content")
    {
        Description = "The content folder (faq/ and dictionary/). Default: ./content if present, else the content beside the executable.",
    };

    public static Option<string?> NowOption() => new("--now")
    {
        Description = "Pretend the current time is this ISO-8601 instant (e.g. 2026-12-01T10:00:00+09:00).",
    };

    /// <summary>The content folder to use: the option, else ./content, else the one shipped beside the executable.</summary>
    public static string ResolveContent(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }
        return Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "content", "faq"))
            ? "content"
            : SearchOptions.DefaultContentPath;
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
