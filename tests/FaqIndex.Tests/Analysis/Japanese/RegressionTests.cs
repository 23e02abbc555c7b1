using static FaqIndex.Tests.Analysis.Japanese.JapaneseTokenizerAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

/// <summary>Plain regression file (TestData/analysis/regressions.tsv): text, TAB, expected normal-mode tokens.</summary>
public sealed class RegressionTests
{
    public static TheoryData<int, string, string> Rows()
    {
        var data = new TheoryData<int, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "regressions.tsv");
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            data.Add(number, line[..tab], line[(tab + 1)..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void TokensAsRecorded(int line, string text, string expected)
    {
        var actual = string.Join(' ', Tokens(text).Select(t => t.Term));
        Assert.True(expected == actual, $"regressions.tsv:{line}: expected [{expected}] but got [{actual}]");
    }
}
