namespace FaqBot.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class IndexCommandTests
{
    [Fact]
    public async Task Stats_report_entries_terms_and_build_time()
    {
        var (exit, output, _) = await CliRunner.RunAsync("", "index", "--stats", "--content", CliRunner.BundledContent);
        Assert.Equal(0, exit);
        Assert.Matches(@"entries: \d+ \(member \d+, hr \d+, both \d+\)", output);
        Assert.Matches(@"terms\[question\]: [1-9]\d*", output);
        Assert.Matches(@"terms\[bigram\]: [1-9]\d*", output);
        Assert.Matches(@"build time: [\d.]+ ms", output);
    }
}
