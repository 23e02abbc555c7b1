namespace FaqBot.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class LintCommandTests
{
    [Fact]
    public async Task The_bundled_content_lints_clean()
    {
        var (exit, output, _) = await CliRunner.RunAsync("", "lint", CliRunner.BundledContent);
        Assert.Equal(0, exit);
        Assert.Matches(@"lint: \d+ entries loaded \(\d+ served on \d{4}-\d\d-\d\d in Tokyo\), 0 error\(s\), \d+ warning\(s\)\n$", output);
    }

    [Fact]
    public async Task Broken_content_gives_file_line_errors_and_exit_1()
    {
        var root = Path.Combine(Path.GetTempPath(), "faqbot-lint-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "faq"));
        try
        {
            File.WriteAllText(Path.Combine(root, "faq", "good.md"), "---\nid: good\nquestion: 質問？\naudience: member\nsource: t\nreviewed: 2026-11-01\n---\n回答です。\n");
            File.WriteAllText(Path.Combine(root, "faq", "bad.md"), "---\nid: bad\nquestion: 質問？\naudience: member\nsource: t\nreviewed: 2026-11-01\nvalid_until: 2026-01-01\n---\nお電話は 03-0000-0000 へ。\n");
            File.WriteAllBytes(Path.Combine(root, "faq", "garbage.md"), [0x00, 0xFF, 0xFE, 0x01]);
            var (exit, output, _) = await CliRunner.RunAsync("", "lint", root, "--now", "2026-11-23T12:00:00+09:00");
            Assert.Equal(1, exit);
            Assert.Contains($"{Path.Combine(root, "faq/bad.md")}:7: error: entry 'bad' has no version valid today (2026-11-23 in Tokyo): 'valid_until' 2026-01-01 has passed", output);
            Assert.Contains($"{Path.Combine(root, "faq/bad.md")}:9: error: unknown phone number '03-0000-0000'", output);
            Assert.Contains($"{Path.Combine(root, "faq/garbage.md")}:1: error: the file is binary", output);
            Assert.EndsWith("lint: 1 entry loaded (1 served on 2026-11-23 in Tokyo), 3 error(s), 0 warning(s)\n", output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_path_is_a_clear_error()
    {
        var (exit, _, error) = await CliRunner.RunAsync("", "lint", "/no/such/path");
        Assert.Equal(2, exit);
        Assert.Contains("lint: no such file or folder: /no/such/path", error);
    }
}
