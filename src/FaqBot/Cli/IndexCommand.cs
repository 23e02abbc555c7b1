using System.CommandLine;

namespace FaqBot.Cli;

/// <summary>The `index` verb (placeholder until its issue lands).</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Not available yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("index: not available yet");
            return 1;
        });
        return command;
    }
}
