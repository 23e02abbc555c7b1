using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>Checks <see cref="TeamsOptions"/> at start-up, naming the key to fix.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    private const int TeamsSendLimit = 7;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var section = TeamsOptions.SectionName;
        for (var i = 0; i < options.HrTenantIds.Count; i++)
        {
            if (!Guid.TryParse(options.HrTenantIds[i], out _))
            {
                return ValidateOptionsResult.Fail(
                    $"{section}:HrTenantIds:{i} '{options.HrTenantIds[i]}' is not a tenant id: use the directory (tenant) id, a GUID.");
            }
        }
        for (var i = 0; i < options.HrTeamIds.Count; i++)
        {
            var id = options.HrTeamIds[i];
            if (string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length || id.Length > 256)
            {
                return ValidateOptionsResult.Fail(
                    $"{section}:HrTeamIds:{i} is empty or malformed: use the team's id (19:…@thread.tacv2) or its group id.");
            }
        }
        if (!Enum.IsDefined(options.CardActions))
        {
            return ValidateOptionsResult.Fail($"{section}:CardActions must be Submit or Execute.");
        }
        if (options.MaxSendsPerSecond is < 1 or > TeamsSendLimit)
        {
            return ValidateOptionsResult.Fail(
                $"{section}:MaxSendsPerSecond is {options.MaxSendsPerSecond}: use 1 to {TeamsSendLimit} (Teams throttles faster bots).");
        }
        if (options.TypingInterval < TimeSpan.FromSeconds(3) || options.TypingInterval > TimeSpan.FromMinutes(1))
        {
            return ValidateOptionsResult.Fail(
                $"{section}:TypingInterval is {options.TypingInterval}: use 00:00:03 to 00:01:00.");
        }
        return ValidateOptionsResult.Success;
    }
}
