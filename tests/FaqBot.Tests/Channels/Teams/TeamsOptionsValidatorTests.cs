using FaqBot.Channels.Teams;
using FaqBot.Channels.Teams.Cards;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsOptionsValidatorTests
{
    private static string? Failure(TeamsOptions options)
    {
        var result = new TeamsOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(Failure(new TeamsOptions()));

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    [InlineData("72f988bf-86f1-41af-91ab")]
    public void A_tenant_id_that_is_not_a_guid_names_the_key(string tenant)
    {
        Assert.Contains("Teams:HrTenantIds:1", Failure(new TeamsOptions { HrTenantIds = [Guid.NewGuid().ToString(), tenant] }));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 19:abc@thread.tacv2")]
    public void A_malformed_team_id_names_the_key(string team)
    {
        Assert.Contains("Teams:HrTeamIds:0", Failure(new TeamsOptions { HrTeamIds = [team] }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void More_sends_per_second_than_teams_allows_is_refused(int sends)
    {
        Assert.Contains("Teams:MaxSendsPerSecond", Failure(new TeamsOptions { MaxSendsPerSecond = sends }));
    }

    [Fact]
    public void Typing_more_often_than_every_three_seconds_is_refused()
    {
        Assert.Contains("Teams:TypingInterval", Failure(new TeamsOptions { TypingInterval = TimeSpan.FromSeconds(1) }));
    }

    [Fact]
    public void An_unknown_card_action_kind_is_refused()
    {
        Assert.Contains("Teams:CardActions", Failure(new TeamsOptions { CardActions = (CardActionKind)9 }));
    }
}
