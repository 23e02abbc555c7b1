namespace FaqBot.Tests.Cli;

/// <summary>Verbs write to the process-wide Console: their tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
