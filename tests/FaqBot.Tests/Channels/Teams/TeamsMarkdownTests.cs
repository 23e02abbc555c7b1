using System.Text.Json;
using FaqBot.Channels.Teams.Cards;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsMarkdownTests
{
    private static List<JsonElement> Elements(string markdown) =>
        [.. JsonSerializer.SerializeToElement(TeamsMarkdown.ToElements(markdown)).EnumerateArray()];

    private static List<string> Texts(string markdown) =>
        CardText.TextsOf(JsonSerializer.SerializeToElement(new { body = TeamsMarkdown.ToElements(markdown) }));

    [Fact]
    public void Paragraphs_keep_bold_and_become_wrapping_text_blocks()
    {
        var elements = Elements("最初に **フリーダイヤル** へお電話ください。\n\n次の段落です。");

        Assert.Equal(2, elements.Count);
        Assert.All(elements, e => Assert.True(e.GetProperty("wrap").GetBoolean()));
        Assert.Equal("最初に **フリーダイヤル** へお電話ください。", elements[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Headers_become_bold_lines_without_hashes()
    {
        var elements = Elements("## 手続きの流れ\n\n本文です。");

        Assert.Equal("手続きの流れ", elements[0].GetProperty("text").GetString());
        Assert.Equal("Bolder", elements[0].GetProperty("weight").GetString());
        Assert.DoesNotContain(Texts("## 手続きの流れ\n\n本文です。"), t => t.Contains('#'));
    }

    [Fact]
    public void Lists_stay_lists_and_nested_items_follow_their_parent()
    {
        var texts = Texts("- スマートフォン\n- セブン銀行ATM\n  - 24時間\n- 医療機関\n\n1. 申請する\n2. 受け取る");

        Assert.Equal("- スマートフォン\n- セブン銀行ATM\n- 24時間\n- 医療機関", texts[0]);
        Assert.Equal("1. 申請する\n2. 受け取る", texts[1]);
    }

    [Fact]
    public void A_two_column_table_becomes_facts_and_a_wider_one_labelled_rows()
    {
        var facts = Elements("| 窓口 | 電話 |\n| --- | --- |\n| ヘルプデスク | 03-5213-4467 |\n| フリーダイヤル | 0120-95-0178 |");
        var factSet = Assert.Single(facts, e => e.GetProperty("type").GetString() == "FactSet");
        Assert.Equal("0120-95-0178", factSet.GetProperty("facts")[1].GetProperty("value").GetString());

        var rows = Texts("| 書類 | 期限 | 提出先 |\n|---|---|---|\n| 資格確認書 | 5日以内 | 事業主 |");
        Assert.Equal("**資格確認書**\n\n期限：5日以内\n\n提出先：事業主", Assert.Single(rows));
        Assert.DoesNotContain(rows, t => t.Contains('|'));
    }

    [Fact]
    public void Only_links_a_member_can_follow_stay_links()
    {
        var texts = Texts("[マイナポータル](https://myna.go.jp/) と [危険](javascript:alert(1)) と [相対](/faq) と <https://example.jp/a(b)>");

        Assert.Equal("[マイナポータル](https://myna.go.jp/) と 危険 と 相対 と [https://example.jp/a(b)](https://example.jp/a%28b%29)", texts[0]);
    }

    [Fact]
    public void Raw_html_images_quotes_and_code_become_plain_readable_text()
    {
        var elements = Elements("<div><b>注意</b>&amp;確認</div>\n\n![カードの写真](card.png)\n\n> 引用です\n\n```\ncode line\n```\n\n---\n\n最後");

        Assert.Equal("注意&確認", elements[0].GetProperty("text").GetString()!.Trim());
        Assert.Equal("カードの写真", elements[1].GetProperty("text").GetString());
        Assert.Equal("Container", elements[2].GetProperty("type").GetString());
        Assert.Equal("Monospace", elements[3].GetProperty("fontType").GetString());
        Assert.True(elements[4].GetProperty("separator").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("|||\n|-|-|")]
    [InlineData("****")]
    [InlineData("> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > 深い引用")]
    public void Empty_or_broken_markdown_gives_no_empty_blocks(string markdown)
    {
        Assert.DoesNotContain(Texts(markdown), t => string.IsNullOrWhiteSpace(t));
    }

    [Fact]
    public void A_huge_answer_converts()
    {
        var markdown = string.Join("\n\n", Enumerable.Repeat("- 項目 **太字** [リンク](https://example.jp)\n- 二つ目", 5000));
        Assert.True(TeamsMarkdown.ToElements(markdown).Count >= 1);
    }
}
