using System.CommandLine;

namespace FaqBot.Cli;

/// <summary>The `ask` verb (placeholder until its issue lands).</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var command = new Command("ask", "Not available yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("ask: not available yet");
            return 1;
        });
        return command;
    }
}
