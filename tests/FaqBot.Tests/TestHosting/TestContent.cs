namespace FaqBot.Tests.TestHosting;

/// <summary>A content folder of the test's own (faq/ and dictionary/) in a temp folder, deleted afterwards; tests edit it
/// while the service watches it.</summary>
public sealed class TestContent : IDisposable
{
    private TestContent(string path) => Path = path;

    public string Path { get; }

    /// <summary>An empty content folder, or a copy of the repository's dictionary/ when <paramref name="withDictionary"/>.</summary>
    public static TestContent Create(bool withDictionary = false)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "faqbot-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(path, "faq"));
        Directory.CreateDirectory(System.IO.Path.Combine(path, "dictionary"));
        if (withDictionary)
        {
            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Root, "content", "dictionary")))
            {
                File.Copy(file, System.IO.Path.Combine(path, "dictionary", System.IO.Path.GetFileName(file)));
            }
        }
        return new TestContent(path);
    }

    /// <summary>An entry file's text; <paramref name="extraFields"/> are front matter lines (valid_from: …).</summary>
    public static string Entry(string id, string question, string answer, params string[] extraFields) =>
        $"---\nid: {id}\nquestion: {question}\naudience: member\nsource: test\nreviewed: 2026-11-01\n"
        + string.Concat(extraFields.Select(f => f + "\n")) + $"---\n{answer}\n";

    /// <summary>Writes faq/<paramref name="file"/> the way an editor's save does: a temp file renamed over the old one.</summary>
    public void Write(string file, string text)
    {
        var target = System.IO.Path.Combine(Path, "faq", file);
        var temp = target + ".tmp~";
        File.WriteAllText(temp, text);
        File.Move(temp, target, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the system.
        }
    }
}
