using System.CommandLine;
using FaqIndex.Content;
using FaqBot.Channels.Cli;
using FaqIndex.Search;

namespace FaqBot.Cli;

/// <summary>The `ask` verb: answers a question (or each stdin line) as the bot would, in text or JSON lines.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write one JSON object per line." };
        var audience = new Option<string>("--audience")
        {
            Description = "Who asks: member (website) or hr (Teams; sees HR-only entries too).",
            DefaultValueFactory = _ => "member",
        };
        audience.AcceptOnlyFromAmong("member", "hr");
        var now = CliContent.NowOption();
        var content = CliContent.ContentOption();
        var question = new Argument<string[]>("question")
        {
            Description = "The question; without it, one question per line is read from stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ask", "Answers a question from the FAQ as the bot would.") { json, audience, now, content, question };
        command.SetAction(result =>
        {
            if (!CliContent.TryResolveClock(result.GetValue(now), out var time, out var error))
            {
                Console.Error.WriteLine("ask: " + error);
                return 2;
            }
            var root = CliContent.ResolveContent(result.GetValue(content));
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"ask: content folder not found: {root}");
                return 2;
            }
            var snapshot = FaqSearchEngine.BuildSnapshot(root, time, out var loaded);
            ReportContentErrors(loaded);
            var engine = new FaqSearchEngine(snapshot);
            var who = result.GetValue(audience) == "hr" ? Audience.Hr : Audience.Member;
            var words = result.GetValue(question) ?? [];
            // The real dialog, one turn per question, so the CLI shows what members see (escalation included).
            if (!CliAsk.TryCreate(engine, time, out var dialog, out var settingsError))
            {
                Console.Error.WriteLine("ask: invalid settings: " + settingsError);
                return 2;
            }
            using (dialog)
            {
                return Run(words, Console.In, Console.Out, result.GetValue(json), q => dialog!.Ask(q, who));
            }
        });
        return command;
    }

    /// <summary>Answers the question in <paramref name="words"/>, or every line of <paramref name="input"/> when empty.</summary>
    public static int Run(string[] words, TextReader input, TextWriter output, bool json, Func<string, AskResult> ask)
    {
        if (words.Length > 0)
        {
            Write(output, ask(string.Join(' ', words)), json, first: true);
            return 0;
        }
        bool first = true;
        while (input.ReadLine() is { } line)
        {
            Write(output, ask(line), json, first);
            first = false;
        }
        output.Flush();
        return 0;
    }

    private static void Write(TextWriter output, AskResult result, bool json, bool first)
    {
        if (json)
        {
            AskResultWriter.WriteJson(output, result);
            return;
        }
        if (!first)
        {
            output.WriteLine();
        }
        AskResultWriter.WritePlain(output, result);
    }

    private static void ReportContentErrors(FaqContent content)
    {
        int errors = 0;
        foreach (var diagnostic in content.Diagnostics)
        {
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }
        if (errors > 0)
        {
            Console.Error.WriteLine($"ask: {errors} content error(s); the broken files are skipped (run `lint` for details)");
        }
    }
}
