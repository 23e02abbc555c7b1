using FaqBot.Tests.TestHosting;
using Microsoft.Playwright;

namespace FaqBot.Tests.EndToEnd;

/// <summary>The whole service as members meet it: the real app (real dialog, real content and search, real Direct
/// Line) on Kestrel, the real Web Chat page in headless Chromium. A screenshot is kept as a test artifact.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class FaqBotEndToEndTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string LostCardLine = "0120-95-0178";
    private const string HelpdeskLine = "03-5213-4467";

    private FaqBotServer _server = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync();
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = 900, Height = 1100 },
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
    }

    private ILocator BotBubbles => _page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    private ILocator SuggestedAction(string title) =>
        _page.Locator(".webchat__suggested-actions button").Filter(new() { HasText = title }).Last;

    private async Task WaitForBotBubblesAsync(int atLeast)
    {
        await _page.WaitForFunctionAsync(
            "n => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length >= n", atLeast);
    }

    [Fact]
    public async Task A_member_reports_a_lost_card_follows_a_suggestion_and_reaches_the_helpdesk()
    {
        var screenshot = Path.Combine(ChromiumFixture.ArtifactsFolder, "faqbot-e2e.png");
        var sockets = new List<string>();
        _page.WebSocket += (_, socket) =>
        {
            lock (sockets) { sockets.Add("open " + socket.Url[..socket.Url.IndexOf('?')]); }
            socket.Close += (_, _) => { lock (sockets) { sockets.Add("close"); } };
        };
        try
        {
            await _page.GotoAsync(_server.BaseAddress.ToString());
            await BotBubbles.First.WaitForAsync();
            var input = _page.Locator("[data-id='webchat-sendbox-input']");

            // A lost card: the suspension line comes first.
            await input.FillAsync("マイナンバーカードをなくしました");
            await input.PressAsync("Enter");
            await BotBubbles.Filter(new() { HasText = LostCardLine }).First.WaitForAsync();
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "faqbot-e2e-lost-card.png") });

            // Not resolved, once: the bot apologises and offers example questions as suggested actions.
            var before = await BotBubbles.CountAsync();
            await SuggestedAction("いいえ").ClickAsync();
            await WaitForBotBubblesAsync(before + 1);

            // A suggested action asks another question, which is answered with feedback buttons.
            before = await BotBubbles.CountAsync();
            await SuggestedAction("資格確認書").ClickAsync();
            await WaitForBotBubblesAsync(before + 1);
            await BotBubbles.Last.Filter(new() { HasText = "解決しましたか" }).WaitForAsync();

            // Not resolved, twice: the helpdesk is offered.
            await SuggestedAction("いいえ").ClickAsync();
            await BotBubbles.Filter(new() { HasText = HelpdeskLine }).First.WaitForAsync();

            Assert.Equal(0, await _page.GetByText("送信できませんでした").CountAsync());
            // One WebSocket for the whole conversation: the stream never dropped and reconnected.
            Assert.Equal(1, sockets.Count(s => s.StartsWith("open", StringComparison.Ordinal)));
            Assert.DoesNotContain("close", sockets);
        }
        finally
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
