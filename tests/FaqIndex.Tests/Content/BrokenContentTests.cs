using FaqIndex.Content;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Content;

/// <summary>Each fixture in TestData/content-broken breaks one rule; an editor sees exactly that problem, at that line.</summary>
public sealed class BrokenContentTests
{
    private static readonly ContentSet Loaded =
        new FaqContentLoader(FixedTimeProvider.FixtureDay).Load(TestPaths.TestData("content-broken"));

    [Theory]
    [InlineData("Bad_Id.md:2: error: id 'Bad_Id' must be lower-case letters and digits joined by single hyphens (e.g. card-lost)")]
    [InlineData("bad-audience.md:4: error: audience 'everyone' must be member, hr or both")]
    [InlineData("bad-date.md:6: error: 'reviewed' must be a date written yyyy-MM-dd, not '2026/13/01'")]
    [InlineData("bad-yaml.md:5: error: invalid YAML: While scanning a plain scalar value, found invalid mapping.")]
    [InlineData("sub/dupe.md:2: error: id 'dupe' is also used by dupe.md:2 and their valid_from..valid_until windows overlap (always and always); on any day only one version may answer")]
    [InlineData("empty-answer.md:8: error: the answer is empty: write it below the closing ---")]
    [InlineData("empty-source.md:5: error: required field 'source' is empty")]
    [InlineData("expired.md:7: error: entry 'expired' has no version valid today (2026-11-23 in Tokyo): 'valid_until' 2026-01-31 has passed and no version follows; write the next version (expired.<version>.md with 'valid_from' 2026-02-01) or extend 'valid_until'")]
    [InlineData("id-mismatch.md:2: error: id 'other-name' does not match the file name 'id-mismatch.md' (name the file other-name.md, or other-name.<version>.md for a scheduled version)")]
    [InlineData("malformed-phone.md:9: error: malformed phone number '0120950178': write it as 0120-95-0178")]
    [InlineData("missing-question.md:1: error: missing required field 'question'")]
    [InlineData("no-front-matter.md:1: error: missing front matter: the file must start with a '---' line, the entry's fields, and a closing '---'")]
    [InlineData("reviewed-future.md:6: error: 'reviewed' is 2027-01-05, after today (2026-11-23 in Tokyo)")]
    [InlineData("stale-future.md:9: warning: '令和7年11月14日' has passed (today is 2026-11-23) but the sentence states it as future; rewrite it in the past or as a standing rule")]
    [InlineData("unknown-follow-up.md:7: error: follow-up 'no-such-entry' is not the id of any entry")]
    [InlineData("unknown-phone.md:10: error: unknown phone number '03-1234-5678': only 0120-95-0178 and 03-5213-4467 may appear in content")]
    [InlineData("yaml-bomb.md:8: error: 'tags': YAML aliases (*name) are not allowed in front matter")]
    public void Each_broken_file_is_reported_with_its_line(string expected)
    {
        var actual = Loaded.Diagnostics.Select(d => d.Format()).ToArray();
        Assert.Contains(expected, actual);
    }

    [Fact]
    public void Every_fixture_file_has_exactly_one_problem()
    {
        var files = Directory.GetFiles(TestPaths.TestData("content-broken"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.TestData("content-broken"), f).Replace('\\', '/'))
            .Where(f => f != "dupe.md")
            .Order(StringComparer.Ordinal);
        var reported = Loaded.Diagnostics.Select(d => d.File).Order(StringComparer.Ordinal);
        Assert.Equal(files, reported);
    }

    [Fact]
    public void Broken_files_are_skipped_and_the_rest_loads()
    {
        // Warnings keep an entry; errors skip only the broken file (an entry past its last valid_until is one).
        Assert.Equal(["dupe", "stale-future"], Loaded.Entries.Select(e => e.Id));
        Assert.True(Loaded.HasErrors);
    }
}
