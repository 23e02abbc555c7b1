namespace FaqBot.Tests.TestHosting;

/// <summary>Finds the repository from the test's output folder (the clone, not /work/shared).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string FaqBotProject => Path.Combine(Root, "src", "FaqBot");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FaqBot.sln not found above " + AppContext.BaseDirectory);
    }
}
