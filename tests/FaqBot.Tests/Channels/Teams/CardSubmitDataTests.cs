using System.Text.Json;
using FaqBot.Channels.Teams.Cards;

namespace FaqBot.Tests.Channels.Teams;

public sealed class CardSubmitDataTests
{
    [Fact]
    public void A_submit_reads_back_what_the_button_wrote()
    {
        var data = new CardSubmitData("はい", CardSubmitData.Kinds.Feedback, "card-lost");
        var value = JsonSerializer.SerializeToElement(data.ToJson(CardActionKind.Submit));

        Assert.True(CardSubmitData.TryRead(value, out var read));
        Assert.Equal(data, read);
        Assert.Equal("messageBack", value.GetProperty("msteams").GetProperty("type").GetString());
    }

    [Fact]
    public void An_execute_invoke_value_reads_back_from_its_action_data()
    {
        var data = new CardSubmitData("資格確認書はいつまで有効ですか？", CardSubmitData.Kinds.Ask);
        var invokeValue = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", verb = CardSubmitData.Verb, data = data.ToJson(CardActionKind.Execute) },
            trigger = "manual",
        });

        Assert.True(CardSubmitData.TryRead(invokeValue, out var read));
        Assert.Equal(data, read);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"はい\"")]
    [InlineData("{}")]
    [InlineData("{\"faqbot\":\"はい\"}")]
    [InlineData("{\"faqbot\":{\"text\":42}}")]
    [InlineData("{\"faqbot\":{\"text\":\"   \"}}")]
    [InlineData("{\"action\":{\"data\":\"x\"}}")]
    [InlineData("{\"action\":{\"verb\":\"other\"},\"data\":{}}")]
    [InlineData("{\"someOtherApp\":{\"text\":\"はい\"}}")]
    public void Data_that_is_not_ours_is_not_read(string json)
    {
        Assert.False(CardSubmitData.TryRead(JsonDocument.Parse(json).RootElement, out _));
        Assert.False(CardSubmitData.TryRead(null, out _));
    }

    [Fact]
    public void A_forged_huge_text_is_not_read()
    {
        var value = JsonSerializer.SerializeToElement(new { faqbot = new { text = new string('あ', 100_000) } });
        Assert.False(CardSubmitData.TryRead(value, out _));
    }
}
