using System.CommandLine;
using FaqIndex.Content;
using FaqIndex.Search.Analysis;

namespace FaqBot.Cli;

/// <summary>The `lint` verb: checks content and prints <c>file:line: error|warning: message</c>; exit 1 on any error.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "A content folder, its faq/ folder, or one entry file. Default: ./content, else the bundled content.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var now = CliContent.NowOption();
        var command = new Command("lint", "Checks the FAQ content (front matter, ids, follow-ups, phone numbers, dates, schedules).") { path, now };
        command.SetAction(result =>
        {
            if (!CliContent.TryResolveClock(result.GetValue(now), out var time, out var error))
            {
                Console.Error.WriteLine("lint: " + error);
                return 2;
            }
            return Run(CliContent.ResolveContent(result.GetValue(path)), time, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Lints <paramref name="path"/> and returns the exit code.</summary>
    public static int Run(string path, TimeProvider time, TextWriter output, TextWriter error)
    {
        string root;
        string? onlyFile = null;
        if (File.Exists(path))
        {
            // One file: check it among its siblings (follow-ups and duplicates need them), report only it.
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            root = Path.GetFileName(folder) == FaqContentLoader.FaqFolder ? Path.GetDirectoryName(folder)! : folder;
            onlyFile = Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
            root = Path.GetRelativePath(Directory.GetCurrentDirectory(), root);
        }
        else if (Directory.Exists(path))
        {
            root = Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) == FaqContentLoader.FaqFolder
                   && Directory.Exists(Path.Combine(path, "..", "dictionary"))
                ? Path.Combine(path, "..")
                : path;
        }
        else
        {
            error.WriteLine($"lint: no such file or folder: {path}");
            return 2;
        }

        var content = new FaqContentLoader(time).Load(root);
        var diagnostics = new List<ContentDiagnostic>(content.Diagnostics);
        FaqAnalyzers.Create(content, diagnostics);

        int errors = 0, warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (onlyFile is not null && diagnostic.File != onlyFile)
            {
                continue;
            }
            output.WriteLine(diagnostic.Format(root == "." ? null : root));
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }
        int entries = onlyFile is null ? content.Entries.Count : (errors == 0 ? 1 : 0);
        int served = onlyFile is null ? content.EntriesOn(content.JudgedOn).Count : 0;
        var today = onlyFile is null ? $" ({served} served on {content.JudgedOn:yyyy-MM-dd} in Tokyo)" : "";
        output.WriteLine($"lint: {entries} {(entries == 1 ? "entry" : "entries")} loaded{today}, {errors} error(s), {warnings} warning(s)");
        output.Flush();
        return errors > 0 ? 1 : 0;
    }
}
