using System.Text;
using FaqBot.Cli;

namespace FaqBot.Tests.Cli;

/// <summary>Runs a verb in-process with stdin, stdout and stderr redirected.</summary>
internal static class CliRunner
{
    public static string BundledContent => Path.Combine(TestHosting.RepositoryPaths.Root, "content");

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var (oldIn, oldOut, oldErr) = (Console.In, Console.Out, Console.Error);
        var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var error = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        try
        {
            Console.SetIn(new StringReader(stdin));
            Console.SetOut(output);
            Console.SetError(error);
            int exit = await FaqBotCommandLine.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(oldIn);
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
