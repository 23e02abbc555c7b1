namespace FaqBot.Benchmarks;

/// <summary>Finds the repository (content, tests/eval) from wherever the benchmark runs.</summary>
internal static class RepoPaths
{
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run from inside the FaqBot repository (FaqBot.sln not found above the current folder)");
    }

    public static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
