using System.Text;
using FaqIndex.Analysis.Japanese;
using FaqIndex.Content.FrontMatter;
using FaqIndex.Content.Validation;

namespace FaqIndex.Content;

/// <summary>The one loader of a content folder (faq/*.md, dictionary/*.csv, dictionary/synonyms.txt) into a
/// <see cref="ContentSet"/>. Broken files never stop a load: each is reported (file and line) and skipped, and the rest
/// loads.</summary>
public sealed class FaqContentLoader
{
    /// <summary>The largest entry file read; an FAQ answer is a chat bubble, so anything bigger is a mistake.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The folder of entry files inside a content root.</summary>
    public const string FaqFolder = "faq";

    /// <summary>The folder of the user dictionary and synonyms inside a content root.</summary>
    public const string DictionaryFolder = "dictionary";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TimeProvider _time;
    private readonly ContentValidator _validator;

    /// <summary>Creates a loader judging dates by <paramref name="time"/> (Asia/Tokyo).</summary>
    public FaqContentLoader(TimeProvider time, ContentValidator? validator = null)
    {
        _time = time;
        _validator = validator ?? ContentValidator.Default;
    }

    /// <summary>The folder holding the entry files of <paramref name="contentRoot"/>: its faq/ folder, or the root itself
    /// when it has none.</summary>
    public static string FaqDirectory(string contentRoot)
    {
        var faq = Path.Combine(contentRoot, FaqFolder);
        return Directory.Exists(faq) ? faq : contentRoot;
    }

    /// <summary>Loads every <c>*.md</c> entry, the user dictionary and the synonyms under the content root, judging
    /// dates on today in Tokyo (paths in diagnostics are relative to the root).</summary>
    public ContentSet Load(string contentRoot)
    {
        var today = TokyoCalendar.Today(_time);
        var diagnostics = new List<ContentDiagnostic>();
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Add(new ContentDiagnostic(contentRoot, 1, DiagnosticSeverity.Error, "content folder not found"));
            return new ContentSet(contentRoot, today, [], null, [], diagnostics);
        }
        var paths = Directory.GetFiles(FaqDirectory(contentRoot), "*.md", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);

        var files = new List<FaqSourceFile>(paths.Length);
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
            if (IsEditorReadme(relative))
            {
                continue;
            }
            if (Read(path, relative, diagnostics) is { } file)
            {
                files.Add(file);
            }
        }

        _validator.Validate(files, today, diagnostics);
        var userDictionary = LoadUserDictionary(contentRoot, diagnostics);
        var synonyms = ReadSynonyms(contentRoot, diagnostics);

        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                broken.Add(diagnostic.File);
            }
        }
        var entries = new List<FaqEntry>(files.Count);
        foreach (var file in files)
        {
            if (!broken.Contains(file.RelativePath))
            {
                entries.Add(FaqEntryFactory.Create(file));
            }
        }
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id) is var c && c != 0 ? c
            : (a.Window.From ?? DateOnly.MinValue).CompareTo(b.Window.From ?? DateOnly.MinValue));
        diagnostics.Sort(static (a, b) => string.CompareOrdinal(a.File, b.File) is var c && c != 0 ? c : a.Line.CompareTo(b.Line));
        return new ContentSet(contentRoot, today, entries, userDictionary, synonyms, diagnostics);
    }

    private static UserDictionary? LoadUserDictionary(string contentRoot, List<ContentDiagnostic> diagnostics)
    {
        var problems = new List<DictionaryDiagnostic>();
        var userDictionary = UserDictionary.LoadFolder(Path.Combine(contentRoot, DictionaryFolder), problems);
        foreach (var problem in problems)
        {
            diagnostics.Add(new ContentDiagnostic(InDictionaryFolder(problem.File), problem.Line, DiagnosticSeverity.Error, problem.Message));
        }
        return userDictionary;
    }

    // The user dictionary reports full or folder-relative paths; diagnostics name files relative to the content root.
    private static string InDictionaryFolder(string file) =>
        Path.IsPathRooted(file) ? DictionaryFolder + "/" + Path.GetFileName(file)
        : file.StartsWith(DictionaryFolder + "/", StringComparison.Ordinal) ? file : DictionaryFolder + "/" + file;

    private static string[] ReadSynonyms(string contentRoot, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(contentRoot, ContentSet.SynonymsFile);
        if (!File.Exists(path))
        {
            return [];
        }
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                diagnostics.Add(new ContentDiagnostic(ContentSet.SynonymsFile, 1, DiagnosticSeverity.Error,
                    $"the synonyms file may be at most {MaxFileBytes / 1024 / 1024} MiB"));
                return [];
            }
            var lines = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF').Split('\n');
            return Array.ConvertAll(lines, static line => line.TrimEnd('\r'));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(new ContentDiagnostic(ContentSet.SynonymsFile, 1, DiagnosticSeverity.Error, "cannot read the synonyms: " + e.Message));
            return [];
        }
    }

    // README.md inside faq/ documents the format for editors; it is not an entry.
    private static bool IsEditorReadme(string relative) =>
        Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    private static FaqSourceFile? Read(string path, string relative, List<ContentDiagnostic> diagnostics)
    {
        void Fail(int line, string message) => diagnostics.Add(new ContentDiagnostic(relative, line, DiagnosticSeverity.Error, message));

        string text;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                Fail(1, $"the file is {length / 1024.0 / 1024.0:0.0} MiB; an entry file may be at most {MaxFileBytes / 1024 / 1024} MiB");
                return null;
            }
            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                Fail(1, "the file is binary (it contains NUL bytes), not Markdown text");
                return null;
            }
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Fail(1, "the file is not UTF-8 text");
            return null;
        }
        catch (IOException e)
        {
            Fail(1, "cannot read the file: " + e.Message);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            Fail(1, "cannot read the file: " + e.Message);
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var parts = FaqMarkdown.Split(text);
        if (parts is null && (text.StartsWith("---\n---", StringComparison.Ordinal) || text.StartsWith("---\r\n---", StringComparison.Ordinal)))
        {
            Fail(1, "the front matter is empty");
            return null;
        }
        if (parts is null)
        {
            Fail(1, "missing front matter: the file must start with a '---' line, the entry's fields, and a closing '---'");
            return null;
        }
        var front = FrontMatterReader.Read(parts.Yaml, parts.YamlLine, parts.FenceLine, out var error);
        if (front is null)
        {
            Fail(error?.Line ?? parts.FenceLine, error?.Message ?? "invalid front matter");
            return null;
        }
        return new FaqSourceFile(relative, front, parts.Body, parts.BodyLine);
    }
}
