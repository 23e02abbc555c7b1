using FaqIndex.Analysis.Japanese;
using static FaqIndex.Tests.Analysis.Japanese.JapaneseTokenizerAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public sealed class UserDictionaryTests
{
    private const string Words = """
        # editors' words
        マイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞
        "資格確認書",資格 確認書,シカク カクニンショ,カスタム名詞

        マイナポータル,マイナポータル,マイナポータル,カスタム名詞
        """;

    private static UserDictionary Open(string text, List<DictionaryDiagnostic>? diagnostics = null) =>
        UserDictionary.Open(new StringReader(text), "userdict.csv", diagnostics);

    [Fact]
    public void EntriesWinAndBecomeTheirSegments()
    {
        var tokens = Tokens("マイナ保険証と資格確認書", user: Open(Words));
        Assert.Equal(["マイナ", "保険証", "と", "資格", "確認書"], tokens.Select(t => t.Term));
        Assert.Equal([0, 3, 6, 7, 9], tokens.Select(t => t.Start));
        Assert.Equal("ホケンショウ", tokens[1].Reading);
        Assert.Equal("カスタム名詞", tokens[1].PartOfSpeech);
        Assert.Null(tokens[1].BaseForm);
    }

    [Fact]
    public void SearchModeDoesNotSplitUserSegmentsFurther()
    {
        var tokens = Tokens("マイナポータルで資格確認書を確認", JapaneseTokenizerMode.Search, Open(Words));
        Assert.Equal(["マイナポータル", "で", "資格", "確認書", "を", "確認"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(1, t.Increment));
    }

    [Fact]
    public void TextWithoutEntriesIsUnchanged()
    {
        var without = Tokens("暗証番号を忘れました").Select(t => t.Term);
        var with = Tokens("暗証番号を忘れました", user: Open(Words)).Select(t => t.Term);
        Assert.Equal(without, with);
    }

    [Fact]
    public void BrokenLinesAreReportedWithFileAndLineAndSkipped()
    {
        const string broken = """
            マイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞
            二つだけ,フィールド
            資格確認書,資格 確認,シカク カクニン,カスタム名詞
            暗証番号,暗証 番号,アンショウ,カスタム名詞
            "閉じていない,a,b,c
            ,,,
            マイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞
            健康保険証,健康 保険証,ケンコウ ホケンショウ,カスタム名詞
            """;
        var diagnostics = new List<DictionaryDiagnostic>();
        var dictionary = Open(broken, diagnostics);
        Assert.Equal(2, dictionary.Count);
        Assert.Equal([2, 3, 4, 5, 6, 7], diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal("userdict.csv", d.File));
        Assert.StartsWith("userdict.csv:2: expected 4 fields", diagnostics[0].ToString());
        Assert.Contains("does not spell", diagnostics[1].Message);
        Assert.Contains("readings", diagnostics[2].Message);
        Assert.Contains("duplicate", diagnostics[5].Message);
        Assert.Equal(["健康", "保険証"], Tokens("健康保険証", user: dictionary).Select(t => t.Term));
    }

    [Fact]
    public void HostileInputNeverThrows()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(10) == 0 ? ',' : random.Next(20) == 0 ? '\n' : (char)random.Next(0, 0x10000);
        }
        var diagnostics = new List<DictionaryDiagnostic>();
        var dictionary = Open(new string(chars), diagnostics);
        Assert.NotEmpty(diagnostics);
        Tokens(new string(chars, 0, 2000), user: dictionary);
    }

    [Fact]
    public void LoadFolderReadsEveryCsvInNameOrder()
    {
        var folder = Directory.CreateTempSubdirectory("userdict");
        try
        {
            Assert.Null(UserDictionary.LoadFolder(folder.FullName));
            File.WriteAllText(Path.Combine(folder.FullName, "b.csv"), "マイナポータル,マイナポータル,マイナポータル,カスタム名詞\n");
            File.WriteAllText(Path.Combine(folder.FullName, "a.csv"), "bad line\nマイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞\n");
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "ignored");
            var diagnostics = new List<DictionaryDiagnostic>();
            var dictionary = UserDictionary.LoadFolder(folder.FullName, diagnostics);
            Assert.NotNull(dictionary);
            Assert.Equal(2, dictionary.Count);
            var only = Assert.Single(diagnostics);
            Assert.Equal((Path.Combine(folder.FullName, "a.csv"), 1), (only.File, only.Line));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingFolderIsNull() => Assert.Null(UserDictionary.LoadFolder(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));

    [Fact]
    public void RepositoryUserDictionaryLoadsCleanly()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "content", "dictionary");
        if (!Directory.Exists(folder))
        {
            return;
        }
        var diagnostics = new List<DictionaryDiagnostic>();
        var dictionary = UserDictionary.LoadFolder(folder, diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(dictionary);
        Assert.Equal(["マイナ", "保険証"], Tokens("マイナ保険証", user: dictionary).Select(t => t.Term));
    }
}
