using System.Text.Json;
using FaqBot.Channels.Teams;
using FaqBot.Tests.TestSupport;
using FaqIndex.Content;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsAudienceTests
{
    private const string HrTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string HrTeam = "19:9d1f3c2e8b7a4c1f9e2d3b4a5c6d7e8f@thread.tacv2";

    private static readonly TeamsAudience Audience = new(new StaticOptionsMonitor<TeamsOptions>(new TeamsOptions
    {
        HrTenantIds = [HrTenant],
        HrTeamIds = [HrTeam, "2f3c4d5e-6a7b-4c8d-9e0f-1a2b3c4d5e6f"],
    }));

    private static TeamsChannelData Read(object? channelData, string? conversationTenant = null) =>
        TeamsChannelData.Read(channelData is null ? null : JsonSerializer.SerializeToElement(channelData), conversationTenant);

    [Fact]
    public void A_conversation_in_an_hr_tenant_gets_hr_and_member_entries()
    {
        Assert.Equal(FaqIndex.Content.Audience.Both, Audience.Of(Read(new { tenant = new { id = HrTenant.ToUpperInvariant() } })));
        Assert.Equal(FaqIndex.Content.Audience.Both, Audience.Of(Read(null, HrTenant)));
    }

    [Fact]
    public void A_conversation_in_an_hr_team_gets_hr_and_member_entries()
    {
        Assert.Equal(FaqIndex.Content.Audience.Both, Audience.Of(Read(new { tenant = new { id = Guid.NewGuid() }, team = new { id = HrTeam } })));
        Assert.Equal(FaqIndex.Content.Audience.Both, Audience.Of(Read(new { team = new { id = "19:other@thread.tacv2", aadGroupId = "2F3C4D5E-6A7B-4C8D-9E0F-1A2B3C4D5E6F" } })));
    }

    [Fact]
    public void Every_other_conversation_is_a_member()
    {
        Assert.Equal(FaqIndex.Content.Audience.Member, Audience.Of(Read(new { tenant = new { id = Guid.NewGuid().ToString() }, team = new { id = "19:x@thread.tacv2" } })));
        Assert.Equal(FaqIndex.Content.Audience.Member, Audience.Of(Read(null)));
    }

    [Theory]
    [InlineData("\"channelData\"")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"tenant\":\"72f988bf-86f1-41af-91ab-2d7cd011db47\"}")]
    [InlineData("{\"tenant\":{\"id\":42},\"team\":[],\"eventType\":{}}")]
    public void Channel_data_of_an_unexpected_shape_reads_as_absent(string json)
    {
        var data = TeamsChannelData.Read(JsonDocument.Parse(json).RootElement, null);

        Assert.Equal(new TeamsChannelData(null, null, null, null), data);
        Assert.Equal(FaqIndex.Content.Audience.Member, Audience.Of(data));
    }
}
