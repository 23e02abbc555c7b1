using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;
using Microsoft.Playwright;

namespace FaqBot.Tests.EndToEnd;

/// <summary>The chat as a member meets it on a phone (390×844, touch, in real Chromium): the full page and the widget
/// embedded in a kenpo page. Long choices are read in full, the keyboard's return key says 送信, the header stays short
/// and breaks between phrases, a focused choice shows the page's focus ring, and Escape closes the embedded chat.
/// Screenshots are kept as test artifacts.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PhoneChatTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    // Choices as long as the dialog sends them (up to 40 characters), as members saw them cut with 「…」.
    private static readonly string[] Choices =
    [
        "子どもが受診するとき、マイナ保険証はどのように使えばよいですか？",
        "資格確認書の有効期限が切れたあと、新しい資格確認書はどうやって受け取りますか？",
        "はい",
    ];

    private FaqBotServer _server = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(configureServices: services => TestBots.Use(services, new ChoiceBot()));
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = PhoneHeight },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task On_the_page_choices_are_read_in_full_the_header_is_short_and_the_keys_work()
    {
        await _page.GotoAsync(_server.BaseAddress.ToString());
        var choices = _page.Locator(".webchat__suggested-action");
        await choices.Filter(new() { HasText = "はい" }).WaitForAsync();

        await AssertChoicesShownInFullAsync(choices, PhoneWidth);
        var sendBox = _page.Locator("[data-id='webchat-sendbox-input']");
        Assert.Equal("send", await sendBox.GetAttributeAsync("enterkeyhint"));

        // The header: short, and its subtitle broken only between phrases (at a <wbr>), here and on a narrower phone.
        var header = (await _page.Locator(".faqbot-header").BoundingBoxAsync())!;
        Assert.True(header.Height <= 96, $"header is {header.Height} px high");
        await AssertBreaksOnlyAtPhrasesAsync(_page.Locator(".faqbot-lead"));
        await _page.SetViewportSizeAsync(320, 640);
        await AssertBreaksOnlyAtPhrasesAsync(_page.Locator(".faqbot-lead"));
        await _page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);

        // Keyboard focus on a choice shows the page's focus ring, not only Web Chat's faint line.
        await sendBox.FocusAsync();
        await _page.Keyboard.PressAsync("Shift+Tab");
        await AssertFocusRingOnChoiceAsync(_page);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("phone-page.png") });

        // The on-screen keyboard takes about half the screen: the header shrinks to the title and the send box stays
        // in view.
        await sendBox.FocusAsync();
        await _page.SetViewportSizeAsync(PhoneWidth, 420);
        Assert.False(await _page.Locator(".faqbot-lead").IsVisibleAsync());
        header = (await _page.Locator(".faqbot-header").BoundingBoxAsync())!;
        Assert.True(header.Height <= 48, $"header is {header.Height} px high with the keyboard open");
        var box = (await sendBox.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 420, $"send box ends at {box.Y + box.Height} px");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("phone-page-keyboard.png") });

        // A chosen choice sends its whole text.
        await _page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await choices.Filter(new() { HasText = Choices[1] }).Last.ClickAsync();
        await _page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)")
            .Filter(new() { HasText = "echo: " + Choices[1] }).First.WaitForAsync();
    }

    [Fact]
    public async Task The_embedded_chat_fills_the_phone_evenly_names_its_state_and_closes_with_escape()
    {
        await using var kenpo = await KenpoSiteHost.StartAsync("<!DOCTYPE html><html lang=\"ja\"><head><meta name=\"viewport\" " +
            "content=\"width=device-width, initial-scale=1\"></head><body><h1>健康保険組合</h1><p>お知らせ</p><script src=\"" +
            _server.BaseAddress + "embed.js\"></script></body></html>");
        await _page.GotoAsync(kenpo.Address.ToString());
        var launcher = _page.Locator(".faqbot-launcher");
        Assert.Equal("チャットで質問する", await launcher.InnerTextAsync());

        await launcher.ClickAsync();
        Assert.Equal("true", await launcher.GetAttributeAsync("aria-expanded"));
        Assert.Equal("チャットを閉じる", await launcher.InnerTextAsync());

        // The panel keeps the same margin from both edges of the phone.
        var panel = (await _page.Locator(".faqbot-panel").BoundingBoxAsync())!;
        var right = PhoneWidth - (panel.X + panel.Width);
        Assert.True(panel.X >= 8 && Math.Abs(panel.X - right) <= 1, $"panel margins: left {panel.X} px, right {right} px");

        var chat = _page.FrameLocator("iframe[title='よくある質問チャット']");
        var choices = chat.Locator(".webchat__suggested-action");
        await choices.Filter(new() { HasText = "はい" }).WaitForAsync();
        await AssertChoicesShownInFullAsync(choices, (int)panel.Width);
        var sendBox = chat.Locator("[data-id='webchat-sendbox-input']");
        Assert.Equal("send", await sendBox.GetAttributeAsync("enterkeyhint"));

        await sendBox.FocusAsync();
        await _page.Keyboard.PressAsync("Shift+Tab");
        var frame = _page.Frames.Single(f => f.Url.Contains("embed=1", StringComparison.Ordinal));
        await AssertFocusRingOnChoiceAsync(frame);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("phone-embed.png") });

        // Somebody else's message asking to close is not obeyed: only the chat's own frame may ask.
        await _page.EvaluateAsync("() => window.postMessage({ type: 'faqbot:close' }, '*')");
        await _page.WaitForTimeoutAsync(200);
        Assert.Equal("true", await launcher.GetAttributeAsync("aria-expanded"));

        // Escape typed in the chat (inside the iframe) closes the panel and returns focus to the button.
        await sendBox.FocusAsync();
        await _page.Keyboard.PressAsync("Escape");
        await _page.Locator(".faqbot-panel[data-open='false']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("false", await launcher.GetAttributeAsync("aria-expanded"));
        Assert.Equal("チャットで質問する", await launcher.InnerTextAsync());
        Assert.True(await launcher.EvaluateAsync<bool>("b => document.activeElement === b"));
        Assert.False(await _page.Locator(".faqbot-panel").IsVisibleAsync());

        // Opened again, the same conversation is there; the × button closes it too.
        await launcher.ClickAsync();
        await choices.Filter(new() { HasText = "はい" }).WaitForAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "閉じる", Exact = true }).ClickAsync();
        Assert.Equal("false", await launcher.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task Escape_that_cancels_an_ime_conversion_keeps_the_embedded_chat_open()
    {
        await using var kenpo = await KenpoSiteHost.StartAsync("<!DOCTYPE html><html lang=\"ja\"><body><script src=\"" +
            _server.BaseAddress + "embed.js\"></script></body></html>");
        await _page.GotoAsync(kenpo.Address.ToString());
        var launcher = _page.Locator(".faqbot-launcher");
        await launcher.ClickAsync();
        var chat = _page.FrameLocator("iframe[title='よくある質問チャット']");
        await chat.Locator(".webchat__suggested-action").Filter(new() { HasText = "はい" }).WaitForAsync();
        await chat.Locator("[data-id='webchat-sendbox-input']").FocusAsync();

        var cdp = await _context.NewCDPSessionAsync(_page);
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object>
        {
            ["text"] = "しかく", ["selectionStart"] = 3, ["selectionEnd"] = 3,
        });
        await _page.Keyboard.PressAsync("Escape");
        await _page.WaitForTimeoutAsync(200);

        Assert.Equal("true", await launcher.GetAttributeAsync("aria-expanded"));
        Assert.True(await _page.Locator(".faqbot-panel").IsVisibleAsync());
    }

    private static string Artifact(string name) => Path.Combine(ChromiumFixture.ArtifactsFolder, name);

    /// <summary>Every choice shows its whole text: not cut, not clipped, inside <paramref name="width"/>, one per row.</summary>
    private static async Task AssertChoicesShownInFullAsync(ILocator choices, int width)
    {
        var measured = await choices.EvaluateAllAsync<JsonElement>("""
            buttons => buttons.map(b => {
              const text = b.querySelector('.webchat__suggested-action__text') || b;
              const r = b.getBoundingClientRect();
              return { text: text.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                       sw: text.scrollWidth, cw: text.clientWidth, sh: text.scrollHeight, ch: text.clientHeight,
                       bsw: b.scrollWidth, bcw: b.clientWidth, bsh: b.scrollHeight, bch: b.clientHeight };
            })
            """);
        var shown = measured.EnumerateArray().ToList();
        Assert.Equal(Choices, shown.Select(c => c.GetProperty("text").GetString()));
        double previousBottom = double.MinValue;
        foreach (var c in shown)
        {
            var label = c.GetProperty("text").GetString();
            Assert.True(c.GetProperty("sw").GetDouble() <= c.GetProperty("cw").GetDouble(), $"cut across: {label} {c}");
            Assert.True(c.GetProperty("sh").GetDouble() <= c.GetProperty("ch").GetDouble(), $"cut below: {label} {c}");
            Assert.True(c.GetProperty("bsw").GetDouble() <= c.GetProperty("bcw").GetDouble(), $"button cut across: {label} {c}");
            Assert.True(c.GetProperty("bsh").GetDouble() <= c.GetProperty("bch").GetDouble(), $"button cut below: {label} {c}");
            Assert.True(c.GetProperty("left").GetDouble() >= 0 && c.GetProperty("right").GetDouble() <= width, $"off screen: {label} {c}");
            Assert.True(c.GetProperty("top").GetDouble() >= previousBottom, $"not stacked: {label} {c}");
            previousBottom = c.GetProperty("bottom").GetDouble();
        }
    }

    /// <summary>Lays out the element's text and checks that each line break falls where a &lt;wbr&gt; allows one.</summary>
    private static async Task AssertBreaksOnlyAtPhrasesAsync(ILocator element)
    {
        var result = await element.EvaluateAsync<JsonElement>("""
            el => {
              const allowed = new Set(), breaks = [];
              let offset = 0, lastTop = null;
              for (const node of el.childNodes) {
                if (node.nodeName === 'WBR') { allowed.add(offset); continue; }
                if (node.nodeType !== Node.TEXT_NODE) { continue; }
                for (let i = 0; i < node.data.length; i++, offset++) {
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const top = range.getBoundingClientRect().top;
                  if (lastTop !== null && top > lastTop + 2) { breaks.push(offset); }
                  lastTop = top;
                }
              }
              return { text: el.textContent, allowed: [...allowed], breaks };
            }
            """);
        var text = result.GetProperty("text").GetString()!;
        var allowed = result.GetProperty("allowed").EnumerateArray().Select(e => e.GetInt32()).ToHashSet();
        var breaks = result.GetProperty("breaks").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.NotEmpty(allowed);
        foreach (var at in breaks)
        {
            Assert.True(allowed.Contains(at), $"line breaks inside a phrase: 「{text[..at]}／{text[at..]}」");
        }
    }

    /// <summary>The focused element is a choice and shows the page's 3 px amber ring.</summary>
    private static async Task AssertFocusRingOnChoiceAsync(IFrame frame) =>
        AssertFocusRing(await frame.EvaluateAsync<JsonElement>(FocusRingScript));

    private static async Task AssertFocusRingOnChoiceAsync(IPage page) =>
        AssertFocusRing(await page.EvaluateAsync<JsonElement>(FocusRingScript));

    private const string FocusRingScript = """
        () => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return { choice: el.classList.contains('webchat__suggested-action'), visible: el.matches(':focus-visible'),
                   style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
        }
        """;

    private static void AssertFocusRing(JsonElement focus)
    {
        Assert.True(focus.GetProperty("choice").GetBoolean(), $"focus is not on a choice: {focus}");
        Assert.True(focus.GetProperty("visible").GetBoolean(), $"focus is not keyboard-visible: {focus}");
        Assert.Equal("solid", focus.GetProperty("style").GetString());
        Assert.Equal("3px", focus.GetProperty("width").GetString());
        Assert.Equal("rgb(240, 180, 41)", focus.GetProperty("color").GetString());
    }

    /// <summary>Offers the long choices with its welcome and after every answer; echoes what it is sent.</summary>
    private sealed class ChoiceBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            var text = turn.Activity.Type switch
            {
                ActivityTypes.ConversationUpdate => "ご質問をお選びください。",
                ActivityTypes.Message => "echo: " + turn.Activity.Text,
                _ => null,
            };
            if (text is null)
            {
                return;
            }
            var reply = turn.Activity.CreateReply(text);
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. Choices.Select(c => new CardAction { Type = "imBack", Title = c, Value = JsonSerializer.SerializeToElement(c) })],
            };
            await turn.SendActivityAsync(reply, cancellationToken);
        }
    }
}
