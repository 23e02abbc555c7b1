using System.Text;
using FaqBot.Cli;
using FaqIndex.Content;

namespace FaqBot.Tests.Cli;

/// <summary>`alternates add` on a copy of the real content: only the new line changes, whatever the file looks like.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AlternatesCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "faqbot-alternates-" + Guid.NewGuid().ToString("N"));

    public AlternatesCommandTests()
    {
        foreach (var file in Directory.GetFiles(CliRunner.BundledContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(CliRunner.BundledContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string EntryFile(string id) => Path.Combine(_root, "faq", id + ".md");

    private (int Code, string Out, string Err) Add(string id, string phrasing)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AlternatesCommand.Add(_root, id, phrasing, TimeProvider.System, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private IReadOnlyList<string> Alternates(string id) =>
        new FaqContentLoader(TimeProvider.System).Load(_root).Entries.Single(e => e.Id == id).Alternates;

    [Fact]
    public void A_phrasing_is_added_after_the_last_item_and_nothing_else_changes()
    {
        var before = File.ReadAllBytes(EntryFile("card-lost"));
        var (code, output, error) = Add("card-lost", "カードどっかいった");

        Assert.True(code == 0, error);
        Assert.Contains("added to faq/card-lost.md", output);
        var after = Encoding.UTF8.GetString(File.ReadAllBytes(EntryFile("card-lost")));
        Assert.Equal(Encoding.UTF8.GetString(before), after.Replace("  - カードどっかいった\n", "", StringComparison.Ordinal));
        Assert.Equal("カードどっかいった", Alternates("card-lost")[^1]);
    }

    [Fact]
    public void Crlf_bom_and_comments_are_kept_byte_for_byte()
    {
        var path = EntryFile("pin-forgotten");
        var text = File.ReadAllText(path).Replace("\r\n", "\n").Replace("\n", "\r\n").Replace("alternates:\r\n", "alternates:   # members' words\r\n");
        var lines = text.Split("\r\n").ToList();
        var firstItem = lines.FindIndex(l => l.StartsWith("  - ", StringComparison.Ordinal));
        lines.Insert(firstItem + 1, "  # 2026-11: from the report");
        var original = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))];
        File.WriteAllBytes(path, original);

        var (code, _, error) = Add("pin-forgotten", "パスワード わすれた");

        Assert.True(code == 0, error);
        var after = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], after[..3]);
        var decoded = Encoding.UTF8.GetString(after, 3, after.Length - 3);
        Assert.Contains("  - パスワード わすれた\r\n", decoded);
        Assert.DoesNotContain("\r\r", decoded);
        Assert.Equal(0, decoded.Replace("\r\n", "").Count(c => c == '\n'));
        Assert.Equal(Encoding.UTF8.GetString(original, 3, original.Length - 3), decoded.Replace("  - パスワード わすれた\r\n", "", StringComparison.Ordinal));
        Assert.Contains("# 2026-11: from the report", decoded);
        Assert.Equal("パスワード わすれた", Alternates("pin-forgotten")[^1]);
    }

    [Fact]
    public void A_flow_list_and_a_missing_list_get_the_phrasing_too()
    {
        var path = EntryFile("card-carry");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("alternates:\n", StringComparison.Ordinal);
        var end = text.IndexOf("\naudience:", StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + "alternates: [持ち歩く, 財布に入れる]" + text[end..]);
        Assert.Equal(0, Add("card-carry", "いつも持っていないとだめ?").Code);
        Assert.Equal(["持ち歩く", "財布に入れる", "いつも持っていないとだめ?"], Alternates("card-carry"));

        File.WriteAllText(path, text[..start] + text[(end + 1)..]);
        Assert.Equal(0, Add("card-carry", "質問: 持ち歩き #1").Code);
        Assert.Equal(["質問: 持ち歩き #1"], Alternates("card-carry"));
    }

    [Fact]
    public void Unknown_ids_duplicates_and_broken_files_are_refused_and_nothing_changes()
    {
        var before = File.ReadAllBytes(EntryFile("card-lost"));
        var question = new FaqContentLoader(TimeProvider.System).Load(_root).Entries.Single(e => e.Id == "card-lost");

        var unknown = Add("no-such-entry", "何か");
        Assert.Equal(1, unknown.Code);
        Assert.Contains("no entry has the id 'no-such-entry'", unknown.Err);

        var duplicate = Add("card-lost", " " + question.Alternates[0].Normalize(NormalizationForm.FormKC).Replace("マイナンバー", "マイナンバー") + " ");
        Assert.Equal(1, duplicate.Code);
        Assert.Contains("already a phrasing of card-lost", duplicate.Err);
        Assert.Equal(1, Add("card-lost", question.Question).Code);
        Assert.Equal(before, File.ReadAllBytes(EntryFile("card-lost")));

        File.WriteAllText(EntryFile("card-carry"), "---\nid: card-carry\nquestion: [broken\n---\n本文\n");
        var broken = Add("card-carry", "持ち歩き");
        Assert.Equal(1, broken.Code);
        Assert.Contains("is broken", broken.Err);
        Assert.Equal("---\nid: card-carry\nquestion: [broken\n---\n本文\n", File.ReadAllText(EntryFile("card-carry")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("二行\nの言い換え")]
    [InlineData("制御\u0007文字")]
    [InlineData("逆\u202E向き")]
    public void Phrasings_that_are_not_one_clean_line_are_refused(string phrasing)
    {
        var before = File.ReadAllBytes(EntryFile("card-lost"));
        Assert.Equal(2, Add("card-lost", phrasing).Code);
        Assert.Equal(before, File.ReadAllBytes(EntryFile("card-lost")));
    }

    [Fact]
    public void A_broken_surrogate_is_refused()
    {
        // Built here: theory data would carry the lone surrogate through serialisation as U+FFFD.
        var phrasing = "壊れた" + (char)0xD800;
        Assert.Equal(2, Add("card-lost", phrasing).Code);
    }

    [Fact]
    public void A_huge_phrasing_is_refused()
    {
        var (code, _, error) = Add("card-lost", new string('あ', 100_000));
        Assert.Equal(2, code);
        Assert.Contains("1–200 characters", error);
    }

    [Fact]
    public async Task The_verb_runs_from_the_command_line()
    {
        var (exit, output, _) = await CliRunner.RunAsync("", "alternates", "add", "card-lost", "財布ごとカードを落とした", "--content", _root);
        Assert.Equal(0, exit);
        Assert.Contains("lint:", output);
        Assert.Contains("財布ごとカードを落とした", Alternates("card-lost"));
    }
}
