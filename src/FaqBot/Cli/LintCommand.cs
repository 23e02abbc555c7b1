using System.CommandLine;

namespace FaqBot.Cli;

/// <summary>The `lint` verb (placeholder until its issue lands).</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var command = new Command("lint", "Not available yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("lint: not available yet");
            return 1;
        });
        return command;
    }
}
