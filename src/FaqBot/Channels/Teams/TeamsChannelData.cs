using System.Text.Json;

namespace FaqBot.Channels.Teams;

/// <summary>What the bot reads from a Teams activity's <c>channelData</c> (tenant, team, event type); every field is
/// optional and anything unexpected reads as absent, so an unknown shape never fails a turn.</summary>
/// <param name="TenantId">channelData.tenant.id (or conversation.tenantId).</param>
/// <param name="TeamId">channelData.team.id, the team's thread id.</param>
/// <param name="TeamGroupId">channelData.team.aadGroupId, the team's Microsoft 365 group id.</param>
/// <param name="EventType">channelData.eventType (teamMemberAdded, channelCreated …).</param>
public sealed record TeamsChannelData(string? TenantId, string? TeamId, string? TeamGroupId, string? EventType)
{
    /// <summary>Reads the fields from raw channel data, with the conversation's tenant as a fallback.</summary>
    public static TeamsChannelData Read(JsonElement? channelData, string? conversationTenantId)
    {
        string? tenant = null, team = null, group = null, eventType = null;
        if (channelData is { ValueKind: JsonValueKind.Object } data)
        {
            tenant = StringAt(data, "tenant", "id");
            team = StringAt(data, "team", "id");
            group = StringAt(data, "team", "aadGroupId");
            eventType = data.TryGetProperty("eventType", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        }
        return new TeamsChannelData(tenant ?? conversationTenantId, team, group, eventType);
    }

    private static string? StringAt(JsonElement data, string objectName, string property) =>
        data.TryGetProperty(objectName, out var obj) && obj.ValueKind == JsonValueKind.Object
        && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
