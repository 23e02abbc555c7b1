namespace FaqIndex.Tests.Analysis.Japanese;

/// <summary>Normal mode must equal `mecab` with IPADIC, token for token and feature for feature.</summary>
public sealed class MecabCompatibilityTests
{
    [Fact]
    public void CorpusMatchesMecabExactly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "corpus.txt");
        var text = File.ReadAllText(path);
        Assert.True(text.Split('\n').Length > 300, "the corpus should have several hundred lines");
        MecabReference.AssertSame(text, "corpus.txt");
    }

    [Fact]
    public void CuratedContentMatchesMecabExactly()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "content", "faq");
        if (!Directory.Exists(folder))
        {
            return; // no curated content in this checkout
        }
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            MecabReference.AssertSame(text, Path.GetRelativePath(AppContext.BaseDirectory, file));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("令和7年12月1日から")]
    [InlineData("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂ")]
    [InlineData("😀😀 x\u00D0y \t z")]
    public void EdgeLinesMatchMecab(string line) => MecabReference.AssertSame(line + "\n", "inline");
}
