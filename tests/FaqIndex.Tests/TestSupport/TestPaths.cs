namespace FaqIndex.Tests.TestSupport;

/// <summary>Folders copied beside the test assembly.</summary>
public static class TestPaths
{
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The repository's own content (copied to the output as content/).</summary>
    public static string RepoContent => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>The evaluation questions (copied from tests/eval as eval/).</summary>
    public static string Eval(string file) => Path.Combine(AppContext.BaseDirectory, "eval", file);
}
