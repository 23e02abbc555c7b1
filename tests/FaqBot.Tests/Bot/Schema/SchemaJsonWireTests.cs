using System.Text;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Bot.Schema;

/// <summary>Activities on the wire: Japanese as UTF-8 (a third of the escaped size), HTML-sensitive characters escaped.</summary>
public sealed class SchemaJsonWireTests
{
    [Fact]
    public void Japanese_is_written_as_utf8_and_html_characters_stay_escaped()
    {
        var activity = new Activity { Type = "message", Text = "資格確認書は<script>alert('x')</script> & \"ok\" 🎌" };
        var json = Encoding.UTF8.GetString(SchemaJson.Serialize(activity));

        Assert.Contains("資格確認書は", json);
        Assert.DoesNotContain("\\u8CC7", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", json);
        Assert.Contains("\\u003Cscript\\u003E", json);
        Assert.Contains("\\u0026", json);
        Assert.Contains("\\u0027", json);
        Assert.Equal(activity.Text, SchemaJson.ParseActivity(Encoding.UTF8.GetBytes(json))!.Text);
    }

    [Fact]
    public async Task Direct_line_pages_carry_japanese_unescaped()
    {
        await using var server = await FaqBotServer.StartAsync();
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (conversationId, token, _) = await client.StartAsync();
        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("マイナ保険証", raw);
        Assert.DoesNotContain("\\u30DE", raw, StringComparison.OrdinalIgnoreCase);
    }
}
