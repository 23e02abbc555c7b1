using System.Text.RegularExpressions;
using FaqIndex.Content;
using FaqIndex.Content.Validation;
using FaqIndex.Search.Analysis;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Content;

/// <summary>The repository's own content: it lints clean and only hands out the known phone numbers.</summary>
public sealed class RepositoryContentTests
{
    [Fact]
    public void Lint_passes_on_the_repository_content()
    {
        var content = new FaqContentLoader(TimeProvider.System).Load(TestPaths.RepoContent);
        var diagnostics = new List<ContentDiagnostic>(content.Diagnostics);
        FaqAnalyzers.Create(content, diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Format()));
        Assert.NotEmpty(content.Entries);
    }

    [Fact]
    public void Every_phone_number_in_content_is_a_known_contact()
    {
        // Independent of the lint rule: any run of digits and hyphens that looks like a Japanese phone number.
        var phoneLike = new Regex(@"0\d{1,4}[-‐－]\d{1,4}[-‐－]\d{3,4}");
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoContent, "faq"), "*.md"))
        {
            foreach (Match match in phoneLike.Matches(File.ReadAllText(file)))
            {
                found.Add(match.Value);
                Assert.True(KnownContacts.PhoneNumbers.Contains(match.Value), $"{Path.GetFileName(file)}: {match.Value}");
            }
        }
        Assert.Contains(KnownContacts.MyNumberFreeDial, found);
        Assert.Contains(KnownContacts.MyHealthWebHelpdesk, found);
    }
}
