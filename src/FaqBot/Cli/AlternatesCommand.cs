using System.CommandLine;
using System.Text;
using FaqBot.Analytics.Report;
using FaqIndex.Content;

namespace FaqBot.Cli;

/// <summary>The `alternates add &lt;entry-id&gt; "&lt;phrasing&gt;"` verb: accepts a suggested phrasing from the
/// report into the entry's front matter, changing nothing else in the file (BOM, line endings, comments, order), then
/// lints it; a phrasing that does not lint is taken back out.</summary>
internal static class AlternatesCommand
{
    /// <summary>Longest phrasing accepted (a member's question, not an answer).</summary>
    public const int MaxPhrasingLength = 200;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static Command Create()
    {
        var id = new Argument<string>("entry-id") { Description = "The entry's id (its file name without .md)." };
        var phrasing = new Argument<string>("phrasing") { Description = "The phrasing to add, in quotes." };
        var content = CliContent.ContentOption();
        var add = new Command("add", "Adds a phrasing to an entry's alternates, then lints the entry.") { id, phrasing, content };
        add.SetAction(result => Add(CliContent.ResolveContent(result.GetValue(content)), result.GetValue(id) ?? "",
            result.GetValue(phrasing) ?? "", TimeProvider.System, Console.Out, Console.Error));
        return new Command("alternates", "Manages the alternates (other phrasings) of FAQ entries.") { add };
    }

    /// <summary>Adds <paramref name="phrasing"/> to entry <paramref name="id"/>: 0 added and clean, 1 refused or not
    /// linting (file unchanged), 2 bad arguments.</summary>
    public static int Add(string contentRoot, string id, string phrasing, TimeProvider time, TextWriter output, TextWriter error)
    {
        var text = phrasing.Trim();
        if (text.Length == 0 || text.Length > MaxPhrasingLength || ReportText.OneLine(text) != text)
        {
            error.WriteLine($"alternates: the phrasing must be one line of 1–{MaxPhrasingLength} characters");
            return 2;
        }
        if (!Directory.Exists(Path.Combine(contentRoot, FaqContentLoader.FaqFolder)))
        {
            error.WriteLine($"alternates: content folder not found: {contentRoot}");
            return 2;
        }
        var loaded = new FaqContentLoader(time).Load(contentRoot);
        var entry = loaded.Entries.FirstOrDefault(e => e.Id == id);
        if (entry is null)
        {
            var broken = loaded.Diagnostics.Where(d => Path.GetFileNameWithoutExtension(d.File) == id && d.Severity == DiagnosticSeverity.Error).ToList();
            if (broken.Count > 0)
            {
                error.WriteLine($"alternates: the file of '{id}' is broken; fix it first (nothing was changed):");
                broken.ForEach(d => error.WriteLine(d.Format(contentRoot)));
                return 1;
            }
            error.WriteLine($"alternates: no entry has the id '{ReportText.OneLine(id)}'");
            return 1;
        }
        var wanted = TurnReportBuilder.Normalize(text);
        if (TurnReportBuilder.Normalize(entry.Question) == wanted || entry.Alternates.Any(a => TurnReportBuilder.Normalize(a) == wanted))
        {
            error.WriteLine($"alternates: '{text}' is already a phrasing of {id}");
            return 1;
        }

        var path = Path.Combine(contentRoot, entry.FilePath);
        var original = File.ReadAllBytes(path);
        if (!TryInsert(original, text, out var edited, out var problem))
        {
            error.WriteLine($"alternates: cannot edit {entry.FilePath}: {problem} (nothing was changed)");
            return 1;
        }
        File.WriteAllBytes(path, edited);
        var lintOutput = new StringWriter();
        if (LintCommand.Run(path, time, lintOutput, error) != 0)
        {
            File.WriteAllBytes(path, original);
            error.Write(lintOutput.ToString());
            error.WriteLine($"alternates: {entry.FilePath} did not lint with the new phrasing; it was put back as it was");
            return 1;
        }
        output.WriteLine($"alternates: added to {entry.FilePath}: {text}");
        output.Write(lintOutput.ToString());
        return 0;
    }

    /// <summary>The file's bytes with <paramref name="phrasing"/> appended to the front matter's alternates: a new
    /// item after the last one of a block list, an element at the end of a flow list, or a new block list after the
    /// question when there is none.</summary>
    public static bool TryInsert(byte[] file, string phrasing, out byte[] edited, out string? problem)
    {
        edited = file;
        var hasBom = file.AsSpan().StartsWith(Bom);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file, hasBom ? 3 : 0, file.Length - (hasBom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            problem = "the file is not valid UTF-8";
            return false;
        }
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = SplitKeepingEnds(text);
        if (lines.Count == 0 || lines[0].TrimEnd('\r', '\n').TrimEnd() != "---")
        {
            problem = "it has no front matter";
            return false;
        }
        var close = lines.FindIndex(1, l => l.TrimEnd('\r', '\n').TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problem = "its front matter is not closed with ---";
            return false;
        }
        var key = lines.FindIndex(1, close - 1, l => l.StartsWith("alternates:", StringComparison.Ordinal));
        problem = null;
        if (key < 0)
        {
            var question = lines.FindIndex(1, close - 1, l => l.StartsWith("question:", StringComparison.Ordinal));
            var at = question < 0 ? close : question + 1;
            while (at < close && lines[at].Length > 0 && lines[at][0] is ' ' or '\t')
            {
                at++; // a folded question's continuation lines
            }
            lines.Insert(at, "alternates:" + newline + "  - " + BlockScalar(phrasing) + newline);
        }
        else if (ValueOf(lines[key]) is { Length: > 0 } inline)
        {
            var value = inline.TrimEnd();
            if (!value.StartsWith('[') || !value.EndsWith(']'))
            {
                problem = "its alternates are neither a list nor a block of items";
                return false;
            }
            var inner = value[1..^1].Trim();
            var list = "[" + (inner.Length == 0 ? "" : inner + ", ") + FlowScalar(phrasing) + "]";
            var line = lines[key];
            var lineEnd = line.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : line.EndsWith('\n') ? "\n" : "";
            var start = line.IndexOf('[', StringComparison.Ordinal);
            lines[key] = line[..start] + list + line[(start + value.Length)..].TrimEnd('\r', '\n') + lineEnd;
        }
        else
        {
            var last = key;
            var indent = "  ";
            for (var i = key + 1; i < close; i++)
            {
                var trimmed = lines[i].TrimStart(' ');
                if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.TrimEnd('\r', '\n') == "-")
                {
                    last = i;
                    indent = lines[i][..(lines[i].Length - trimmed.Length)];
                }
                else if (trimmed.StartsWith('#') || trimmed.TrimEnd('\r', '\n').Length == 0
                    || (lines[i].StartsWith(' ') && last > key))
                {
                    continue; // comments, blank lines and an item's continuation stay inside the list
                }
                else
                {
                    break;
                }
            }
            if (!lines[last].EndsWith('\n'))
            {
                lines[last] += newline;
            }
            lines.Insert(last + 1, indent + "- " + BlockScalar(phrasing) + newline);
        }
        var body = Encoding.UTF8.GetBytes(string.Concat(lines));
        edited = hasBom ? [.. Bom, .. body] : body;
        return true;
    }

    // The value after "alternates:" without a trailing comment, or empty for a block list.
    private static string ValueOf(string line)
    {
        var value = line["alternates:".Length..].TrimEnd('\r', '\n').Trim();
        return value.StartsWith('#') ? string.Empty : value;
    }

    private static string BlockScalar(string text) => NeedsQuotes(text, flow: false) ? Quoted(text) : text;

    private static string FlowScalar(string text) => NeedsQuotes(text, flow: true) ? Quoted(text) : text;

    private static bool NeedsQuotes(string text, bool flow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0]) || text.Contains(": ", StringComparison.Ordinal)
            || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return true;
        }
        var lowered = text.ToLowerInvariant();
        if (lowered is "true" or "false" or "yes" or "no" or "null" or "~" or "on" or "off" || double.TryParse(text, out _))
        {
            return true;
        }
        return flow && text.AsSpan().IndexOfAny(",[]{}") >= 0;
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }
}
