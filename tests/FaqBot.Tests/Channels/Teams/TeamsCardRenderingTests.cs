using System.Text.Json;
using FaqBot.Bot.Schema;
using FaqBot.Channels.Teams;
using FaqBot.Channels.Teams.Cards;
using FaqBot.Dialogs;
using FaqBot.Tests.TestHosting;
using Markdig;
using Microsoft.Playwright;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>Every kind of card the bot sends in Teams, rendered by the real Adaptive Cards JS renderer (npm
/// adaptivecards, with markdown-it as Teams-like hosts plug in) in headless Chromium at a phone's width: it parses for
/// schema 1.5 without a warning, its text is visible, and a screenshot is kept under TestResults/teams-cards.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class TeamsCardRenderingTests(ChromiumFixture chromium, CardRendererFixture renderer) : IClassFixture<CardRendererFixture>
{
    private const string Weekday = "2026-12-02T10:00";

    public static TheoryData<string> Cards => new()
    {
        "answer-lost-card", "answer-execute", "choice", "helpdesk-open", "helpdesk-closed", "help-in-channel",
        "thanks-in-personal-chat", "welcome-member-personal", "welcome-hr-channel", "answer-rich-markdown",
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task The_card_parses_for_version_1_5_without_warnings_and_its_text_is_visible(string name)
    {
        var card = await BuildAsync(name);
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 400, Height = 800 } });
        try
        {
            await page.SetContentAsync("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Sans CJK JP',sans-serif;margin:8px;background:#f5f5f5}.card{width:360px;background:#fff}</style></head><body></body></html>");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer.MarkdownScript });
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer.AdaptiveCardsScript });
            var result = await page.EvaluateAsync<RenderResult>(RenderScript, card.GetRawText());

            Assert.True(result.Events.Length == 0, $"{name}: {string.Join("; ", result.Events)}");
            Assert.Equal("1.5", result.Version);
            var visible = Squash(result.Text);
            foreach (var text in CardText.TextsOf(card))
            {
                var plain = Squash(Markdown.ToPlainText(text.Replace("▸ ", string.Empty, StringComparison.Ordinal)));
                Assert.True(visible.Contains(plain, StringComparison.Ordinal), $"{name}: '{plain}' is not visible in '{visible}'");
            }
            foreach (var action in CardText.ActionsOf(card).Where(a => a.Title.Length > 0))
            {
                Assert.Contains(Squash(action.Title), visible);
            }
            var folder = Directory.CreateDirectory(Path.Combine(ChromiumFixture.ArtifactsFolder, "teams-cards")).FullName;
            await page.Locator(".card").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_renderer_reports_what_version_1_5_does_not_allow()
    {
        // The control: a card the checks above must fail on, so their silence means something.
        var broken = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[] { new { type = "NoSuchElement", text = "x" }, new { type = "TextBlock", text = "ok", size = "Enormous" } },
            actions = new object[] { new { type = "Action.Submit" }, new { type = "Action.Nope" } },
        });
        var result = await RenderAsync(broken);

        Assert.NotEmpty(result.Events);
    }

    private async Task<RenderResult> RenderAsync(JsonElement card)
    {
        var page = await chromium.Browser.NewPageAsync();
        try
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer.MarkdownScript });
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer.AdaptiveCardsScript });
            return await page.EvaluateAsync<RenderResult>(RenderScript, card.GetRawText());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private const string RenderScript = """
        (json) => {
          const md = window.markdownit();
          AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
          const card = new AdaptiveCards.AdaptiveCard();
          const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
          card.parse(JSON.parse(json), context);
          const events = [];
          for (let i = 0; i < context.eventCount; i++) { const e = context.getEventAt(i); events.push(`parse ${e.event}: ${e.message}`); }
          const validation = card.validateProperties();
          for (const e of validation.validationEvents) { events.push(`validate ${e.event}: ${e.message}`); }
          const host = document.createElement('div');
          host.className = 'card';
          document.body.appendChild(host);
          const element = card.render();
          if (!element) { events.push('render: nothing rendered'); return { events, version: '', text: '' }; }
          host.appendChild(element);
          return { events, version: card.version.toString(), text: host.innerText };
        }
        """;

    public sealed class RenderResult
    {
        public string[] Events { get; set; } = [];

        public string Version { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0'));

    private static async Task<JsonElement> BuildAsync(string name)
    {
        var kind = name == "answer-execute" ? CardActionKind.Execute : CardActionKind.Submit;
        List<Activity> replies = name switch
        {
            "answer-lost-card" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, kind, "マイナンバーカードをなくしました"),
            "answer-execute" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Personal, kind, "資格確認書はいつまで有効ですか？"),
            "choice" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, kind, "なくした"),
            "helpdesk-open" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, kind, "担当者と話したい"),
            "helpdesk-closed" => await TeamsCardFlows.ConvertedAsync("2026-11-23T10:00", TeamsConversationKind.Personal, kind, "担当者と話したい"),
            "help-in-channel" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, kind, "ヘルプ"),
            "thanks-in-personal-chat" => await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Personal, kind, "資格確認書はいつまで有効ですか？", "はい"),
            _ => [],
        };
        if (replies.Count > 0)
        {
            return TeamsReplyConverter.CardOf(replies[^1]) ?? throw new InvalidOperationException($"{name}: the last reply is not a card");
        }
        var card = name switch
        {
            "welcome-member-personal" => WelcomeCard.Build(false, true, Messages.ExampleQuestions, kind),
            "welcome-hr-channel" => WelcomeCard.Build(true, false, Messages.ExampleQuestions, kind),
            "answer-rich-markdown" => AnswerCard.Build(new AnswerCardContent(
                "資格確認書を返却するときの手続きは？",
                "## 返却の流れ\n\n退職日の翌日から **5日以内** に、次のとおり返却してください。\n\n" +
                "1. 事業主へ提出する\n2. 事業主が当組合へ送付する\n   - 紛失した場合は回収不能届\n\n" +
                "| 書類 | 提出先 | 期限 |\n| --- | --- | --- |\n| 資格確認書 | 事業主 | 5日以内 |\n| 資格情報のお知らせ | 不要 | — |\n\n" +
                "> 返却先がわからない場合は、お勤め先の健康保険ご担当者にご確認ください。\n\n" +
                "詳しくは [当組合のご案内](https://www.kenpo.example.jp/kakunin) をご覧ください。",
                "（出典: 当組合FAQ）", Messages.WasItResolved, ["資格確認書をなくしたときは？", "被扶養者の資格確認書は？"], "hr-return-collection"), kind),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return JsonSerializer.SerializeToElement(card);
    }
}
