using System.CommandLine;
using System.Globalization;
using FaqIndex.Search;

namespace FaqBot.Cli;

/// <summary>The `index` verb: builds the index from the content and, with --stats, reports what it holds.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var stats = new Option<bool>("--stats") { Description = "Print entries per audience, terms per field and build time." };
        var content = CliContent.ContentOption();
        var now = CliContent.NowOption();
        var command = new Command("index", "Builds the search index from the content (a dry run: the service builds its own).") { stats, content, now };
        command.SetAction(result =>
        {
            if (!CliContent.TryResolveClock(result.GetValue(now), out var time, out var error))
            {
                Console.Error.WriteLine("index: " + error);
                return 2;
            }
            var root = CliContent.ResolveContent(result.GetValue(content));
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"index: content folder not found: {root}");
                return 2;
            }
            var snapshot = CliContent.BuildIndex(root, time, out _, out var diagnostics);
            if (result.GetValue(stats))
            {
                Write(Console.Out, snapshot.Stats, FaqIndex.Content.ContentDiagnostic.AnyError(diagnostics));
            }
            else
            {
                Console.Out.WriteLine($"index: {snapshot.Stats.Entries} entries indexed");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Writes the statistics, one fact per line.</summary>
    public static void Write(TextWriter output, FaqIndexStats stats, bool contentHasErrors)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"entries: {stats.Entries} (member {stats.MemberOnly}, hr {stats.HrOnly}, both {stats.Both})"));
        foreach (var (field, terms) in stats.TermsPerField)
        {
            output.WriteLine(string.Create(invariant, $"terms[{field}]: {terms}"));
        }
        output.WriteLine(string.Create(invariant, $"build time: {stats.BuildTime.TotalMilliseconds:0.0} ms"));
        if (contentHasErrors)
        {
            output.WriteLine("content has errors: broken files were skipped (run `lint`)");
        }
    }
}
