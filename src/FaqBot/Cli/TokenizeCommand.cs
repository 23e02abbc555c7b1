using System.CommandLine;

namespace FaqBot.Cli;

/// <summary>The `tokenize` verb (placeholder until its issue lands).</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var command = new Command("tokenize", "Not available yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("tokenize: not available yet");
            return 1;
        });
        return command;
    }
}
