using Microsoft.Extensions.Options;

namespace FaqBot.Search;

/// <summary>Checks <see cref="SearchOptions"/> at start-up, naming the key to fix.</summary>
public sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    // A remembered result is a few hundred bytes plus its question (at most 256 chars); a million is already ~1 GB.
    private const int MaxResultCacheSize = 1_000_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ContentPath))
        {
            return ValidateOptionsResult.Fail($"{SearchOptions.SectionName}:ContentPath is empty: set it to the content folder (faq/ and dictionary/).");
        }
        if (!Directory.Exists(Path.Combine(options.ContentPath, "faq")))
        {
            return ValidateOptionsResult.Fail(
                $"{SearchOptions.SectionName}:ContentPath '{options.ContentPath}' has no faq/ folder: set it to the content folder.");
        }
        if (options.ResultCacheSize is < 0 or > MaxResultCacheSize)
        {
            return ValidateOptionsResult.Fail(
                $"{SearchOptions.SectionName}:ResultCacheSize is {options.ResultCacheSize}: use 0 (off) to {MaxResultCacheSize}.");
        }
        return ValidateOptionsResult.Success;
    }
}
