using Microsoft.Extensions.Options;

namespace FaqBot.State;

/// <summary>Checks the <c>State</c> section at start-up: Redis needs its connection string, and every instance must
/// sign Direct Line tokens with the same configured key or a token from one is refused by the other.</summary>
internal sealed class StateOptionsValidator(IConfiguration configuration) : IValidateOptions<StateOptions>
{
    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("State:Provider must be Memory or Redis.");
        }
        if (options.OperationTimeout <= TimeSpan.Zero)
        {
            failures.Add("State:OperationTimeout must be positive.");
        }
        if (string.IsNullOrWhiteSpace(options.KeyPrefix))
        {
            failures.Add("State:KeyPrefix must not be empty.");
        }
        if (options.Provider == StateProvider.Redis)
        {
            if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(StateOptions.RedisConnectionStringName)))
            {
                failures.Add("ConnectionStrings:Redis is required when State:Provider is Redis.");
            }
            if (string.IsNullOrWhiteSpace(configuration["DirectLine:TokenSigningKey"]))
            {
                failures.Add("DirectLine:TokenSigningKey is required when State:Provider is Redis: every instance must " +
                    "sign and check Direct Line tokens with the same key.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
