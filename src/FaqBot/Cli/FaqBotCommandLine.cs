using System.CommandLine;

namespace FaqBot.Cli;

/// <summary>The command-line verbs of FaqBot (contract in DESIGN.md); each verb is built in its own file.</summary>
public static class FaqBotCommandLine
{
    private static Command[] CreateVerbs() =>
    [
        TokenizeCommand.Create(),
        AskCommand.Create(),
        LintCommand.Create(),
        IndexCommand.Create(),
        ReportCommand.Create(),
        AlternatesCommand.Create(),
        TeamsPackageCommand.Create(),
    ];

    private static readonly HashSet<string> VerbNames = ["tokenize", "ask", "lint", "index", "report", "alternates", "teams-package", "--help", "-h", "-?", "--version"];

    /// <summary>True when the arguments name a verb rather than host options such as --urls.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && VerbNames.Contains(args[0]);

    /// <summary>Parses and runs a verb, returning the process exit code.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("FaqBot: a Japanese FAQ chatbot for マイナ保険証 and 資格確認書.");
        foreach (var verb in CreateVerbs())
        {
            root.Subcommands.Add(verb);
        }
        return root.Parse(args).InvokeAsync();
    }
}
