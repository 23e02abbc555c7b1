using FaqBot.Analytics;
using FaqBot.Analytics.Report;
using FaqBot.Tests.TestHosting;
using Microsoft.Playwright;

namespace FaqBot.Tests.Analytics;

/// <summary>The HTML report opened from disk in headless Chromium with the network cut: charts drawn, Japanese
/// rendered in a CJK font, nothing fetched, and a screenshot to look at.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReportHtmlBrowserTests(ChromiumFixture chromium)
{
    private static TurnReport SampleReport()
    {
        var days = Enumerable.Range(0, 14).Select(i => new DayRates(new DateOnly(2026, 11, 19).AddDays(i), 40 + i * 3,
            28 + i * 2, 5 + i % 3, 4 + i % 4, 2 + i % 2)).ToList();
        var hours = Enumerable.Range(0, 24).Select(h => h is >= 9 and <= 21 ? 20 + (h % 7) * 9 : h % 3).ToList();
        return new TurnReport(new DateOnly(2026, 11, 19), new DateOnly(2026, 12, 2), 1234,
        [
            new QuestionGroup(12, [new PhrasingCount("マイナンバーカードの色を変えたい", 7), new PhrasingCount("カードの色は選べますか", 5)]),
            new QuestionGroup(8, [new PhrasingCount("病院の駐車場はありますか", 8)]),
            new QuestionGroup(3, [new PhrasingCount("<b>太字</b>で質問", 3)]),
        ],
        [new AlternateSuggestions("card-lost", "マイナンバーカードを紛失したときは？", [new PhrasingCount("カードどっかいった", 4)])],
        [new EntryStats("kakunin-validity", "資格確認書はいつまで有効ですか？", 120, 40, 9), new EntryStats("card-lost", "マイナンバーカードを紛失したときは？", 44, 20, 2)],
        [new EntryStats("newborn", "子どもが生まれたときは？", 0, 0, 0)],
        days, hours, 12.5, 48.0);
    }

    [Fact]
    public async Task The_report_opens_offline_with_charts_and_japanese_text()
    {
        var folder = Directory.CreateDirectory(Path.Combine(ChromiumFixture.ArtifactsFolder, "report")).FullName;
        var file = Path.Combine(folder, "report.html");
        await using (var writer = new StreamWriter(file))
        {
            ReportHtmlWriter.Write(SampleReport(), writer);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Offline = true,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            Locale = "ja-JP",
        });
        var requests = new List<string>();
        var page = await context.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        Assert.Equal([new Uri(file).AbsoluteUri], requests); // nothing but the file itself
        Assert.True(await page.Locator("#daily-chart rect").CountAsync() > 14 * 3);
        Assert.Equal(3, await page.Locator("#groups-chart rect").CountAsync());
        Assert.Equal(24, await page.Locator("#hours-chart rect").CountAsync());
        var body = await page.InnerTextAsync("body");
        Assert.Contains("回答できなかった質問", body);
        Assert.Contains("<b>太字</b>で質問", body); // shown as text, not markup
        Assert.Contains("カードどっかいった", body);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Noto Sans CJK JP\"', '回答')"));
        // A CJK glyph drawn with a real font is about as wide as it is tall; tofu boxes and missing glyphs are not.
        var width = await page.EvaluateAsync<double>(
            "() => { const s = document.createElement('span'); s.style.fontSize = '40px'; s.textContent = '回答なし'; document.body.append(s); return s.getBoundingClientRect().width; }");
        Assert.InRange(width, 140, 180);
        var chartBox = await page.Locator("#daily-chart").BoundingBoxAsync();
        Assert.NotNull(chartBox);
        Assert.True(chartBox!.Height > 100);
    }
}
