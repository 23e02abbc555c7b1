using System.Text;
using FaqIndex.Content;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Content;

/// <summary>Hostile files (huge, binary, bombs, deep nesting) become one clear error each; the good file still loads.</summary>
public sealed class HostileContentTests
{
    private const string Good = "---\nid: good\nquestion: 質問ですか？\naudience: member\nsource: test\nreviewed: 2026-11-01\n---\n回答です。\n";

    private static ContentSet LoadWith(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        folder.Write("faq/good.md", Good);
        folder.Write("faq/" + name, bytes);
        return new FaqContentLoader(FixedTimeProvider.FixtureDay).Load(folder.Path);
    }

    private static void AssertOneError(ContentSet content, string expected)
    {
        Assert.Equal(["good"], content.Entries.Select(e => e.Id));
        Assert.Equal(expected, Assert.Single(content.Diagnostics).Format());
    }

    [Fact]
    public void A_10_MB_file_is_refused_unread()
    {
        var huge = Encoding.UTF8.GetBytes(Good.Replace("good", "huge") + new string('あ', 3_500_000));
        AssertOneError(LoadWith("huge.md", huge), "faq/huge.md:1: error: the file is 10.0 MiB; an entry file may be at most 1 MiB");
    }

    [Fact]
    public void An_unclosed_flow_list_is_invalid_yaml_not_a_crash()
    {
        // YamlDotNet's scanner throws InvalidOperationException here, not YamlException.
        var unclosed = Encoding.UTF8.GetBytes("---\nid: open\nquestion: [質問ですか？\naudience: member\n---\n回答です。\n");
        AssertOneError(LoadWith("open.md", unclosed), "faq/open.md:3: error: invalid YAML: a '[' or '{' is not closed");
    }

    [Fact]
    public void Binary_garbage_is_not_markdown()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[10] = 0;
        AssertOneError(LoadWith("garbage.md", garbage), "faq/garbage.md:1: error: the file is binary (it contains NUL bytes), not Markdown text");
    }

    [Fact]
    public void Invalid_utf8_such_as_an_encoded_lone_surrogate_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Good.Replace("good", "latin")).Concat(new byte[] { 0xED, 0xA0, 0x80, 0xFF }).ToArray();
        AssertOneError(LoadWith("latin.md", bytes), "faq/latin.md:1: error: the file is not UTF-8 text");
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_without_exhausting_the_stack()
    {
        var nested = Good.Replace("good", "deep").Replace("source: test", "source: test\ntags: " + new string('[', 200_000) + new string(']', 200_000));
        var content = LoadWith("deep.md", Encoding.UTF8.GetBytes(nested));
        Assert.Equal(["good"], content.Entries.Select(e => e.Id));
        var error = Assert.Single(content.Diagnostics);
        Assert.Equal("faq/deep.md", error.File);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_before_expansion()
    {
        var bomb = new StringBuilder(Good.Replace("good", "bomb").Replace("reviewed:", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nreviewed:"));
        var content = LoadWith("bomb.md", Encoding.UTF8.GetBytes(bomb.ToString()));
        Assert.Equal("faq/bomb.md:7: error: 'b': YAML aliases (*name) are not allowed in front matter", Assert.Single(content.Diagnostics).Format());
    }

    [Fact]
    public void Control_characters_are_an_error_with_their_line()
    {
        var text = Good.Replace("good", "control").Replace("question: 質問ですか？", "question: 質問\u0007です");
        var content = LoadWith("control.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal("faq/control.md:3: error: 'question' contains the control character U+0007", Assert.Single(content.Diagnostics).Format());
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_load_normally()
    {
        var text = "\uFEFF" + Good.Replace("good", "crlf").Replace("\n", "\r\n") + "続き 0120-95-0178\r\n";
        var content = LoadWith("crlf.md", Encoding.UTF8.GetBytes(text));
        Assert.Empty(content.Diagnostics);
        Assert.Equal("回答です。\r\n続き 0120-95-0178", content.Entries.Single(e => e.Id == "crlf").Answer);
    }

    [Fact]
    public void An_unclosed_front_matter_is_reported()
    {
        var content = LoadWith("open.md", Encoding.UTF8.GetBytes("---\nid: open\nquestion: 質問\n"));
        Assert.Equal("faq/open.md:1: error: missing front matter: the file must start with a '---' line, the entry's fields, and a closing '---'",
            Assert.Single(content.Diagnostics).Format());
    }

    [Theory]
    [InlineData("---\n---\n回答\n", 1, "the front matter is empty")]
    [InlineData("---\n- a\n- b\n---\n回答\n", 2, "the front matter must be a list of 'key: value' lines")]
    [InlineData("---\nid: x\nid: x\n---\n回答\n", 3, "the key 'id' appears twice")]
    [InlineData("---\nid: {a: b}\n---\n回答\n", 2, "'id' must be a text or a list of texts")]
    [InlineData("---\ntags: [[a]]\n---\n回答\n", 2, "'tags' must be a list of texts, not a nested list or mapping")]
    public void Front_matter_that_is_not_key_value_text_is_refused(string text, int line, string message)
    {
        var content = LoadWith("odd.md", Encoding.UTF8.GetBytes(text));
        var error = Assert.Single(content.Diagnostics);
        Assert.Equal((line, message), (error.Line, error.Message));
    }
}
