using FaqIndex.Content;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>Who is asking in a Teams conversation: HR staff (the <c>hr</c> and <c>member</c> entries) when its tenant
/// is in <see cref="TeamsOptions.HrTenantIds"/> or its team in <see cref="TeamsOptions.HrTeamIds"/>; a member otherwise.</summary>
public sealed class TeamsAudience
{
    private readonly IOptionsMonitor<TeamsOptions> _options;

    /// <summary>Creates the resolver.</summary>
    public TeamsAudience(IOptionsMonitor<TeamsOptions> options) => _options = options;

    /// <summary>The audience of a conversation with this channel data.</summary>
    public Audience Of(TeamsChannelData data)
    {
        var options = _options.CurrentValue;
        if (data.TenantId is { } tenant && options.HrTenantIds.Exists(id => string.Equals(id, tenant, StringComparison.OrdinalIgnoreCase)))
        {
            return Audience.Both;
        }
        if ((data.TeamId is { } team && options.HrTeamIds.Exists(id => string.Equals(id, team, StringComparison.Ordinal)))
            || (data.TeamGroupId is { } group && options.HrTeamIds.Exists(id => string.Equals(id, group, StringComparison.OrdinalIgnoreCase))))
        {
            return Audience.Both;
        }
        return Audience.Member;
    }
}
