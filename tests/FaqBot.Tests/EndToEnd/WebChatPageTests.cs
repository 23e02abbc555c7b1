using FaqBot.Tests.TestHosting;
using Microsoft.Playwright;

namespace FaqBot.Tests.EndToEnd;

/// <summary>The real Web Chat bundle (botframework-webchat 4.18.1) in real Chromium against our Direct Line, with a
/// small echo bot: connection, welcome, sending, and the Japanese IME Enter guard.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatPageTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private FaqBotServer _server = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(configureServices: services => TestBots.Use(services, new EchoBot()));
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
    }

    private ILocator SendBox => _page.Locator("[data-id='webchat-sendbox-input']");

    private ILocator BotTexts(string text) => _page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasText = text });

    private ILocator UserBubbles => _page.Locator(".webchat__bubble--from-user");

    [Fact]
    public async Task The_page_connects_shows_the_welcome_and_sends_a_question()
    {
        await _page.GotoAsync(_server.BaseAddress.ToString());
        await BotTexts("welcome").First.WaitForAsync();

        await SendBox.FillAsync("資格確認書はいつ届きますか");
        await SendBox.PressAsync("Enter");

        await BotTexts("echo: 資格確認書はいつ届きますか").First.WaitForAsync();
        Assert.Equal("ja", await _page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal(1, await UserBubbles.CountAsync());
        // The member's own message was acknowledged (it has a server id), so no "send failed" marker is shown.
        Assert.Equal(0, await _page.GetByText("送信できませんでした").CountAsync());
    }

    [Fact]
    public async Task Enter_confirming_an_ime_conversion_does_not_send_until_the_second_enter()
    {
        await _page.GotoAsync(_server.BaseAddress.ToString());
        await BotTexts("welcome").First.WaitForAsync();
        await SendBox.ClickAsync();
        var cdp = await _context.NewCDPSessionAsync(_page);

        // Type "まいなんばー" as an IME composition, confirm the conversion with Enter (the composition is still open
        // while that keydown is dispatched), then commit the converted text and press Enter again to send.
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object>
        {
            ["text"] = "まいなんばー", ["selectionStart"] = 6, ["selectionEnd"] = 6,
        });
        await _page.Keyboard.PressAsync("Enter");
        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "マイナンバー" });
        Assert.Equal(0, await UserBubbles.CountAsync());
        await _page.Keyboard.PressAsync("Enter");

        await BotTexts("echo: マイナンバー").First.WaitForAsync();
        Assert.Equal(1, await UserBubbles.CountAsync());
        Assert.Equal(0, await BotTexts("まいなんばー").CountAsync());
    }

    [Fact]
    public async Task The_embed_script_adds_a_button_that_opens_the_chat_panel()
    {
        await using var kenpo = await KenpoSiteHost.StartAsync("<!DOCTYPE html><html lang=\"ja\"><body><h1>健康保険組合</h1><script src=\"" +
            _server.BaseAddress + "embed.js\"></script></body></html>");
        await _page.GotoAsync(kenpo.Address.ToString());

        await _page.GetByRole(AriaRole.Button, new() { Name = "チャットで質問する" }).ClickAsync();

        // While the panel is open the same button says what it does now.
        var launcher = _page.GetByRole(AriaRole.Button, new() { Name = "チャットを閉じる" });
        Assert.Equal("true", await launcher.GetAttributeAsync("aria-expanded"));
        var chat = _page.FrameLocator("iframe[title='よくある質問チャット']");
        await chat.Locator(".webchat__bubble").Filter(new() { HasText = "welcome" }).First.WaitForAsync();
        await launcher.ClickAsync();
        Assert.Equal("false", await _page.GetByRole(AriaRole.Button, new() { Name = "チャットで質問する" }).GetAttributeAsync("aria-expanded"));
    }
}
